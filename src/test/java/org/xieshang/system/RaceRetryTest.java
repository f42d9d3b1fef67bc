package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.testing.XieshangTest;

/** A job that lost a race to another job of its case runs again at once; a job that really failed waits its cycle. */
@XieshangTest
class RaceRetryTest {

    private static final String PROCESS = "race-retry-test";
    private static final AtomicReference<RuntimeException> NEXT_FAILURE = new AtomicReference<>();

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void deployAStepRetriedEveryFiveMinutes() {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
                    Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
                            .serviceTask("Service_Remind").camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R3/PT5M")
                            .camundaClass(FailsOnce.class.getName()).endEvent().done()).deploy();
        }
    }

    @Test
    void a_step_that_collided_with_another_job_of_its_case_runs_again_at_once() {
        Job job = failOnce(new OptimisticLockingException("another job of the case changed it"));
        assertThat(job.getRetries()).isEqualTo(3);
        assertThat(job.getDuedate()).as("due now, not in five minutes").satisfiesAnyOf(
                due -> assertThat(due).isNull(), due -> assertThat(due.toInstant()).isBeforeOrEqualTo(Instant.now()));
        engine.getManagementService().executeJob(job.getId());
        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).count()).isZero();
    }

    @Test
    void a_step_that_really_failed_waits_five_minutes_for_its_next_try() {
        Job job = failOnce(new IllegalStateException("the mail server is down"));
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(Duration.between(Instant.now(), job.getDuedate().toInstant())).isBetween(Duration.ofMinutes(4),
                Duration.ofMinutes(5));
    }

    private Job failOnce(RuntimeException failure) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
        String jobId = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();
        NEXT_FAILURE.set(failure);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).hasMessageContaining(failure.getMessage());
        return engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
    }

    public static class FailsOnce implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            RuntimeException failure = NEXT_FAILURE.getAndSet(null);
            if (failure != null) {
                throw failure;
            }
        }
    }
}
