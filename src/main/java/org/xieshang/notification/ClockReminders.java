package org.xieshang.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning, each open task with a due day (the statutory clocks set them) reminds whoever must act: by default 5
 * days and 1 day before and on the day ({@code xieshang.notify.reminder-days}), and once the day after it passed.
 * Each reminder goes once; after days without a run the nearest one still ahead goes.
 */
@Component
class ClockReminders {

    /** How far back a passed due day is still told (a job down for a few days catches up; older ones were told). */
    private static final int MISSED_LOOKBACK_DAYS = 7;
    private static final int PAGE = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Notices notices;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final List<Integer> daysBefore;

    ClockReminders(TaskService tasks, RuntimeService runtime, Notices notices, Clock clock, TransactionTemplate transaction,
                   @Value("${xieshang.notify.reminder-days}") List<Integer> daysBefore) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.notices = notices;
        this.clock = clock;
        this.transaction = transaction;
        this.daysBefore = daysBefore.stream().sorted().toList();
    }

    @Scheduled(cron = "${xieshang.notify.reminder-cron}", zone = "${xieshang.zone}")
    void scheduled() {
        remind();
    }

    /** Tells every task due soon or lately passed; how many tasks were looked at. */
    int remind() {
        LocalDate today = LocalDate.now(clock);
        Date from = date(today.minusDays(MISSED_LOOKBACK_DAYS + 1L));
        Date to = date(today.plusDays(daysBefore.get(daysBefore.size() - 1) + 1L));
        int seen = 0;
        List<Task> page;
        do {
            int first = seen;
            page = tasks.createTaskQuery().active().dueAfter(from).dueBefore(to).orderByTaskId().asc().listPage(first, PAGE);
            List<Task> batch = page;
            transaction.executeWithoutResult(s -> batch.forEach(t -> remind(t, today)));
            seen += page.size();
        } while (page.size() == PAGE);
        return seen;
    }

    private void remind(Task task, LocalDate today) {
        // A task is due at the end of its due day (DeadlineService.endOf: the start of the next).
        LocalDate due = task.getDueDate().toInstant().minusMillis(1).atZone(clock.getZone()).toLocalDate();
        long left = ChronoUnit.DAYS.between(today, due);
        String about = task.getProcessInstanceId() == null ? null : businessKey(task);
        Object name = TaskNotices.taskName(task.getTaskDefinitionKey(), task.getName());
        Notice notice;
        if (left < 0) {
            notice = Notice.of(NoticeKind.MISSED, "/tasks", about, "clock:" + task.getId() + ":missed", name,
                    about, CaseNotices.dueOn(due));
        } else {
            int bucket = daysBefore.stream().filter(d -> d >= left).findFirst().orElseThrow();
            notice = Notice.of(NoticeKind.REMINDER, "/tasks", about, "clock:" + task.getId() + ":" + bucket, name,
                    due.toString(), left, about);
        }
        if (task.getAssignee() != null) {
            notices.toPeople(List.of(task.getAssignee()), notice);
            return;
        }
        tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).forEach(party -> notices.toParty(party, notice));
    }

    private String businessKey(Task task) {
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
