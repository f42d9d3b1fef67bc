package org.xieshang.tasks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.Page;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * The inbox as a 待办/已办 list: one of the three lists at a time, searched by task, case or enterprise, filtered by
 * how soon it is due, sorted by due date or by time, a page at a time; a held task can be handed to a colleague.
 */
@Controller
class TaskListController {

    static final int PAGE_SIZE = 20;
    /** How many completed tasks the list searches (newest first). */
    static final int COMPLETED_SEARCHED = 500;
    static final int SOON_DAYS = 7;

    enum Kind { MINE, UNCLAIMED, COMPLETED }

    enum Due { ALL, OVERDUE, SOON }

    enum Sort { DUE, TIME }

    private final TaskInbox inbox;
    private final DeadlineService deadlines;
    private final PartyDirectory parties;
    private final BargainingCases cases;
    private final DocumentService documents;

    TaskListController(TaskInbox inbox, DeadlineService deadlines, PartyDirectory parties, BargainingCases cases,
                       DocumentService documents) {
        this.cases = cases;
        this.documents = documents;
        this.inbox = inbox;
        this.deadlines = deadlines;
        this.parties = parties;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(defaultValue = "MINE") Kind list, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "ALL") Due due, @RequestParam(defaultValue = "DUE") Sort sort,
                @RequestParam(defaultValue = "0") int page, @CurrentUser PortalUser user, Model model) {
        LocalDate today = deadlines.today();
        List<InboxTask> all = switch (list) {
            case MINE -> inbox.assignedTo(user);
            case UNCLAIMED -> inbox.unclaimedFor(user);
            case COMPLETED -> inbox.completedBy(user, COMPLETED_SEARCHED);
        };
        String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        Comparator<InboxTask> order = sort == Sort.DUE
                ? Comparator.comparing((InboxTask t) -> t.deadline() == null ? LocalDate.MAX : t.deadline().due())
                : Comparator.comparing((InboxTask t) -> t.ended() != null ? t.ended() : t.created()).reversed();
        List<InboxTask> found = all.stream()
                .filter(t -> needle.isEmpty() || contains(t.name(), needle) || contains(t.caseRef(), needle)
                        || contains(t.enterpriseName(), needle))
                .filter(t -> due == Due.ALL || (t.deadline() != null && (due == Due.OVERDUE ? t.deadline().due().isBefore(today)
                        : !t.deadline().due().isBefore(today) && !t.deadline().due().isAfter(today.plusDays(SOON_DAYS)))))
                .sorted(order).toList();
        List<InboxTask> onPage = Page.of(found, page, PAGE_SIZE).addTo(model, "tasks").items();
        model.addAttribute("notes", list == Kind.MINE ? onPage.stream().collect(Collectors.toMap(InboxTask::id, t -> inbox.handOverNotes(t.id())))
                : Map.of());
        model.addAttribute("list", list);
        model.addAttribute("q", q);
        model.addAttribute("due", due);
        model.addAttribute("sort", sort);
        model.addAttribute("today", today);
        model.addAttribute("colleagues", parties.members(user.partyId()).stream().filter(m -> !m.userId().equals(user.userId())).toList());
        return "tasks/list";
    }

    /**
     * A completed task, read-only, with what came of it: the steps the user recorded on the case when completing it
     * and the documents issued in the user's name from it (letters follow the step within the hour).
     */
    @GetMapping("/tasks/{id}/done")
    String done(@PathVariable String id, @CurrentUser PortalUser user, Model model) {
        InboxTask task = inbox.completedTask(id, user).orElseThrow(() -> new NotFoundException("completed task " + id));
        Instant from = task.created().toInstant();
        Instant until = task.ended().toInstant().plus(Duration.ofHours(1));
        model.addAttribute("task", task);
        model.addAttribute("today", deadlines.today());
        if (task.caseRef() != null) {
            cases.findByNo(task.caseRef()).ifPresent(c -> {
                model.addAttribute("bargainingCase", c);
                model.addAttribute("events", cases.timeline(c.id()).stream().filter(e -> user.userId().equals(e.actor())
                        && !e.happenedAt().isBefore(from) && !e.happenedAt().isAfter(until)).toList());
            });
            model.addAttribute("documents", documents.ofCaseVisibleTo(task.caseRef(), user).stream()
                    .filter(d -> user.userId().equals(d.createdBy()) && !d.createdAt().isBefore(from) && !d.createdAt().isAfter(until))
                    .toList());
        }
        return "tasks/done";
    }

    @PostMapping("/tasks/{id}/hand-over")
    String handOver(@PathVariable String id, @RequestParam(required = false) String to, @RequestParam(required = false) String note,
                    @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.taskHandedOver", () -> inbox.handOver(id, user, to, note));
        return "redirect:/tasks";
    }

    private static boolean contains(String text, String needle) {
        if (text == null) {
            return false;
        }
        return text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
