package org.xieshang.bargaining;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.DueSteps;
import org.xieshang.system.PartyTasks;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * The only code that starts collective-bargaining or completes its tasks. Business key = case number.
 * A task is completed only by someone its candidate group admits (or its assignee), and becomes his.
 */
@Service
public class CollectiveBargainingProcess {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final PartyTasks partyTasks;

    CollectiveBargainingProcess(RuntimeService runtime, ManagementService management, PartyTasks partyTasks) {
        this.runtime = runtime;
        this.management = management;
        this.partyTasks = partyTasks;
    }

    public ProcessInstance start(BargainingCase c, String province) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID.name(), c.caseNo());
        if (c.enterpriseId() != null) {
            variables.put(CaseVariables.ENTERPRISE_ID.name(), c.enterpriseId());
        } else {
            variables.put(CaseVariables.FEDERATION_ID.name(), c.federationId());
        }
        variables.put(CaseVariables.PROVINCE.name(), province);
        variables.put(CollectiveBargaining.UNION_GROUP.name(), c.unionGroup());
        variables.put(CollectiveBargaining.EMPLOYER_GROUP.name(), c.employerGroup());
        variables.put(CollectiveBargaining.UPPER_UNION_GROUP.name(), PartyDirectory.upperUnionOf(c.districtId()));
        variables.put(CollectiveBargaining.LABOUR_BUREAU_GROUP.name(), PartyDirectory.labourBureauOf(c.districtId()));
        variables.put(CollectiveBargaining.REFUSAL_CONTESTED.name(), false);
        variables.put(CollectiveBargaining.RECORDER_GROUP.name(), c.enterpriseId() != null
                ? PartyDirectory.recorderOf(c.enterpriseId()) : PartyDirectory.federationRecorderOf(c.federationId()));
        return runtime.startProcessInstanceByKey(CollectiveBargaining.PROCESS_ID, c.caseNo(), variables);
    }

    /** The open task of this kind in the case that the user may work on; otherwise not found. */
    public Task task(String caseNo, String taskKey, PortalUser user) {
        return partyTasks.task(CollectiveBargaining.PROCESS_ID, caseNo, taskKey, user);
    }

    /** A task the user may work on (its assignee, or a member of a candidate party while unclaimed). */
    public Task task(String taskId, PortalUser user) {
        return partyTasks.task(CollectiveBargaining.PROCESS_ID, taskId, user);
    }

    public String caseNoOf(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    public void draftOffer(Task task, PortalUser user, boolean questionnaireRequested) {
        complete(task, user, Map.of(CollectiveBargaining.QUESTIONNAIRE_REQUESTED.name(), questionnaireRequested));
    }

    public void answer(Task task, PortalUser user, String answer) {
        complete(task, user, Map.of(CollectiveBargaining.ANSWER.name(), answer,
                CollectiveBargaining.REFUSAL_CONTESTED.name(), false));
    }

    public void reviewRefusal(Task task, PortalUser user, boolean contest) {
        complete(task, user, Map.of(CollectiveBargaining.REFUSAL_CONTESTED.name(), contest));
    }

    public void considerProposedTime(Task task, PortalUser user, boolean accepted) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CollectiveBargaining.PROPOSED_TIME_ACCEPTED.name(), accepted);
        // A proposed time the union contests is treated like a contested refusal: the ladder runs.
        variables.put(CollectiveBargaining.REFUSAL_CONTESTED.name(), !accepted);
        complete(task, user, variables);
    }

    public void decideUnanswered(Task task, PortalUser user, boolean keepWaiting) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CollectiveBargaining.KEEP_WAITING.name(), keepWaiting);
        if (!keepWaiting) {
            variables.put(CollectiveBargaining.ANSWER.name(), "UNRESOLVED");
        }
        complete(task, user, variables);
    }

    public void roundScheduled(Task task, PortalUser user, long roundId) {
        complete(task, user, Map.of(CollectiveBargaining.ROUND_ID.name(), roundId));
    }

    /** The recorder's minutes are in: both chiefs are asked to confirm them. */
    public void minutesRecorded(Task task, PortalUser user, String outcome) {
        complete(task, user, Map.of(CollectiveBargaining.ROUND_OUTCOME.name(), outcome,
                CollectiveBargaining.MINUTES_RETURNED.name(), false));
    }

    /** A chief confirms; a return sends the minutes back to the recorder once both chiefs have answered. */
    public void minutesAnswered(Task task, PortalUser user, boolean returned) {
        complete(task, user, returned ? Map.of(CollectiveBargaining.MINUTES_RETURNED.name(), true) : Map.of());
    }

    public void contractPrepared(Task task, PortalUser user, long contractId) {
        complete(task, user, Map.of(CollectiveBargaining.CONTRACT_ID.name(), contractId));
    }

    /** The employer chief's signature completes the text: the filing clock starts on that day. */
    public void contractSignedByBoth(Task task, PortalUser user, java.util.Date signedOn, String filingClock) {
        complete(task, user, Map.of(CollectiveBargaining.SIGNED_ON.name(), signedOn,
                CollectiveBargaining.FILING_CLOCK.name(), filingClock));
    }

    /** The open task of this kind in the case, for whichever of its candidate parties the user acts for. */
    public java.util.Optional<Task> openTask(String caseNo, String taskKey, PortalUser user) {
        return partyTasks.find(CollectiveBargaining.PROCESS_ID, caseNo, taskKey, user);
    }

    /** Tasks whose form records data in our tables and carries no routing fact. */
    public void complete(Task task, PortalUser user) {
        complete(task, user, Map.of());
    }

    private void complete(Task task, PortalUser user, Map<String, Object> variables) {
        partyTasks.complete(task, user, variables);
    }

    /**
     * Runs the case's steps that are due now (async service steps, timers already past) in this thread, as the
     * job executor would. For seeding before the job executor starts, and for tools; never from a user's request.
     */
    public void runDueSteps(String caseNo) {
        DueSteps.run(management, runtime, caseNo);
    }
}
