package org.xieshang.congress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.task.Task;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.FlashErrors;
import org.xieshang.system.PortalUser;

/**
 * A delegate's phone page (/congress/me): his sessions, sign-in by code, the open ballot, proposals to file and
 * co-sign; and the proposal task forms of the union, the department and the proposer.
 */
@Controller
class DelegateController {

    private final CongressRegistry congresses;
    private final CongressSessions sessions;
    private final Proposals proposals;
    private final CongressProposalProcess proposalProcess;
    private final DeadlineService deadlines;

    DelegateController(CongressRegistry congresses, CongressSessions sessions, Proposals proposals,
                       CongressProposalProcess proposalProcess, DeadlineService deadlines) {
        this.congresses = congresses;
        this.sessions = sessions;
        this.proposals = proposals;
        this.proposalProcess = proposalProcess;
        this.deadlines = deadlines;
    }

    /** One session as the delegate sees it: his sign-in, the round open now and whether he has voted in it. */
    record MySession(CongressSession session, Delegate me, boolean signedIn, VoteRound openRound, SessionItem openItem,
                     boolean voted, List<CongressSessions.Decision> decisions, List<Proposal> proposals,
                     Map<Long, List<String>> cosigners) {
    }

    @GetMapping("/congress/me")
    String me(@CurrentUser PortalUser user, Model model) {
        List<MySession> mine = new ArrayList<>();
        for (Congress congress : congresses.congressesOf(user)) {
            Delegate me = congresses.sitsIn(congress.id(), user).orElseThrow();
            for (CongressSession s : sessions.ofCongress(congress.id())) {
                if (s.status() == CongressSession.Status.CANCELLED) {
                    continue;
                }
                Optional<VoteRound> open = sessions.openRound(s.id());
                List<Proposal> filed = proposals.ofSession(s.id());
                Map<Long, List<String>> cosigners = new HashMap<>();
                filed.forEach(p -> cosigners.put(p.id(), proposals.cosigners(p.id())));
                mine.add(new MySession(s, me, sessions.signedIn(s.id(), me.id()), open.orElse(null),
                        open.map(r -> sessions.item(r.itemId())).orElse(null),
                        open.map(r -> sessions.voted(r.id()).contains(me.id())).orElse(false),
                        s.status() == CongressSession.Status.CLOSED ? sessions.decisions(s.id()) : List.of(), filed, cosigners));
            }
        }
        model.addAttribute("sessions", mine);
        model.addAttribute("today", deadlines.today());
        model.addAttribute("cosignersRequired", proposals.cosignersRequired());
        return "congress/me";
    }

    @PostMapping("/congress/sessions/{id}/sign-in")
    String signIn(@PathVariable long id, @RequestParam(required = false) String code, @CurrentUser PortalUser user,
                  RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> sessions.signIn(id, code, user));
        return "redirect:/congress/me";
    }

    /** Choices arrive as line-N=FOR|AGAINST|ABSTAIN, one per ballot line. */
    @PostMapping("/congress/rounds/{roundId}/ballot")
    String ballot(@PathVariable long roundId, @RequestParam Map<String, String> form, @CurrentUser PortalUser user,
                  RedirectAttributes redirect) {
        Map<Integer, VoteChoice> choices = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("line-") && !value.isBlank()) {
                choices.put(Integer.parseInt(name.substring(5)), VoteChoice.valueOf(value));
            }
        });
        if (FlashErrors.attempt(redirect, () -> sessions.cast(roundId, choices, user))) {
            redirect.addFlashAttribute("notice", "ballot.cast");
        }
        return "redirect:/congress/me";
    }

    @PostMapping("/congress/sessions/{id}/proposals")
    String file(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> proposalProcess.file(id, title, body, user));
        return "redirect:/congress/me";
    }

    @PostMapping("/congress/proposals/{id}/cosign")
    String cosign(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> proposalProcess.cosign(id, user));
        return "redirect:/congress/me";
    }

    // ---- proposal task forms --------------------------------------------------------------------------------

    @GetMapping({"/forms/review-proposal", "/forms/reply-proposal", "/forms/rate-proposal"})
    String proposalTask(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Task task = proposalProcess.task(taskId, user);
        Proposal p = proposals.get(proposalProcess.proposalId(task));
        model.addAttribute("task", task);
        model.addAttribute("proposal", p);
        model.addAttribute("cosigners", proposals.cosigners(p.id()));
        model.addAttribute("replies", proposals.replies(p.id()));
        return "congress/proposal-task";
    }

    @PostMapping("/forms/review-proposal")
    String review(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String department,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                  @RequestParam(required = false) String reason, @CurrentUser PortalUser user, Model model) {
        Task task = proposalProcess.task(taskId, user);
        return submit(task, user, model, () -> {
            if ("register".equals(option)) {
                proposalProcess.register(task, department, dueOn, user);
            } else {
                proposalProcess.decline(task, reason, user);
            }
        });
    }

    @PostMapping("/forms/reply-proposal")
    String reply(@RequestParam String taskId, @RequestParam(required = false) String body, @CurrentUser PortalUser user,
                 Model model) {
        Task task = proposalProcess.task(taskId, user);
        return submit(task, user, model, () -> proposalProcess.reply(task, body, user));
    }

    @PostMapping("/forms/rate-proposal")
    String rate(@RequestParam String taskId, @RequestParam(required = false) Proposal.Rating rating,
                @CurrentUser PortalUser user, Model model) {
        Task task = proposalProcess.task(taskId, user);
        return submit(task, user, model, () -> proposalProcess.rate(task, rating, user));
    }

    private String submit(Task task, PortalUser user, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/";
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return proposalTask(task.getId(), user, model);
        }
    }
}
