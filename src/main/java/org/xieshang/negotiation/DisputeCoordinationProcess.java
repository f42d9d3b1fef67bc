package org.xieshang.negotiation;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.StepTasks;

/**
 * The engine side of bargaining-dispute-coordination: a case's rounds call it, or the labour bureau starts one on
 * its own initiative; business key = case number. Its tasks are completed by CoordinationSteps.
 */
@Service
public class DisputeCoordinationProcess {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final StepTasks tasks;
    private final DeadlineService deadlines;
    private final EnterpriseRegistry registry;

    DisputeCoordinationProcess(RuntimeService runtime, ManagementService management, StepTasks tasks, DeadlineService deadlines,
                               EnterpriseRegistry registry) {
        this.registry = registry;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.deadlines = deadlines;
    }

    /** The bureau steps in without an application (CCR Art. 49): its coordination record is already open. */
    void startOnInitiative(BargainingCase c, long coordinationId) {
        Map<String, Object> variables = new HashMap<>();
        CaseVariables.CASE_ID.put(variables, c.caseNo());
        if (c.enterpriseId() != null) {
            CaseVariables.ENTERPRISE_ID.put(variables, c.enterpriseId());
        }
        CaseVariables.PROVINCE.put(variables, registry.provinceOf(c.districtId()));
        CaseVariables.UNION_GROUP.put(variables, c.unionGroup());
        CaseVariables.EMPLOYER_GROUP.put(variables, c.employerGroup());
        CaseVariables.LABOUR_BUREAU_GROUP.put(variables, PartyDirectory.labourBureauOf(c.districtId()));
        DisputeCoordination.BUREAU_INITIATIVE.put(variables, true);
        DisputeCoordination.COORDINATION_ID.put(variables, coordinationId);
        CaseVariables.ALL_SETTLED.put(variables, false);
        runtime.startProcessInstanceByKey(DisputeCoordination.PROCESS_ID, c.caseNo(), variables);
    }

    /** The coordination clock moved (the one extension): the waiting timer and the task's due date move with it. */
    void moveDeadline(Task task, Date due) {
        Job timer = management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(DisputeCoordination.TIMER_COORDINATION_DUE).singleResult();
        management.setJobDuedate(timer.getId(), due);
        tasks.setDueDate(task, due);
    }

    public Task task(String caseNo, String taskKey, PortalUser user) {
        return tasks.get(DisputeCoordination.PROCESS_ID, caseNo, taskKey, user);
    }
}
