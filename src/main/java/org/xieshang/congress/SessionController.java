package org.xieshang.congress;

import static org.xieshang.congress.WorkersCongressSession.*;

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
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.documents.DocumentService;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;
import org.xieshang.system.StepTasks;

/**
 * Congress sessions in the portal: the union convenes, sends the notice and runs the day (sign-in, live quorum,
 * votes, projector page); everyone entitled sees the agenda, documents and closed results. Each task form is
 * served only for its own kind of task; every action redirects with its outcome.
 */
@Controller
class SessionController {

    private final SessionSteps steps;
    private final Sessions sessions;
    private final Agenda agenda;
    private final Attendance attendance;
    private final Ballots ballots;
    private final CongressRegistry congresses;
    private final WorkersCongressSessionProcess process;
    private final StepTasks tasks;
    private final DocumentService documents;
    private final Proposals proposals;
    private final CaseSessions caseSessions;
    private final BargainingCases bargainingCases;

    SessionController(SessionSteps steps, Sessions sessions, Agenda agenda, Attendance attendance, Ballots ballots,
                      CongressRegistry congresses, WorkersCongressSessionProcess process, StepTasks tasks,
                      DocumentService documents, Proposals proposals, CaseSessions caseSessions, BargainingCases bargainingCases) {
        this.caseSessions = caseSessions;
        this.bargainingCases = bargainingCases;
        this.steps = steps;
        this.sessions = sessions;
        this.agenda = agenda;
        this.attendance = attendance;
        this.ballots = ballots;
        this.congresses = congresses;
        this.process = process;
        this.tasks = tasks;
        this.documents = documents;
        this.proposals = proposals;
    }

    // ---- convening ------------------------------------------------------------------------------------------

    @GetMapping("/{scope:enterprises|federations}/{id}/congress/sessions/new")
    String conveneForm(@PathVariable String scope, @PathVariable long id, @CurrentUser PortalUser user, Model model) {
        CongressOwner owner = CongressController.owner(scope, id);
        congresses.editable(owner, user);
        return convenePage(owner, null, model);
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress/sessions")
    String convene(@PathVariable String scope, @PathVariable long id, @ModelAttribute("form") SessionForm form,
                   @CurrentUser PortalUser user, RedirectAttributes redirect) {
        CongressOwner owner = CongressController.owner(scope, id);
        return Flash.outcome(redirect, "notice.sessionConvened", () -> steps.convene(owner, form.toPlan(), user))
                .map(s -> toSession(s.id()))
                .orElseGet(() -> {
                    redirect.addFlashAttribute("form", form);
                    return "redirect:" + owner.path() + "/sessions/new";
                });
    }

    @GetMapping("/forms/convene-session")
    String conveneTask(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Task task = tasks.open(PROCESS_ID, taskId, user, List.of(TASK_CONVENE_SESSION));
        return convenePage(process.ownerOf(task), task, model);
    }

    @PostMapping("/forms/convene-session")
    String conveneCalled(@RequestParam String taskId, @ModelAttribute("form") SessionForm form,
                         @RequestParam(required = false) String draftTitle, @CurrentUser PortalUser user,
                         RedirectAttributes redirect) {
        return Flash.outcome(redirect, "notice.sessionConvened", () -> steps.conveneCalled(taskId, form.toPlan(), draftTitle, user))
                .map(s -> toSession(s.id()))
                .orElseGet(() -> {
                    redirect.addFlashAttribute("form", form);
                    redirect.addFlashAttribute("draftTitle", draftTitle);
                    return "redirect:/forms/convene-session?taskId=" + taskId;
                });
    }

    private String convenePage(CongressOwner owner, Task task, Model model) {
        SessionForm form = model.containsAttribute("form") ? (SessionForm) model.getAttribute("form") : new SessionForm();
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
        model.addAttribute("taskId", union ? process.openTask(s.sessionNo(), TASK_HOLD_SESSION, user).map(Task::getId)
                .orElse(taskId) : null);
        model.addAttribute("noticeDeadline", sessions.noticeDeadline(owner, s.startsAt().toLocalDate()));
        model.addAttribute("documents", documents.ofCaseVisibleTo(s.sessionNo(), user));
        model.addAttribute("proposals", proposals.ofSession(id));
        if (union && s.status() == CongressSession.Status.IN_SESSION) {
            model.addAttribute("delegates", congresses.sitting(s.congressId()));
        }
        live(s, model, union);
    }

    /** Attendance, quorum, the open round's turnout and closed results: polled by the union's page and the projector. */
    @GetMapping("/congress/sessions/{id}/live")
    String liveFragment(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        CongressSession s = sessions.visibleSession(id, user);
        boolean union = congresses.canEdit(sessions.ownerOf(s), user);
        model.addAttribute("union", union);
        live(s, model, union);
        return "congress/session :: live";
    }

    /** The case page links here: the session the case called to vote on its draft, if the viewer may see it. */
    @GetMapping("/cases/{id}/congress")
    String ofCase(@PathVariable long id, @CurrentUser PortalUser user) {
        long session = caseSessions.latestSession(bargainingCases.get(id, user).caseNo())
                .orElseThrow(() -> new NotFoundException("session of case " + id));
        return "redirect:/congress/sessions/" + sessions.visibleSession(session, user).id();
    }

    /** The paper of a session, for the union to print: the sign-in sheet and a ballot for each voted item. */
    @GetMapping("/congress/sessions/{id}/print")
    String print(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        CongressSession s = sessions.visibleSession(id, user);
        if (!congresses.canEdit(sessions.ownerOf(s), user)) {
            throw new NotFoundException("paper of session " + id);
        }
        model.addAttribute("meeting", s);
        model.addAttribute("ownerName", congresses.ownerName(sessions.ownerOf(s)));
        model.addAttribute("delegates", congresses.sitting(s.congressId()));
        model.addAttribute("items", agenda.items(id).stream().filter(i -> i.kind().voted()).toList());
        return "congress/print";
    }

    @GetMapping("/congress/sessions/{id}/screen")
    String screen(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        CongressSession s = sessions.visibleSession(id, user);
        model.addAttribute("ownerName", congresses.ownerName(sessions.ownerOf(s)));
        // The hall sees no names; the code only when the union itself put the screen up.
        model.addAttribute("union", false);
        live(s, model, congresses.canEdit(sessions.ownerOf(s), user));
        return "congress/screen";
    }

    /**
     * The live part of the page. The union's console also lists who has signed in and voted, by name; the delegates'
     * phones and the projector poll the counts only, which stay cheap with a thousand delegates polling.
     */
    private void live(CongressSession s, Model model, boolean union) {
        model.addAttribute("meeting", s);
        model.addAttribute("attendance", attendance.turnout(s.id()));
        model.addAttribute("decisions", ballots.decisions(s.id()));
        Optional<VoteRound> open = ballots.openRound(s.id());
        open.ifPresent(r -> {
            model.addAttribute("openRound", r);
            model.addAttribute("openItem", agenda.item(r.itemId()));
        });
        if (!union) {
            return;
        }
        if (s.status() == CongressSession.Status.IN_SESSION) {
            model.addAttribute("signInCode", attendance.currentCode(s));
            model.addAttribute("codeTurnsIn", attendance.codeTurnsIn());
        }
        open.ifPresent(r -> model.addAttribute("voted", ballots.voted(r.id())));
        model.addAttribute("present", attendance.present(s.id()));
        Map<Long, String> names = new HashMap<>();
        congresses.delegates(s.congressId()).forEach(d -> names.put(d.id(), d.name()));
        model.addAttribute("names", names);
    }

    // ---- the union's actions on the day ---------------------------------------------------------------------

    @PostMapping("/congress/sessions/{id}/paper-sign-in")
    String paperSignIn(@PathVariable long id, @RequestParam(name = "delegateId", required = false) List<Long> delegateIds,
                       @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.paperSignIn",
                () -> attendance.markPaperSignIn(id, delegateIds == null ? List.of() : delegateIds, user));
        return toSession(id);
    }

    @PostMapping("/congress/items/{itemId}/open")
    String openVote(@PathVariable long itemId, @RequestParam(required = false) String revoteReason, @CurrentUser PortalUser user,
                    RedirectAttributes redirect) {
        long sessionId = agenda.item(itemId).sessionId();
        Flash.attempt(redirect, "notice.voteOpened", () -> ballots.openVote(itemId, revoteReason, user));
        return toSession(sessionId);
    }

    /** Fields: delegateId (each paper voter), and per ballot line for-N, against-N, abstain-N. */
    @PostMapping("/congress/rounds/{roundId}/paper")
    String paperBallots(@PathVariable long roundId, @RequestParam(name = "delegateId", required = false) List<Long> delegateIds,
                        @RequestParam Map<String, String> form, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        SessionItem item = agenda.item(ballots.round(roundId).itemId());
        Map<Integer, Ballots.PaperCount> counts = new HashMap<>();
        for (int line : item.lines()) {
            counts.put(line, new Ballots.PaperCount(count(form, "for-" + line), count(form, "against-" + line),
                    count(form, "abstain-" + line)));
        }
        Flash.attempt(redirect, "notice.paperBallots",
                () -> ballots.recordPaperBallots(roundId, delegateIds == null ? List.of() : delegateIds, counts, user));
        return toSession(item.sessionId());
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
        long sessionId = agenda.item(ballots.round(roundId).itemId()).sessionId();
        Flash.attempt(redirect, "notice.voteClosed", () -> ballots.closeVote(roundId, user));
        return toSession(sessionId);
    }

    @PostMapping("/congress/items/{itemId}/discussed")
    String discussed(@PathVariable long itemId, @RequestParam(required = false) String opinions,
                     @RequestParam(defaultValue = "false") boolean settledWithUnion, @CurrentUser PortalUser user,
                     RedirectAttributes redirect) {
        long sessionId = agenda.item(itemId).sessionId();
        Flash.attempt(redirect, "notice.ruleDiscussed", () -> ballots.recordDiscussion(itemId, opinions, settledWithUnion, user));
        return toSession(sessionId);
    }

    @PostMapping("/congress/items/{itemId}/heard")
    String heard(@PathVariable long itemId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        long sessionId = agenda.item(itemId).sessionId();
        Flash.attempt(redirect, "notice.itemHeard", () -> ballots.markHeard(itemId, user));
        return toSession(sessionId);
    }

    // ---- task forms -----------------------------------------------------------------------------------------

    @GetMapping("/forms/session-notice")
    String noticeForm(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        return taskForm(steps.view(taskId, user, TASK_SEND_NOTICE), user, model);
    }

    @GetMapping("/forms/reschedule-session")
    String rescheduleForm(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        return taskForm(steps.view(taskId, user, TASK_RESCHEDULE_SESSION), user, model);
    }

    private String taskForm(SessionSteps.SessionTask task, PortalUser user, Model model) {
        String taskId = task.task().getId();
        model.addAttribute("task", task.task());
        model.addAttribute("items", agenda.items(task.session().id()));
        populate(task.session().id(), taskId, user, model);
        return "congress/session-task";
    }

    /** The day's task is worked on the session page itself (the union's console). */
    @GetMapping("/forms/hold-session")
    String holdForm(@RequestParam String taskId, @CurrentUser PortalUser user) {
        return toSession(steps.view(taskId, user, TASK_HOLD_SESSION).session().id()) + "?taskId=" + taskId;
    }

    @PostMapping("/forms/session-notice")
    String sendNotice(@RequestParam String taskId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        return Flash.outcome(redirect, "notice.noticeSent", () -> steps.sendNotice(taskId, user))
                .map(SessionController::toSession).orElse("redirect:/forms/session-notice?taskId=" + taskId);
    }

    @PostMapping("/forms/hold-session")
    String endSession(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String reason,
                      @CurrentUser PortalUser user, RedirectAttributes redirect) {
        if (!List.of("adjourn", "close").contains(option)) {
            throw new NotFoundException("option " + option);
        }
        boolean adjourn = "adjourn".equals(option);
        long sessionId = steps.view(taskId, user, TASK_HOLD_SESSION).session().id();
        Flash.outcome(redirect, adjourn ? "notice.sessionAdjourned" : "notice.sessionClosed",
                () -> adjourn ? steps.adjourn(taskId, reason, user) : steps.close(taskId, user));
        return toSession(sessionId);
    }

    @PostMapping("/forms/reschedule-session")
    String reschedule(@RequestParam String taskId, @RequestParam String option,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                      @RequestParam(required = false) String place, @RequestParam(required = false) String reason,
                      @CurrentUser PortalUser user, RedirectAttributes redirect) {
        if (!List.of("cancel", "reschedule").contains(option)) {
            throw new NotFoundException("option " + option);
        }
        boolean cancel = "cancel".equals(option);
        return Flash.outcome(redirect, cancel ? "notice.sessionCancelled" : "notice.sessionRescheduled",
                        () -> cancel ? steps.cancel(taskId, reason, user) : steps.reschedule(taskId, startsAt, place, user))
                .map(SessionController::toSession).orElse("redirect:/forms/reschedule-session?taskId=" + taskId);
    }

    private static String toSession(long sessionId) {
        return "redirect:/congress/sessions/" + sessionId;
    }
}
