package org.xieshang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.XieshangTest;

/**
 * An operator's Prometheus scrapes the engine's job counters and the product's own figures with an administrator's
 * password; nobody else reads them.
 */
@XieshangTest
class OperationsMetricsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demo;

    @Test
    void the_administrator_scrapes_job_case_clock_notification_and_pdf_metrics_and_nobody_else_does() throws Exception {
        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long offers = jdbc.sql("select count(*) from bargaining_case where stage = ?").param("OFFER_SENT").query(Long.class).single();
        assertThat(scrape).contains("camunda_job_successful_total", "xieshang_clocks_missed_today", "xieshang_clocks_due_today",
                "xieshang_notifications_backlog{status=\"PENDING\"}", "xieshang_pdf_render_seconds_count");
        assertThat(scrape).containsPattern("xieshang_cases_open\\{stage=\"OFFER_SENT\"} " + offers + "\\.0");
        assertThat(scrape).doesNotContain("xieshang_cases_open{stage=\"CONCLUDED\"}");
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is4xxClientError());
        mvc.perform(get("/actuator/prometheus").with(demo.as("zgh.liu"))).andExpect(status().isForbidden());
    }
}
