package org.xieshang.system;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's history level ({@code camunda.bpm.history-level: product}): Camunda's full history without the two logs
 * that no screen of ours or of Cockpit CE reads and that every step writes row by row: each variable change's detail
 * (ACT_HI_DETAIL; the variables' last values stay in ACT_HI_VARINST) and each job's created, succeeded and deleted
 * entries (ACT_HI_JOB_LOG; a failure is still logged, and incidents are kept). Task history and its identity-link log,
 * which say who did a step, stay.
 */
@Component
class ProductHistory extends AbstractProcessEnginePlugin {

    static final String NAME = "product";

    /** Above Camunda's own levels (0 to 3); the engine keeps the id in ACT_GE_PROPERTY and checks it at every start. */
    static final int ID = 13;

    private static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
            HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

    static final HistoryLevel LEVEL = new AbstractHistoryLevel() {
        @Override
        public int getId() {
            return ID;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !LEFT_OUT.contains(eventType);
        }
    };

    private final JdbcClient jdbc;
    private final String configured;

    ProductHistory(DataSource dataSource, @Value("${camunda.bpm.history-level}") String configured) {
        this.jdbc = JdbcClient.create(dataSource);
        this.configured = configured;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomHistoryLevels(List.of(LEVEL));
        boolean engineTables = jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'act_ge_property'")
                .query(Integer.class).single() > 0;
        if (NAME.equals(configured) && engineTables) {
            // A database first started at Camunda's full level moves to this one (a subset of it): the engine refuses
            // to start on another level than the one it stored.
            jdbc.sql("update act_ge_property set value_ = ? where name_ = 'historyLevel' and value_ = ?")
                    .params(String.valueOf(ID), String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()))
                    .update();
        }
    }
}
