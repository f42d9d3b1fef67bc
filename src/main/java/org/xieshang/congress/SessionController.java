package org.xieshang.congress;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.task.Task;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.documents.DocumentService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.FlashErrors;
import org.xieshang.system.PortalUser;

/**
 * Congress sessions in the portal: the union convenes, sends the notice and runs the day (sign-in, live quorum,
 * votes, projector page); everyone entitled sees the agenda, documents and closed results.
 */
@Controller
class SessionController {

    private final CongressSessions sessions;
    private final CongressRegistry congresses;
    private final WorkersCongressSessionProcess process;
    private final DocumentService documents;
    private final Proposals proposals;

    SessionController(CongressSessions sessions, CongressRegistry congresses, WorkersCongressSessionProcess process,
                      DocumentService documents, Proposals proposals) {
        this.sessions = sessions;
        this.congresses = congresses;
        this.process = process;
        this.documents = documents;
        this.proposals = proposals;
    }

    // ---- convening ------------------------------------------------------------------------------------------

    @GetMapping("/{scope:enterprises|federations}/{id}/congress/sessions/new")
    String conveneForm(@PathVariable String scope, @PathVariable long id, @CurrentUser PortalUser user, Model model) {
        CongressOwner owner = CongressController.owner(scope, id);
        congresses.editable(owner, user);
        return convenePage(owner, new SessionForm(), null, model);
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress/sessions")
    String convene(@PathVariable String scope, @PathVariable long id, @ModelAttribute("form") SessionForm form,
                   @CurrentUser PortalUser user, Model model) {
        CongressOwner owner = CongressController.owner(scope, id);
        try {
            CongressSession s = process.convene(owner, form.toPlan(), user);
            return "redirect:/congress/sessions/" + s.id();
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return convenePage(owner, form, null, model);
        }
    }

    @GetMapping("/forms/convene-session")
    String conveneTask(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        return convenePage(process.ownerOf(task), new SessionForm(), task, model);
    }

    @PostMapping("/forms/convene-session")
    String conveneCalled(@RequestParam String taskId, @ModelAttribute("form") SessionForm form, @RequestParam String draftTitle,
                         @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        try {
            CongressSession s = process.conveneCalled(task, form.toPlan(), process.draftOf(task, draftTitle), user);
            return "redirect:/congress/sessions/" + s.id();
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return convenePage(process.ownerOf(task), form, task, model);
        }
    }

    private String convenePage(CongressOwner owner, SessionForm form, Task task, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("ownerName", congresses.ownerName(owner));
        model.addAttribute("form", form.padded());
        model.addAttribute("task", task);
        if (task != null) {
            model.addAttribute("draft", process.draftOf(task, null));
        }
        model.addAttribute("kinds", ItemKind.values());
        congresses.current(owner).ifPresent(c -> model.addAttribute("composition", congresses.composition(c)));
        return "congress/convene";
    }

    // ---- the session page, live figures and the projector ---------------------------------------------------

    @GetMapping("/congress/sessions/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String taskId, @CurrentUser PortalUser user, Model model) {
        populate(id, taskId, user, model);
        return "congress/session";
    }

    private void populate(long id, String taskId, PortalUser user, Model model) {
        CongressSession s = sessions.visibleSession(id, user);
        CongressOwner owner = sessions.ownerOf(s);
        boolean union = congresses.canEdit(owner, user);
        model.addAttribute("meeting", s);
        model.addAttribute("ownerName", congresses.ownerName(owner));
        model.addAttribute("union", union);
        model.addAttribute("taskId", taskId);
        model.addAttribute("noticeDeadline", sessions.noticeDeadline(s.startsAt().toLocalDate()));
        model.addAttribute("documents", documents.ofCaseVisibleTo(s.sessionNo(), user));
        model.addAttribute("proposals", proposals.ofSession(id));
        if (union && s.status() == CongressSession.Status.IN_SESSION) {
            model.addAttribute("delegates", congresses.sitting(s.congressId()));
        }
        live(s, model);
    }

    /** Attendance, quorum, the open round's turnout and closed results: polled by the union's page and the projector. */
    @GetMapping("/congress/sessions/{id}/live")
    String liveFragment(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        CongressSession s = sessions.visibleSession(id, user);
        model.addAttribute("union", congresses.canEdit(sessions.ownerOf(s), user));
        live(s, model);
        return "congress/session :: live";
    }

    @GetMapping("/congress/sessions/{id}/screen")
    String screen(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        CongressSession s = sessions.visibleSession(id, user);
        model.addAttribute("ownerName", congresses.ownerName(sessions.ownerOf(s)));
        model.addAttribute("union", false);
        live(s, model);
        return "congress/screen";
    }

    private void live(CongressSession s, Model model) {
        model.addAttribute("meeting", s);
        model.addAttribute("attendance", sessions.attendance(s.id()));
        model.addAttribute("decisions", sessions.decisions(s.id()));
        Optional<VoteRound> open = sessions.openRound(s.id());
        open.ifPresent(r -> {
            model.addAttribute("openRound", r);
            model.addAttribute("openItem", sessions.item(r.itemId()));
            model.addAttribute("voted", sessions.voted(r.id()));
        });
        model.addAttribute("present", sessions.present(s.id()));
        Map<Long, String> names = new HashMap<>();
        congresses.delegates(s.congressId()).forEach(d -> names.put(d.id(), d.name()));
        model.addAttribute("names", names);
    }

    // ---- the union's actions on the day ---------------------------------------------------------------------

    @PostMapping("/congress/sessions/{id}/paper-sign-in")
    String paperSignIn(@PathVariable long id, @RequestParam(name = "delegateId", required = false) List<Long> delegateIds,
                       @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> sessions.markPaperSignIn(id, delegateIds == null ? List.of() : delegateIds, user));
        return "redirect:/congress/sessions/" + id;
    }

    @PostMapping("/congress/items/{itemId}/open")
    String openVote(@PathVariable long itemId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> sessions.openVote(itemId, user));
        return "redirect:/congress/sessions/" + sessions.item(itemId).sessionId();
    }

    /** Fields: delegateId (each paper voter), and per ballot line for-N, against-N, abstain-N. */
    @PostMapping("/congress/rounds/{roundId}/paper")
    String paperBallots(@PathVariable long roundId, @RequestParam(name = "delegateId", required = false) List<Long> delegateIds,
                        @RequestParam Map<String, String> form, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        SessionItem item = sessions.item(sessions.round(roundId).itemId());
        Map<Integer, CongressSessions.PaperCount> counts = new HashMap<>();
        for (int line : item.lines()) {
            counts.put(line, new CongressSessions.PaperCount(count(form, "for-" + line), count(form, "against-" + line),
                    count(form, "abstain-" + line)));
        }
        FlashErrors.attempt(redirect, () -> sessions.recordPaperBallots(roundId, delegateIds == null ? List.of() : delegateIds, counts, user));
        return "redirect:/congress/sessions/" + item.sessionId();
    }

    private static int count(Map<String, String> form, String field) {
        String value = form.getOrDefault(field, "").trim();
        try {
            return value.isEmpty() ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @PostMapping("/congress/rounds/{roundId}/close")
    String closeVote(@PathVariable long roundId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> sessions.closeVote(roundId, user));
        return "redirect:/congress/sessions/" + sessions.item(sessions.round(roundId).itemId()).sessionId();
    }

    @PostMapping("/congress/items/{itemId}/heard")
    String heard(@PathVariable long itemId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> sessions.markHeard(itemId, user));
        return "redirect:/congress/sessions/" + sessions.item(itemId).sessionId();
    }

    // ---- task forms -----------------------------------------------------------------------------------------

    @GetMapping({"/forms/session-notice", "/forms/hold-session", "/forms/reschedule-session"})
    String taskForm(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        long id = process.sessionId(task);
        if (WorkersCongressSession.TASK_HOLD_SESSION.equals(task.getTaskDefinitionKey())) {
            return "redirect:/congress/sessions/" + id + "?taskId=" + taskId;
        }
        model.addAttribute("task", task);
        model.addAttribute("items", sessions.items(id));
        populate(id, taskId, user, model);
        return "congress/session-task";
    }

    @PostMapping("/forms/session-notice")
    String sendNotice(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        return submit(task, user, model, () -> process.sendNotice(task, user));
    }

    @PostMapping("/forms/hold-session")
    String endSession(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String reason,
                      @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Task task = process.task(taskId, user);
        long id = process.sessionId(task);
        boolean done = FlashErrors.attempt(redirect, () -> {
            if ("adjourn".equals(option)) {
                process.adjourn(task, reason, user);
            } else {
                process.close(task, user);
            }
        });
        return "redirect:/congress/sessions/" + id + (done ? "" : "?taskId=" + taskId);
    }

    @PostMapping("/forms/reschedule-session")
    String reschedule(@RequestParam String taskId, @RequestParam String option,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                      @RequestParam(required = false) String place, @RequestParam(required = false) String reason,
                      @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        return submit(task, user, model, () -> {
            if ("cancel".equals(option)) {
                process.cancel(task, reason, user);
            } else {
                process.reschedule(task, startsAt, place, user);
            }
        });
    }

    private String submit(Task task, PortalUser user, Model model, Runnable action) {
        long id = process.sessionId(task);
        try {
            action.run();
            return "redirect:/congress/sessions/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return taskForm(task.getId(), user, model);
        }
    }
}
