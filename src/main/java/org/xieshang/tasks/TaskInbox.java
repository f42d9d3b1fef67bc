package org.xieshang.tasks;

import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Enterprise;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;
import org.xieshang.system.StepTasks;

/**
 * Every process's user tasks as one inbox: list, claim and unclaim. Starting, correlating and completing stay
 * with each process's facade and step services; the inbox never completes a task.
 */
@Service
public class TaskInbox {

    static final String FORM_KEY_PREFIX = "app:";

    private static final int COMPLETED_SHOWN = 20;
    static final int HAND_OVER_NOTE = 500;

    private final TaskService tasks;
    private final StepTasks stepTasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DeadlineService deadlines;
    private final EnterpriseRegistry registry;
    private final PartyDirectory parties;

    TaskInbox(TaskService tasks, StepTasks stepTasks, HistoryService history, RepositoryService repository, DeadlineService deadlines,
              EnterpriseRegistry registry, PartyDirectory parties) {
        this.parties = parties;
        this.tasks = tasks;
        this.stepTasks = stepTasks;
        this.history = history;
        this.repository = repository;
        this.deadlines = deadlines;
        this.registry = registry;
    }

    /** An open task of a case: who must act (party names), and whether the viewer may open it. */
    public record NextStep(InboxTask task, List<Localized> parties, boolean viewerMayAct) {
    }

    /**
     * The case's open tasks (its own process and the sub-processes that carry its number), soonest due first: the
     * case page's 下一步 panel.
     */
    public List<NextStep> nextSteps(String caseNo, PortalUser viewer) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).active().initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list().stream().map(task -> {
                    List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                            .map(l -> l.getGroupId()).toList();
                    boolean mayAct = viewer.userId().equals(task.getAssignee())
                            || (task.getAssignee() == null && groups.contains(viewer.partyId()));
                    return new NextStep(inboxTask(task), groups.stream()
                            .map(g -> parties.partyName(g).orElse(new Localized(g, g))).toList(), mayAct);
                }).toList();
    }

    List<InboxTask> assignedTo(PortalUser user) {
        return tasks.createTaskQuery().taskAssignee(user.userId()).initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list()
                .stream().map(this::inboxTask).toList();
    }

    List<InboxTask> unclaimedFor(PortalUser user) {
        return tasks.createTaskQuery().taskCandidateGroup(user.partyId()).taskUnassigned().initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list()
                .stream().map(this::inboxTask).toList();
    }

    List<InboxTask> completedBy(PortalUser user) {
        return completedBy(user, COMPLETED_SHOWN);
    }

    /** The tasks the user completed, newest first, at most {@code max}. */
    List<InboxTask> completedBy(PortalUser user, int max) {
        return history.createHistoricTaskInstanceQuery().taskAssignee(user.userId()).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, max)
                .stream().map(this::inboxTask).toList();
    }

    /** A task the user completed, as the 已办 list shows it; nobody else's. */
    Optional<InboxTask> completedTask(String taskId, PortalUser user) {
        return Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).taskAssignee(user.userId()).finished()
                .singleResult()).map(this::inboxTask);
    }

    /** Hands the task to a colleague of the user's party, the note kept on the task as a comment. */
    void handOver(String taskId, PortalUser user, String colleagueId, String note) {
        PortalUser colleague = parties.portalUser(colleagueId == null ? "" : colleagueId)
                .filter(c -> c.partyId().equals(user.partyId()) && !c.userId().equals(user.userId()))
                .orElseThrow(() -> new BusinessRuleException("to", "task.handOver.colleague"));
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.fits(note, HAND_OVER_NOTE, "note", "task.handOver.note").throwIfAny();
        Task task = stepTasks.handOver(taskId, user, colleague);
        if (note != null && !note.isBlank()) {
            tasks.createComment(taskId, task.getProcessInstanceId(), user.displayName() + "：" + note.trim());
        }
    }

    /** The notes left on the task when it was handed over, oldest first. */
    List<String> handOverNotes(String taskId) {
        return tasks.getTaskComments(taskId).stream().sorted(Comparator.comparing(c -> c.getTime()))
                .map(c -> c.getFullMessage()).toList();
    }

    void claim(String taskId, PortalUser user) {
        stepTasks.claim(taskId, user);
    }

    void unclaim(String taskId, PortalUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskAssignee(user.userId()).singleResult();
        if (task == null) {
            throw new NotFoundException("task " + taskId);
        }
        tasks.setAssignee(taskId, null);
    }

    /** Where the portal serves the task's form: the path its BPMN formKey names after "app:". */
    String formPath(String taskId, PortalUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null || !(user.userId().equals(task.getAssignee()) || candidate(task, user))) {
            throw new NotFoundException("task " + taskId);
        }
        return formPath(task.getFormKey(), task.getId());
    }

    private boolean candidate(Task task, PortalUser user) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && user.partyId().equals(l.getGroupId()));
    }

    private InboxTask inboxTask(Task task) {
        Map<String, Object> variables = tasks.getVariables(task.getId());
        return build(task.getId(), task.getName(), task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                variables, task.getCreateTime(), null, task.getAssignee(), formPath(task.getFormKey(), task.getId()));
    }

    private InboxTask inboxTask(HistoricTaskInstance task) {
        Map<String, Object> variables = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId()).list()
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        return build(task.getId(), task.getName(), task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                variables, task.getStartTime(), task.getEndTime(), task.getAssignee(), null);
    }

    private InboxTask build(String id, String name, String processDefinitionId, String taskKey,
                            Map<String, Object> variables, Date created, Date ended, String assignee, String formPath) {
        Long enterpriseId = variables.get(CaseVariables.ENTERPRISE_ID.name()) instanceof Number n ? n.longValue() : null;
        Optional<Enterprise> enterprise = enterpriseId == null ? Optional.empty() : registry.find(enterpriseId);
        Object province = variables.getOrDefault(CaseVariables.PROVINCE.name(), deadlines.defaultProvince());
        Object caseId = variables.get(CaseVariables.CASE_ID.name());
        return new InboxTask(id, taskKey, name, caseId == null ? null : caseId.toString(), enterpriseId,
                enterprise.map(Enterprise::name).orElse(null), created, ended, assignee, formPath,
                deadline(processDefinitionId, taskKey, variables, province.toString()).orElse(null));
    }

    /** Recomputed from the clock and start the model names, so the page shows rule, citation and start too. */
    private Optional<Deadline> deadline(String processDefinitionId, String taskKey, Map<String, Object> variables,
                                        String province) {
        BaseElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
        return deadlines.taskDeadline(element, variables::get, province);
    }

    private static String formPath(String formKey, String taskId) {
        if (formKey == null || !formKey.startsWith(FORM_KEY_PREFIX)) {
            return null;
        }
        String path = formKey.substring(FORM_KEY_PREFIX.length());
        return (path.startsWith("/") ? path : "/" + path) + (path.contains("?") ? "&" : "?") + "taskId=" + taskId;
    }
}
