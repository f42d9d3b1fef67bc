package org.xieshang.system;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Finding and completing a user task on behalf of a party, for the process facades: a task is reachable only by
 * its assignee, or by a member of a candidate party while nobody has claimed it, and becomes his when completed.
 */
@Service
public class PartyTasks {

    private final TaskService tasks;

    PartyTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The open task of this kind in the process instance with that business key; otherwise not found. */
    public Task task(String processKey, String businessKey, String taskKey, PortalUser user) {
        return find(processKey, businessKey, taskKey, user).orElseThrow(() -> new NotFoundException(taskKey + " of " + businessKey));
    }

    /** The same, for pages that offer the task's button only while it is open. */
    public Optional<Task> find(String processKey, String businessKey, String taskKey, PortalUser user) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list().stream().filter(t -> mayWork(t, user)).findFirst();
    }

    /** A task of the process that the user may work on; otherwise not found. */
    public Task task(String processKey, String taskId, PortalUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(processKey).singleResult();
        if (task == null || !mayWork(task, user)) {
            throw new NotFoundException("task " + taskId);
        }
        return task;
    }

    public void complete(Task task, PortalUser user, Map<String, Object> variables) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.userId());
        }
        tasks.complete(task.getId(), variables);
    }

    /** A routing variable of the task's process (the id of the record a form works on). */
    public <T> T variable(Task task, ProcessVariable<T> variable) {
        return variable.type().cast(tasks.getVariable(task.getId(), variable.name()));
    }

    /** The task with this id in any of the processes, if the user may work on it. */
    public Optional<Task> anyOf(String taskId, PortalUser user, String... processKeys) {
        for (String key : processKeys) {
            Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(key).singleResult();
            if (task != null && mayWork(task, user)) {
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }

    /** A task's due date moves with its clock (an extension granted while it runs). */
    public void setDueDate(Task task, java.util.Date due) {
        tasks.setDueDate(task.getId(), due);
    }

    private boolean mayWork(Task task, PortalUser user) {
        return user.userId().equals(task.getAssignee()) || (task.getAssignee() == null && tasks.getIdentityLinksForTask(task.getId())
                .stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && user.partyId().equals(l.getGroupId())));
    }
}
