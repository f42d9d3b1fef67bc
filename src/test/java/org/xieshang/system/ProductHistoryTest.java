package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.ServedOffers;
import org.xieshang.testing.XieshangTest;

/** The engine keeps the history our screens and Cockpit read, and not the two logs nobody reads. */
@XieshangTest
class ProductHistoryTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    FreshDistrict districts;
    @Autowired
    ServedOffers served;

    @Test
    void a_served_offer_leaves_task_variable_and_assignment_history_but_no_variable_details_and_no_job_log_of_successes() {
        FreshDistrict.District d = districts.create();
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(served.serve(d, BargainingOffers.wageOffer()).caseNo()).singleResult().getId();

        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName())
                .isEqualTo(ProductHistory.NAME);
        assertThat(count("select count(*) from act_hi_taskinst where end_time_ is not null and proc_inst_id_ = ?", instance))
                .as("the offer drafted: a completed task").isPositive();
        assertThat(count("select count(*) from act_hi_varinst where proc_inst_id_ = ?", instance)).as("its variables").isPositive();
        assertThat(count("select count(*) from act_hi_identitylink where task_id_ in"
                + " (select id_ from act_hi_taskinst where proc_inst_id_ = ?)", instance)).as("who was given a task").isPositive();
        assertThat(count("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?", instance,
                CollectiveBargaining.SERVICE_SEND_OFFER)).as("the letter sent by a job").isOne();

        assertThat(count("select count(*) from act_hi_detail where proc_inst_id_ = ?", instance)).as("variable update details").isZero();
        // 0 created, 2 succeeded, 3 deleted; a failure (1) is still logged.
        assertThat(count("select count(*) from act_hi_job_log where process_instance_id_ = ? and job_state_ <> 1", instance))
                .as("job log").isZero();
    }

    @Test
    void a_database_kept_at_camunda_s_full_level_moves_to_the_product_level_before_the_engine_checks_it() {
        jdbc.sql("update act_ge_property set value_ = '3' where name_ = 'historyLevel'").update();

        new ProductHistory(dataSource, ProductHistory.NAME).preInit(new StandaloneInMemProcessEngineConfiguration());

        assertThat(jdbc.sql("select value_ from act_ge_property where name_ = 'historyLevel'").query(String.class).single())
                .isEqualTo(String.valueOf(ProductHistory.ID));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
