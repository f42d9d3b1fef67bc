package org.xieshang.congress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.xieshang.system.Flash;
import org.xieshang.system.PortalUser;

/**
 * A delegate's phone page (/congress/me): his sessions, sign-in by code, the open ballot, proposals to file and
 * co-sign; and the proposal task forms of the union, the department and the proposer.
 */
@Controller
class DelegateController {

    private static final String[] PROPOSAL_TASKS = {CongressProposal.TASK_REVIEW_PROPOSAL, CongressProposal.TASK_REPLY_TO_PROPOSAL,
            CongressProposal.TASK_RATE_REPLY};

    private final CongressRegistry congresses;
    private final Sessions sessions;
    private final Agenda agenda;
    private final Attendance attendance;
    private final Ballots ballots;
    private final Proposals proposals;
    private final ProposalSteps steps;
    private final DeadlineService deadlines;

    DelegateController(CongressRegistry congresses, Sessions sessions, Agenda agenda, Attendance attendance, Ballots ballots,
                       Proposals proposals, ProposalSteps steps, DeadlineService deadlines) {
        this.congresses = congresses;
        this.sessions = sessions;
        this.agenda = agenda;
        this.attendance = attendance;
        this.ballots = ballots;
        this.proposals = proposals;
        this.steps = steps;
        this.deadlines = deadlines;
    }

    /** One session as the delegate sees it: his sign-in, the round open now and whether he has voted in it. */
    record MySession(CongressSession session, Delegate me, boolean signedIn, VoteRound openRound, SessionItem openItem,
                     boolean voted, List<Results.Decision> decisions, List<Proposal> proposals,
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
                Optional<VoteRound> open = ballots.openRound(s.id());
                List<Proposal> filed = proposals.ofSession(s.id());
                Map<Long, List<String>> cosigners = new HashMap<>();
                filed.forEach(p -> cosigners.put(p.id(), proposals.cosigners(p.id())));
                mine.add(new MySession(s, me, attendance.signedIn(s.id(), me.id()), open.orElse(null),
                        open.map(r -> agenda.item(r.itemId())).orElse(null),
                        open.map(r -> ballots.voted(r.id()).contains(me.id())).orElse(false),
                        s.status() == CongressSession.Status.CLOSED ? ballots.decisions(s.id()) : List.of(), filed, cosigners));
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
        Flash.attempt(redirect, "notice.signedIn", () -> attendance.signIn(id, code, user));
        return "redirect:/congress/me";
    }

    /** Choices arrive as line-N=FOR|AGAINST|ABSTAIN, one per ballot line. */
    @PostMapping("/congress/rounds/{roundId}/ballot")
    String ballot(@PathVariable long roundId, @RequestParam Map<String, String> form, @CurrentUser PortalUser user,
                  RedirectAttributes redirect) {
        Flash.attempt(redirect, "ballot.cast", () -> ballots.cast(roundId, choices(form), user));
        return "redirect:/congress/me";
    }

    /** The ballot's lines as posted; a line or a choice the ballot does not have is refused, never guessed. */
    static Map<Integer, VoteChoice> choices(Map<String, String> form) {
        Map<Integer, VoteChoice> choices = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("line-") && !value.isBlank()) {
                VoteChoice choice = Arrays.stream(VoteChoice.values()).filter(c -> c.name().equals(value)).findFirst()
                        .orElseThrow(() -> new BusinessRuleException(null, "session.ballot.choice"));
                if (!name.substring(5).matches("\\d{1,3}")) {
                    throw new BusinessRuleException(null, "session.ballot.choice");
                }
                choices.put(Integer.parseInt(name.substring(5)), choice);
            }
        });
        return choices;
    }

    @PostMapping("/congress/sessions/{id}/proposals")
    String file(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                @CurrentUser PortalUser user, RedirectAttributes redirect) {
        if (!Flash.attempt(redirect, "notice.proposalFiled", () -> steps.file(id, title, body, user))) {
            redirect.addFlashAttribute("proposalTitle", title);
            redirect.addFlashAttribute("proposalBody", body);
        }
        return "redirect:/congress/me";
    }

    @PostMapping("/congress/proposals/{id}/cosign")
    String cosign(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.proposalCosigned", () -> steps.cosign(id, user));
        return "redirect:/congress/me";
    }

    // ---- proposal task forms --------------------------------------------------------------------------------

    @GetMapping({"/forms/review-proposal", "/forms/reply-proposal", "/forms/rate-proposal"})
    String proposalTask(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        ProposalSteps.ProposalTask task = steps.view(taskId, user, PROPOSAL_TASKS);
        Proposal p = task.proposal();
        model.addAttribute("task", task.task());
        model.addAttribute("proposal", p);
        model.addAttribute("cosigners", proposals.cosigners(p.id()));
        model.addAttribute("replies", proposals.replies(p.id()));
        return "congress/proposal-task";
    }

    @PostMapping("/forms/review-proposal")
    String review(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String department,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                  @RequestParam(required = false) String reason, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        boolean register = "register".equals(option);
        return done("/forms/review-proposal", taskId, Flash.outcome(redirect,
                register ? "notice.proposalRegistered" : "notice.proposalDeclined",
                () -> register ? steps.register(taskId, department, dueOn, user) : steps.decline(taskId, reason, user)));
    }

    @PostMapping("/forms/reply-proposal")
    String reply(@RequestParam String taskId, @RequestParam(required = false) String body, @CurrentUser PortalUser user,
                 RedirectAttributes redirect) {
        var replied = Flash.outcome(redirect, "notice.proposalReplied", () -> steps.reply(taskId, body, user));
        if (replied.isEmpty()) {
            redirect.addFlashAttribute("body", body);
        }
        return done("/forms/reply-proposal", taskId, replied);
    }

    @PostMapping("/forms/rate-proposal")
    String rate(@RequestParam String taskId, @RequestParam(required = false) Proposal.Rating rating,
                @CurrentUser PortalUser user, RedirectAttributes redirect) {
        return done("/forms/rate-proposal", taskId, Flash.outcome(redirect, "notice.proposalRated",
                () -> steps.rate(taskId, rating, user)));
    }

    /** To the home page when the step held; back to the form when a rule stopped it. */
    private static String done(String path, String taskId, Optional<Long> proposalId) {
        return proposalId.isPresent() ? "redirect:/" : "redirect:" + path + "?taskId=" + taskId;
    }
}
