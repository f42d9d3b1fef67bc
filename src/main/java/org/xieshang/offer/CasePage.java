package org.xieshang.offer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEvent;
import org.xieshang.bargaining.CaseOpening;
import org.xieshang.bargaining.CaseStep;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.tasks.TaskInbox;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.Flash;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/** The case page: stage, offer, answers, letters, the timeline against the legal clocks, and the documents. */
@Controller
class CasePage {

    /** The actor of the process's own steps. */
    private static final String SYSTEM = "system";


    private final BargainingCases cases;
    private final CaseOpening opening;
    private final OfferService offers;
    private final SupervisionLetters letters;
    private final Questionnaire questionnaire;
    private final DocumentService documents;
    private final DeadlineService deadlines;
    private final AccessPolicy access;
    private final CaseParties caseParties;
    private final EnterpriseRegistry registry;
    private final CollectiveBargainingProcess process;
    private final TaskInbox inbox;
    private final PartyDirectory parties;

    CasePage(PartyDirectory parties, TaskInbox inbox, CollectiveBargainingProcess process, EnterpriseRegistry registry, BargainingCases cases, CaseOpening opening, OfferService offers, SupervisionLetters letters,
             Questionnaire questionnaire, DocumentService documents, DeadlineService deadlines, AccessPolicy access,
             CaseParties caseParties) {
        this.parties = parties;
        this.inbox = inbox;
        this.process = process;
        this.registry = registry;
        this.cases = cases;
        this.opening = opening;
        this.offers = offers;
        this.letters = letters;
        this.questionnaire = questionnaire;
        this.documents = documents;
        this.deadlines = deadlines;
        this.access = access;
        this.caseParties = caseParties;
    }

    /** A step of the case and, where it started or moved a legal clock, that deadline as it is shown. */
    public record TimelineEntry(CaseEvent event, Deadline deadline, String actorName) {
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        BargainingCase c = cases.get(id, user);
        boolean unionSide = access.readableDocumentParties(user).contains(c.unionGroup());
        String province = caseParties.province(c);
        Map<String, String> actors = new HashMap<>();
        List<TimelineEntry> timeline = cases.timeline(id).stream()
                .filter(e -> unionSide || !e.kind().unionInternal())
                .map(e -> new TimelineEntry(e, e.clock() == null || e.dueOn() == null ? null
                        : deadlines.asShown(e.clock(), null, e.dueOn(), province),
                        e.actor() == null || SYSTEM.equals(e.actor()) ? null : actors.computeIfAbsent(e.actor(), parties::displayName)))
                .toList();
        model.addAttribute("bargainingCase", c);
        model.addAttribute("offer", offers.offer(id).orElse(null));
        model.addAttribute("answers", offers.answers(id));
        model.addAttribute("letters", letters.letters(id));
        model.addAttribute("timeline", timeline);
        model.addAttribute("documents", documents.ofCaseVisibleTo(c.caseNo(), user));
        model.addAttribute("responseClock", deadlines.clock(OfferService.RESPONSE_CLOCK, province));
        model.addAttribute("stepsPending", process.stepsPending(c.caseNo()));
        model.addAttribute("steps", CaseStep.values());
        model.addAttribute("currentStep", CaseStep.of(c.stage()));
        model.addAttribute("nextSteps", inbox.nextSteps(c.caseNo(), user));
        model.addAttribute("answerDeadline", offers.answerDeadline(c).orElse(null));
        model.addAttribute("canAnswerQuestionnaire", questionnaire.canAnswer(c, user));
        model.addAttribute("tally", unionSide ? questionnaire.tally(c, user) : null);
        model.addAttribute("today", deadlines.today());
        return "cases/show";
    }

    /** A case by its number, as task lists and notices name it. */
    @GetMapping("/cases/number/{caseNo}")
    String byNumber(@PathVariable String caseNo, @CurrentUser PortalUser user) {
        BargainingCase c = cases.findByNo(caseNo).orElseThrow(() -> new NotFoundException("case " + caseNo));
        return "redirect:/cases/" + cases.get(c.id(), user).id();
    }

    /** The enterprise page loads its cases from here (htmx), so the registry does not depend on bargaining. */
    @GetMapping("/enterprises/{id}/cases")
    String ofEnterprise(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        registry.get(id, user);
        model.addAttribute("cases", cases.ofEnterprise(id));
        model.addAttribute("enterpriseId", id);
        model.addAttribute("canOpen", PartyDirectory.unionOf(id).equals(user.partyId()));
        model.addAttribute("employerMayOffer", PartyDirectory.employerOf(id).equals(user.partyId()));
        return "cases/list :: cases";
    }

    @PostMapping("/enterprises/{id}/cases")
    String openForEnterprise(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        return Flash.outcome(redirect, "notice.caseOpened", () -> opening.forEnterprise(id, null, user))
                .map(c -> "redirect:/cases/" + c.id()).orElse("redirect:/enterprises/" + id);
    }

    @PostMapping("/federations/{id}/cases")
    String openForFederation(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        return Flash.outcome(redirect, "notice.caseOpened", () -> opening.forFederation(id, null, user))
                .map(c -> "redirect:/cases/" + c.id()).orElse("redirect:/federations/" + id);
    }
}
