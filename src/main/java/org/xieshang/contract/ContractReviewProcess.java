package org.xieshang.contract;

import java.util.Optional;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.xieshang.system.PortalUser;
import org.xieshang.system.StepTasks;

/**
 * The engine side of contract-review, which collective-bargaining calls with the case number as business key: its
 * tasks are found by case like the case's own, and completed by ReviewSteps.
 */
@Service
public class ContractReviewProcess {

    private final StepTasks tasks;

    ContractReviewProcess(StepTasks tasks) {
        this.tasks = tasks;
    }

    public Task task(String caseNo, String taskKey, PortalUser user) {
        return tasks.get(ContractReview.PROCESS_ID, caseNo, taskKey, user);
    }

    public Optional<Task> openTask(String caseNo, String taskKey, PortalUser user) {
        return tasks.find(ContractReview.PROCESS_ID, caseNo, taskKey, user);
    }
}
