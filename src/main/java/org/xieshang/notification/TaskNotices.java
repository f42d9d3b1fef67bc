package org.xieshang.notification;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A new task tells the person it is assigned to, or every person of its candidate parties; a task handed to a
 * colleague tells the colleague. Taking a task oneself (a claim, or completing an unclaimed one) tells nobody. Heard
 * through the engine's Spring event bridge, in the engine's transaction.
 */
@Component
class TaskNotices {

    private final Notices notices;

    TaskNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener(condition = "#task.eventName == 'create' || #task.eventName == 'assignment'")
    void taskEvent(DelegateTask task) {
        String about = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        String assignee = task.getAssignee();
        if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (assignee != null && !Objects.equals(assignee, signedIn())) {
                notices.toPeople(java.util.List.of(assignee), notice(task, about, assignee));
            }
            return;
        }
        if (assignee != null) {
            notices.toPeople(java.util.List.of(assignee), notice(task, about, assignee));
            return;
        }
        task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .forEach(l -> notices.toParty(l.getGroupId(), notice(task, about, null)));
    }

    private static Notice notice(DelegateTask task, String about, String assignee) {
        return Notice.of(NoticeKind.TASK, "/tasks", about, "task:" + task.getId() + (assignee == null ? "" : ":" + assignee),
                taskName(task.getTaskDefinitionKey(), task.getName()), about);
    }

    /** The task's name in the recipient's language (taskname.KEY), the model's name where there is none. */
    static DefaultMessageSourceResolvable taskName(String key, String name) {
        return new DefaultMessageSourceResolvable(new String[] {"taskname." + key}, null, name == null ? key : name);
    }

    private static String signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null ? null : a.getName();
    }
}
