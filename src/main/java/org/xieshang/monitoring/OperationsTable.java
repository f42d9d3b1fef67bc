package org.xieshang.monitoring;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts behind the operators' metrics. */
@Repository
class OperationsTable {

    /** notification.DeliveryStatus values worth watching: the backlog and what was given up. */
    static final List<String> DELIVERY_STATES = List.of("PENDING", "SENDING", "FAILED");

    private final JdbcClient jdbc;

    OperationsTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> openCasesByStage() {
        Map<String, Long> stages = new HashMap<>();
        jdbc.sql("select stage, count(*) as n from bargaining_case group by stage")
                .query(rs -> {
                    stages.put(rs.getString("stage"), rs.getLong("n"));
                });
        return stages;
    }

    long missedOn(LocalDate day) {
        return jdbc.sql("select count(*) from clock_miss where missed_on = ?").param(Date.valueOf(day)).query(Long.class).single();
    }

    Map<String, Long> deliveryBacklog() {
        Map<String, Long> backlog = new HashMap<>();
        jdbc.sql("select status, count(*) as n from notice_delivery where status in (:states) group by status")
                .param("states", DELIVERY_STATES)
                .query(rs -> {
                    backlog.put(rs.getString("status"), rs.getLong("n"));
                });
        return backlog;
    }
}
