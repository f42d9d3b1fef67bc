package org.xieshang.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The user tasks steps work on. A step finds its task by the id its form carries and checks it is still open, of
 * a kind that form is for, and the user's to work on (its assignee, or a member of a candidate party while nobody
 * has claimed it); only step services complete tasks, in the transaction that writes the step's data. A task that
 * someone else has already done or claimed answers with who and when, never with an error page.
 */
@Service
public class StepTasks {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String COMPLETED = "completed";

    private final TaskService tasks;
    private final HistoryService history;
    private final PartyDirectory parties;
    private final ZoneId zone;

    StepTasks(TaskService tasks, HistoryService history, PartyDirectory parties, @Value("${xieshang.zone}") ZoneId zone) {
        this.tasks = tasks;
        this.history = history;
        this.parties = parties;
        this.zone = zone;
    }

    /**
     * The open task of the process with this id, of one of {@code taskKeys}, that the user may work on. Otherwise
     * not found, or a {@link TaskTakenException} naming who did or claimed it when the user's party could see it.
     */
    public Task open(String processKey, String taskId, PortalUser user, Collection<String> taskKeys) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(processKey).singleResult();
        if (task == null) {
            throw gone(processKey, taskId, user, taskKeys);
        }
        if (!taskKeys.contains(task.getTaskDefinitionKey())) {
            throw new NotFoundException("task " + taskId + " is not " + taskKeys);
        }
        if (user.userId().equals(task.getAssignee())) {
            return task;
        }
        if (!candidate(task.getId(), user)) {
            throw notCandidate(processKey, taskId, user, taskKeys);
        }
        if (task.getAssignee() != null) {
            throw claimedBy(task);
        }
        return task;
    }

    /** A task opened for a step, with the record it works on, locked until the step's transaction ends. */
    public record Locked<R>(Task task, R record) {
    }

    /**
     * For a step: the task checked, the record it works on locked by {@code lock}, then the task checked again. Of
     * two steps on one record the second waits for the first's transaction, then hears who did the task.
     */
    public <R> Locked<R> begin(String processKey, String taskId, PortalUser user, Collection<String> taskKeys,
                               Function<Task, R> lock) {
        Task task = open(processKey, taskId, user, taskKeys);
        R record;
        try {
            record = lock.apply(task);
        } catch (ProcessEngineException | NullPointerException | NotFoundException e) {
            // The other step completed the task between our query and reading its variables (PostgreSQL reads
            // committed rows; the engine then meets an execution that is gone, or finds no variable there and the
            // record looked up by it is not found): the loser hears who did it.
            open(processKey, taskId, user, taskKeys);
            throw e;
        }
        return new Locked<>(open(processKey, taskId, user, taskKeys), record);
    }

    /** The open task of this kind in the process instance with that business key that the user may work on. */
    public Optional<Task> find(String processKey, String businessKey, String taskKey, PortalUser user) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list().stream().filter(t -> mayWork(t, user)).findFirst();
    }

    /** The same, where only that task makes sense: otherwise not found. */
    public Task get(String processKey, String businessKey, String taskKey, PortalUser user) {
        return find(processKey, businessKey, taskKey, user)
                .orElseThrow(() -> new NotFoundException(taskKey + " of " + businessKey));
    }

    /** The task becomes the user's and is done. Only a step service calls this, inside its transaction. */
    public void complete(Task task, PortalUser user, Map<String, Object> variables) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.userId());
        }
        tasks.complete(task.getId(), variables);
    }

    /**
     * The inbox's claim. Two people claiming one task at once: the engine lets one win, the other hears who.
     */
    public void claim(String taskId, PortalUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw gone(null, taskId, user, historicKey(taskId));
        }
        if (!candidate(taskId, user)) {
            throw notCandidate(null, taskId, user, historicKey(taskId));
        }
        if (user.userId().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw claimedBy(task);
        }
        try {
            tasks.claim(taskId, user.userId());
        } catch (OptimisticLockingException | TaskAlreadyClaimedException e) {
            Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
            throw now == null ? gone(null, taskId, user, historicKey(taskId)) : claimedBy(now);
        }
    }

    /**
     * Hands the task to a colleague: the user holds it or could claim it, and it is still as he saw it; a task
     * someone else took in between says who.
     */
    public Task handOver(String taskId, PortalUser user, PortalUser colleague) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw gone(null, taskId, user, historicKey(taskId));
        }
        if (!candidate(taskId, user) && !user.userId().equals(task.getAssignee())) {
            throw notCandidate(null, taskId, user, historicKey(taskId));
        }
        if (task.getAssignee() != null && !user.userId().equals(task.getAssignee())) {
            throw claimedBy(task);
        }
        try {
            tasks.setAssignee(taskId, colleague.userId());
        } catch (OptimisticLockingException e) {
            Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
            throw now == null ? gone(null, taskId, user, historicKey(taskId)) : claimedBy(now);
        }
        return task;
    }

    /** A routing variable of the task's process (the id of the record a form works on). */
    public <T> T variable(Task task, ProcessVariable<T> variable) {
        return variable.cast(tasks.getVariable(task.getId(), variable.name()));
    }

    /** A task's due date moves with its clock (an extension granted while it runs). */
    public void setDueDate(Task task, Date due) {
        tasks.setDueDate(task.getId(), due);
    }

    private boolean mayWork(Task task, PortalUser user) {
        return user.userId().equals(task.getAssignee()) || (task.getAssignee() == null && candidate(task.getId(), user));
    }

    /**
     * One query, so a task completed meanwhile reads as no candidate (the engine's identity-link command would load
     * the task's execution in a second read, and fail inside the engine when it is gone).
     */
    private boolean candidate(String taskId, PortalUser user) {
        return tasks.createTaskQuery().taskId(taskId).taskCandidateGroup(user.partyId()).includeAssignedTasks().count() > 0;
    }

    /** Not the user's party's task, or completed by someone else since the first read (PostgreSQL reads each statement's committed rows). */
    private RuntimeException notCandidate(String processKey, String taskId, PortalUser user, Collection<String> taskKeys) {
        return tasks.createTaskQuery().taskId(taskId).count() == 0 ? gone(processKey, taskId, user, taskKeys)
                : new NotFoundException("task " + taskId);
    }

    private Collection<String> historicKey(String taskId) {
        HistoricTaskInstance h = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return h == null ? List.of() : List.of(h.getTaskDefinitionKey());
    }

    /** A task no longer open: who did it and when, if the user's party could have done it; else not found. */
    private RuntimeException gone(String processKey, String taskId, PortalUser user, Collection<String> taskKeys) {
        var query = history.createHistoricTaskInstanceQuery().taskId(taskId).finished();
        HistoricTaskInstance h = (processKey == null ? query : query.processDefinitionKey(processKey)).singleResult();
        if (h == null || !taskKeys.contains(h.getTaskDefinitionKey()) || !mightHaveWorked(h, user)) {
            return new NotFoundException("task " + taskId);
        }
        String when = at(h.getEndTime().toInstant());
        if (!COMPLETED.equals(h.getDeleteReason()) || h.getAssignee() == null) {
            return new TaskTakenException("task.taken.ended", when);
        }
        return new TaskTakenException("task.taken.done", parties.displayName(h.getAssignee()), when);
    }

    private boolean mightHaveWorked(HistoricTaskInstance h, PortalUser user) {
        return user.userId().equals(h.getAssignee()) || history.createHistoricIdentityLinkLogQuery().taskId(h.getId())
                .type(IdentityLinkType.CANDIDATE).groupId(user.partyId()).count() > 0;
    }

    private TaskTakenException claimedBy(Task task) {
        Instant since = history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.ASSIGNEE)
                .userId(task.getAssignee()).orderByTime().desc().list().stream().findFirst()
                .map(HistoricIdentityLinkLog::getTime).map(Date::toInstant).orElse(task.getCreateTime().toInstant());
        return new TaskTakenException("task.taken.claimed", parties.displayName(task.getAssignee()), at(since));
    }

    private String at(Instant instant) {
        return MINUTE.format(instant.atZone(zone));
    }
}
