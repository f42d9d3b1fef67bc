package org.xieshang.bargaining;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.DueSteps;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.StepTasks;

/**
 * The engine side of collective-bargaining: starts it and finds its tasks. Business key = case number. Its user
 * tasks are completed by the stages' step services (OfferSteps, NegotiationSteps, ContractSteps), never here.
 */
@Service
public class CollectiveBargainingProcess {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final StepTasks tasks;

    CollectiveBargainingProcess(RuntimeService runtime, ManagementService management, StepTasks tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    public ProcessInstance start(BargainingCase c, String province) {
        Map<String, Object> variables = new HashMap<>();
        CaseVariables.CASE_ID.put(variables, c.caseNo());
        if (c.enterpriseId() != null) {
            CaseVariables.ENTERPRISE_ID.put(variables, c.enterpriseId());
        } else {
            CaseVariables.FEDERATION_ID.put(variables, c.federationId());
        }
        CaseVariables.PROVINCE.put(variables, province);
        CaseVariables.UNION_GROUP.put(variables, c.unionGroup());
        CaseVariables.EMPLOYER_GROUP.put(variables, c.employerGroup());
        CaseVariables.UPPER_UNION_GROUP.put(variables, PartyDirectory.upperUnionOf(c.districtId()));
        CaseVariables.LABOUR_BUREAU_GROUP.put(variables, PartyDirectory.labourBureauOf(c.districtId()));
        CollectiveBargaining.INITIATOR.put(variables, c.initiator().name());
        CollectiveBargaining.OFFERING_GROUP.put(variables, c.offeringGroup());
        CollectiveBargaining.ANSWERING_GROUP.put(variables, c.answeringGroup());
        CollectiveBargaining.REFUSAL_CONTESTED.put(variables, false);
        CollectiveBargaining.RECORDER_GROUP.put(variables, c.recorderGroup());
        return runtime.startProcessInstanceByKey(CollectiveBargaining.PROCESS_ID, c.caseNo(), variables);
    }

    /** The open task of this kind in the case that the user may work on; otherwise not found. */
    public Task task(String caseNo, String taskKey, PortalUser user) {
        return tasks.get(CollectiveBargaining.PROCESS_ID, caseNo, taskKey, user);
    }

    /** The same, for pages that offer a task's button only while it is open. */
    public Optional<Task> openTask(String caseNo, String taskKey, PortalUser user) {
        return tasks.find(CollectiveBargaining.PROCESS_ID, caseNo, taskKey, user);
    }

    /** True while the case has a service step queued (a letter or document being generated and served). */
    public boolean stepsPending(String caseNo) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CollectiveBargaining.PROCESS_ID).processInstanceBusinessKey(caseNo)
                .list().stream().anyMatch(i -> management.createJobQuery().processInstanceId(i.getId()).messages().count() > 0);
    }

    /**
     * Runs the case's steps that are due now (async service steps, timers already past) in this thread, as the
     * job executor would. For seeding before the job executor starts, and for tools; never from a user's request.
     */
    public void runDueSteps(String caseNo) {
        DueSteps.run(management, runtime, caseNo);
    }
}
