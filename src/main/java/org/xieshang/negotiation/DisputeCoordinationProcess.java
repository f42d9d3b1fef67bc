package org.xieshang.negotiation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyTasks;
import org.xieshang.system.PortalUser;

/**
 * The only code that starts bargaining-dispute-coordination or completes its tasks. A case's rounds call it; the
 * labour bureau may also start one on its own initiative. Business key = case number.
 */
@Service
public class DisputeCoordinationProcess {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final PartyTasks partyTasks;
    private final Coordinations coordinations;
    private final DeadlineService deadlines;

    DisputeCoordinationProcess(RuntimeService runtime, ManagementService management, PartyTasks partyTasks,
                               Coordinations coordinations, DeadlineService deadlines) {
        this.runtime = runtime;
        this.management = management;
        this.partyTasks = partyTasks;
        this.coordinations = coordinations;
        this.deadlines = deadlines;
    }

    /** The bureau steps in without an application (CCR Art. 49). */
    @Transactional
    public long startOnInitiative(BargainingCase c, String reason, PortalUser official) {
        if (!PartyDirectory.labourBureauOf(c.districtId()).equals(official.partyId())) {
            throw new org.xieshang.system.NotFoundException("coordination of " + c.caseNo());
        }
        long id = coordinations.open(c.id(), "LABOUR_BUREAU", reason);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID.name(), c.caseNo());
        if (c.enterpriseId() != null) {
            variables.put(CaseVariables.ENTERPRISE_ID.name(), c.enterpriseId());
        }
        variables.put(CaseVariables.PROVINCE.name(), deadlines.defaultProvince());
        variables.put(CollectiveBargaining.UNION_GROUP.name(), c.unionGroup());
        variables.put(CollectiveBargaining.EMPLOYER_GROUP.name(), c.employerGroup());
        variables.put(CollectiveBargaining.LABOUR_BUREAU_GROUP.name(), PartyDirectory.labourBureauOf(c.districtId()));
        variables.put(DisputeCoordination.BUREAU_INITIATIVE.name(), true);
        variables.put(DisputeCoordination.COORDINATION_ID.name(), id);
        variables.put(DisputeCoordination.ALL_SETTLED.name(), false);
        runtime.startProcessInstanceByKey(DisputeCoordination.PROCESS_ID, c.caseNo(), variables);
        return id;
    }

    /** A side's written application; the coordination's record is opened with it. */
    @Transactional
    public void apply(BargainingCase c, Task task, String application, Side side, PortalUser user) {
        if (application == null || application.isBlank()) {
            throw new org.xieshang.system.BusinessRuleException("application", "coordination.application.required");
        }
        long id = coordinations.open(c.id(), side.name(), application);
        partyTasks.complete(task, user, Map.of(DisputeCoordination.COORDINATION_ID.name(), id));
    }

    @Transactional
    public void accept(Task task, PortalUser user) {
        var acceptedOn = coordinations.accept(coordinationId(task));
        partyTasks.complete(task, user, Map.of(DisputeCoordination.COORDINATION_ACCEPTED.name(), true,
                DisputeCoordination.COORDINATION_ACCEPTED_ON.name(), deadlines.startOf(acceptedOn)));
    }

    @Transactional
    public void decline(Task task, String reason, PortalUser user) {
        coordinations.decline(coordinationId(task), reason);
        partyTasks.complete(task, user, Map.of(DisputeCoordination.COORDINATION_ACCEPTED.name(), false));
    }

    /** The one extension: the clock and the waiting timer move together; the task keeps running. */
    @Transactional
    public void extend(Task task, int days) {
        long id = coordinationId(task);
        coordinations.extend(id, days);
        java.util.Date due = coordinations.dueAt(id);
        Job timer = management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(DisputeCoordination.TIMER_COORDINATION_DUE).singleResult();
        management.setJobDuedate(timer.getId(), due);
        partyTasks.setDueDate(task, due);
    }

    @Transactional
    public void agree(Task task, String panel, String steps, List<Coordinations.Settlement> settled, PortalUser user) {
        coordinations.agree(coordinationId(task), panel, steps, settled);
        partyTasks.complete(task, user, Map.of());
    }

    @Transactional
    public void confirm(Task task, PortalUser user) {
        partyTasks.complete(task, user, Map.of());
    }

    public Task task(String caseNo, String taskKey, PortalUser user) {
        return partyTasks.task(DisputeCoordination.PROCESS_ID, caseNo, taskKey, user);
    }

    public Task task(String taskId, PortalUser user) {
        return partyTasks.task(DisputeCoordination.PROCESS_ID, taskId, user);
    }

    public String caseNoOf(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    }

    public long coordinationId(Task task) {
        return ((Number) runtime.getVariable(task.getExecutionId(), DisputeCoordination.COORDINATION_ID.name())).longValue();
    }

}
