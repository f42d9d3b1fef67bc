package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.testing.XieshangTest;

/**
 * The engine as operators run it: history cleanup scheduled in its nightly window for every process model (each with
 * its time to live), the case number on every log line the engine writes inside a step, and job locks named by node.
 */
@XieshangTest
class EngineOperationsTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NodeLockOwner lockOwner;
    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void history_cleanup_runs_at_night_for_every_model_and_engine_logs_name_the_case() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).as("the cleanup job the engine schedules").isNotEmpty();
        // The product's models (tests deploy models of their own beside them).
        var product = engine.getRepositoryService().createProcessDefinitionQuery().list().stream()
                .filter(d -> d.getResourceName().contains("processes/")).toList();
        assertThat(product.stream().map(d -> d.getKey()).distinct()).hasSize(7);
        assertThat(product).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(3650));
        assertThat(config.getLoggingContextBusinessKey()).isEqualTo("caseNo");
    }

    @Test
    void a_node_holds_a_job_for_a_minute_under_its_own_name() {
        var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        // What the starter gives the job executor of a deployed node (the tests run jobs themselves, without one).
        assertThat(camunda.getJobExecution().getLockTimeInMillis()).isEqualTo(60_000);
        assertThat(executor.getLockOwner()).isEqualTo(lockOwner.owner()).endsWith(":" + ProcessHandle.current().pid());
    }
}
