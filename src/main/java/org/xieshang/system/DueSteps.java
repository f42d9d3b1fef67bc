package org.xieshang.system;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs a process instance's due jobs (async steps, timers already past) in the calling thread, round after
 * round, as the job executor would. Process facades offer it for seeding before the job executor starts.
 */
public final class DueSteps {

    private static final int MAX_ROUNDS = 10_000;

    private DueSteps() {
    }

    public static void run(ManagementService management, RuntimeService runtime, String businessKey) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                    .flatMap(i -> management.createJobQuery().processInstanceId(i.getId()).executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException(businessKey + " still has due steps after " + MAX_ROUNDS + " rounds");
    }
}
