package org.xieshang.contract;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.PartyTasks;
import org.xieshang.system.PortalUser;

/**
 * The only code that completes contract-review's tasks. The process is called by collective-bargaining with the
 * case number as business key, so a task is found by case and task id like the case's own.
 */
@Service
public class ContractReviewProcess {

    private final PartyTasks partyTasks;
    private final DeadlineService deadlines;

    ContractReviewProcess(PartyTasks partyTasks, DeadlineService deadlines) {
        this.partyTasks = partyTasks;
        this.deadlines = deadlines;
    }

    public Task task(String caseNo, String taskKey, PortalUser user) {
        return partyTasks.task(ContractReview.PROCESS_ID, caseNo, taskKey, user);
    }

    public java.util.Optional<Task> openTask(String caseNo, String taskKey, PortalUser user) {
        return partyTasks.find(ContractReview.PROCESS_ID, caseNo, taskKey, user);
    }

    public Task task(String taskId, PortalUser user) {
        return partyTasks.task(ContractReview.PROCESS_ID, taskId, user);
    }

    /** 受理: the filing is complete and the 15-day review clock starts today. */
    void accepted(Task task, PortalUser user) {
        partyTasks.complete(task, user, Map.of(ContractReview.FILING_COMPLETE.name(), true,
                ContractReview.RECEIVED_ON.name(), deadlines.startOf(deadlines.today())));
    }

    /** Returned as incomplete: the employer's 7-day supplement clock starts today. */
    void returned(Task task, PortalUser user) {
        partyTasks.complete(task, user, Map.of(ContractReview.FILING_COMPLETE.name(), false,
                ContractReview.RETURNED_ON.name(), deadlines.startOf(deadlines.today())));
    }

    void supplemented(Task task, PortalUser user) {
        partyTasks.complete(task, user, Map.of());
    }

    void decided(Task task, PortalUser user, boolean objection) {
        partyTasks.complete(task, user, Map.of(ContractReview.OBJECTION.name(), objection));
    }
}
