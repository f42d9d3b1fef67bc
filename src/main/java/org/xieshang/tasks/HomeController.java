package org.xieshang.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEvent;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.monitoring.Attention;
import org.xieshang.monitoring.Tallies;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.LoginLocks;
import org.xieshang.system.PortalUser;

/** Every role lands here: its overview, then my tasks, my party's unclaimed tasks and what I completed. */
@Controller
class HomeController {

    private final TaskInbox inbox;
    private final EnterpriseRegistry registry;
    private final DeadlineService deadlines;
    private final DocumentService documents;
    private final BargainingCases cases;
    private final LoginLocks locks;
    private final Attention attention;
    private final Tallies tallies;

    HomeController(TaskInbox inbox, EnterpriseRegistry registry, DeadlineService deadlines, DocumentService documents,
                   BargainingCases cases, LoginLocks locks, Attention attention, Tallies tallies) {
        this.attention = attention;
        this.tallies = tallies;
        this.cases = cases;
        this.locks = locks;
        this.inbox = inbox;
        this.registry = registry;
        this.deadlines = deadlines;
        this.documents = documents;
    }

    /** A notice on the home page with the deadline it names, shown like every other deadline. */
    public record Notice(CaseEvent event, Deadline deadline) {
    }

    @GetMapping("/")
    String home(@CurrentUser PortalUser user, Model model) {
        if (user.official()) {
            model.addAttribute("overview", DistrictOverview.of(tallies.standing(user.areaId()), registry.federationsVisibleTo(user)));
        } else if (user.admin()) {
            model.addAttribute("overview", DistrictOverview.of(registry.figures(user), registry.federationsVisibleTo(user)));
        } else {
            model.addAttribute("enterprises", registry.visibleTo(user));
        }
        model.addAttribute("attention", attention.of(user));
        model.addAttribute("lapsingDays", Attention.LAPSING_DAYS);
        model.addAttribute("myTasks", inbox.assignedTo(user));
        model.addAttribute("unclaimedTasks", inbox.unclaimedFor(user));
        model.addAttribute("completedTasks", inbox.completedBy(user));
        model.addAttribute("today", deadlines.today());
        model.addAttribute("fontProblem", documents.fontProblem().orElse(null));
        Map<Long, String> provinces = new HashMap<>();
        model.addAttribute("notices", cases.noticesFor(user.partyId(), 10).stream().map(e -> new Notice(e,
                e.clock() == null || e.dueOn() == null ? null : deadlines.asShown(e.clock(), null, e.dueOn(),
                        provinces.computeIfAbsent(e.caseId(), id -> registry.provinceOf(cases.find(id).orElseThrow().districtId())))))
                .toList());
        model.addAttribute("lockedAccounts", locks.lockedVisibleTo(user).size());
        return "home";
    }

    /** Two people claiming one task at once: one gets it, the other hears who did. */
    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable String id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.taskClaimed", () -> inbox.claim(id, user));
        return "redirect:/";
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(@PathVariable String id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.taskUnclaimed", () -> inbox.unclaim(id, user));
        return "redirect:/";
    }

    @GetMapping("/tasks/{id}")
    String open(@PathVariable String id, @CurrentUser PortalUser user) {
        String path = inbox.formPath(id, user);
        return path == null ? "redirect:/" : "redirect:" + path;
    }

    @GetMapping("/api/tasks")
    @ResponseBody
    ResponseEntity<TaskLists> api(@CurrentUser PortalUser user) {
        return ResponseEntity.ok(new TaskLists(inbox.assignedTo(user), inbox.unclaimedFor(user), inbox.completedBy(user)));
    }

    public record TaskLists(List<InboxTask> mine, List<InboxTask> unclaimed, List<InboxTask> completed) {
    }
}
