package org.xieshang.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Process tests run with the job executor off and fire jobs and timers by element id, as a trace: no sleeps,
 * no waiting for the clock.
 */
public final class ProcessTestSupport {

    private ProcessTestSupport() {
    }

    public static void init(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
    }

    /** The one job (async continuation or timer) waiting at the element; fails if there is none. */
    public static Job jobAt(ProcessEngine engine, ProcessInstance instance, String elementId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(elementId).singleResult();
        assertThat(job).as("job at " + elementId).isNotNull();
        return job;
    }

    public static void executeJobFor(ProcessEngine engine, ProcessInstance instance, String elementId) {
        ManagementService management = engine.getManagementService();
        management.executeJob(jobAt(engine, instance, elementId).getId());
    }

    /** Runs the job at the element for as long as the process comes back to it (a loop of batches). */
    public static int executeJobsWhileWaitingAt(ProcessEngine engine, ProcessInstance instance, String elementId) {
        int runs = 0;
        while (engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(elementId).count() > 0) {
            executeJobFor(engine, instance, elementId);
            runs++;
        }
        return runs;
    }

    /**
     * Starts the test at the step under test: the token waiting at {@code from} moves to {@code to}, for a test whose
     * outcome does not depend on the steps between (another scenario walks those).
     */
    public static void moveTo(ProcessEngine engine, ProcessInstance instance, String from, String to) {
        engine.getRuntimeService().createProcessInstanceModification(instance.getId())
                .startBeforeActivity(to).cancelAllForActivity(from).execute();
    }

    /** Fires a timer now, whatever its due date: the due date itself is asserted separately. */
    public static void fireTimer(ProcessEngine engine, ProcessInstance instance, String timerId) {
        executeJobFor(engine, instance, timerId);
    }
}
