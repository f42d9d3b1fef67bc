package org.xieshang.offer;

import static org.xieshang.bargaining.CollectiveBargaining.*;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseTask;
import org.xieshang.bargaining.CaseTasks;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * The portal forms of the offer stage, at the paths the BPMN formKeys name. Each GET shows the task's case; each
 * POST hands the input to OfferSteps and redirects: to the case with what happened, or back to the form with the
 * input and the broken rules.
 */
@Controller
class OfferForms {

    private final CaseTasks tasks;
    private final OfferSteps steps;
    private final BargainingCases cases;
    private final OfferService offers;
    private final SupervisionLetters letters;
    private final Questionnaire questionnaire;

    OfferForms(CaseTasks tasks, OfferSteps steps, BargainingCases cases, OfferService offers, SupervisionLetters letters,
               Questionnaire questionnaire) {
        this.tasks = tasks;
        this.steps = steps;
        this.cases = cases;
        this.offers = offers;
        this.letters = letters;
        this.questionnaire = questionnaire;
    }

    /** A decision form: its task kinds, the options it offers and whether it asks for a text. */
    private record Decision(String title, String explanation, List<String> options, String textField) {

        /** The same decision worded for the employer, when the employer sent the offer and the union answers. */
        Decision forEmployerOffer() {
            return new Decision(title + ".byEmployer", explanation + ".byEmployer", options, textField);
        }
    }

    private static final Map<String, Decision> DECISIONS = Map.of(
            TASK_CONSIDER_PROPOSED_TIME, new Decision("form.proposedTime.title", "form.proposedTime.explanation",
                    List.of("accept", "contest"), null),
            TASK_REVIEW_REFUSAL, new Decision("form.reviewRefusal.title", "form.reviewRefusal.explanation",
                    List.of("contest", "acceptRefusal"), null),
            TASK_DECIDE_UNANSWERED_CASE, new Decision("form.unanswered.title", "form.unanswered.explanation",
                    List.of("keepWaiting", "close"), null),
            TASK_RECORD_BUREAU_ACTION, new Decision("form.bureauAction.title", "form.bureauAction.explanation",
                    List.of("record"), "action"),
            TASK_ISSUE_REMINDER_LETTER, new Decision("form.reminderLetter.title", "form.reminderLetter.explanation",
                    List.of("issue"), "facts"),
            TASK_ISSUE_OPINION_LETTER, new Decision("form.opinionLetter.title", "form.opinionLetter.explanation",
                    List.of("issue"), "facts"),
            TASK_COUNTERSIGN_OPINION_LETTER, new Decision("form.countersign.title", "form.countersign.explanation",
                    List.of("countersign"), null),
            TASK_ISSUE_RECOMMENDATION_LETTER, new Decision("form.recommendationLetter.title",
                    "form.recommendationLetter.explanation", List.of("issue"), "facts"));

    /** The decision forms by path, with the task kinds each serves. */
    private static final Map<String, List<String>> DECISION_PATHS = Map.of(
            "/forms/proposed-time", List.of(TASK_CONSIDER_PROPOSED_TIME),
            "/forms/review-refusal", List.of(TASK_REVIEW_REFUSAL),
            "/forms/unanswered-case", List.of(TASK_DECIDE_UNANSWERED_CASE),
            "/forms/bureau-action", List.of(TASK_RECORD_BUREAU_ACTION),
            "/forms/supervision-letter", List.of(TASK_ISSUE_REMINDER_LETTER, TASK_ISSUE_OPINION_LETTER,
                    TASK_COUNTERSIGN_OPINION_LETTER, TASK_ISSUE_RECOMMENDATION_LETTER));

    // --- offer -------------------------------------------------------------------------------------------

    @GetMapping("/forms/offer")
    String offer(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        CaseTask task = tasks.view(PROCESS_ID, taskId, user, TASK_DRAFT_OFFER);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", draftOf(task.bargainingCase().id()));
        }
        addCase(task, model);
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("addressee", offers.addresseeName(task.bargainingCase()));
        model.addAttribute("servedToday", offers.answerDeadlineIfServedToday(task.bargainingCase()));
        model.addAttribute("subjects", BargainingSubject.values());
        return "forms/offer";
    }

    @PostMapping("/forms/offer")
    String sendOffer(@RequestParam String taskId, @RequestParam(defaultValue = "send") String action,
                     @ModelAttribute("form") OfferForm form, BindingResult binding, @CurrentUser PortalUser user,
                     RedirectAttributes redirect) {
        if ("questionnaire".equals(action)) {
            return Flash.outcome(redirect, "notice.questionnaireOpened", () -> steps.askWorkersFirst(taskId, user))
                    .map(OfferForms::toCase).orElse(form("/forms/offer", taskId));
        }
        return Flash.form(redirect, "notice.offerSent", "form", form, binding, () -> steps.sendOffer(taskId, form, user))
                .map(OfferForms::toCase).orElse(form("/forms/offer", taskId));
    }

    /**
     * The letter as it would be served, in a new tab, before the union commits to it; a form that breaks a rule
     * comes back with its errors instead.
     */
    @PostMapping("/forms/offer/preview")
    ResponseEntity<byte[]> preview(@RequestParam String taskId, @ModelAttribute("form") OfferForm form, BindingResult binding,
                                   @CurrentUser PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        CaseTask task = tasks.view(PROCESS_ID, taskId, user, TASK_DRAFT_OFFER);
        try {
            if (binding.hasErrors()) {
                throw new BusinessRuleException(null, "input.rejected");
            }
            byte[] pdf = offers.previewLetter(task.bargainingCase(), form, user.userId());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("offer-letter-preview.pdf").build().toString())
                    .body(pdf);
        } catch (BusinessRuleException e) {
            String back = "/forms/offer?taskId=" + taskId;
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("errors", e.violations());
            flash.put("form", form);
            RequestContextUtils.saveOutputFlashMap(back, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(back)).build();
        }
    }

    private OfferForm draftOf(long caseId) {
        OfferForm form = new OfferForm();
        offers.offer(caseId).ifPresent(o -> {
            form.setContractType(o.contractType());
            form.setSubjects(o.subjects());
            form.setWageIncreasePercent(o.wageIncreasePercent());
            form.setLowestWage(o.lowestWage());
            form.setProposedAt(o.proposedAt());
            form.setProposedPlace(o.proposedPlace());
            form.setContactName(o.contactName());
            form.setContactPhone(o.contactPhone());
        });
        return form;
    }

    // --- questionnaire -----------------------------------------------------------------------------------

    @GetMapping("/forms/questionnaire")
    String closeQuestionnaireForm(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        CaseTask task = tasks.view(PROCESS_ID, taskId, user, TASK_CLOSE_QUESTIONNAIRE);
        addCase(task, model);
        model.addAttribute("tally", questionnaire.tally(task.bargainingCase(), user));
        return "forms/questionnaire";
    }

    @PostMapping("/forms/questionnaire")
    String closeQuestionnaire(@RequestParam String taskId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        return Flash.outcome(redirect, "notice.questionnaireClosed", () -> steps.closeQuestionnaire(taskId, user))
                .map(OfferForms::toCase).orElse(form("/forms/questionnaire", taskId));
    }

    @GetMapping("/cases/{id}/questionnaire")
    String questionnaireForm(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        BargainingCase c = cases.get(id, user);
        if (!questionnaire.canAnswer(c, user)) {
            throw new NotFoundException("questionnaire of " + id);
        }
        model.addAttribute("bargainingCase", c);
        model.addAttribute("subjects", BargainingSubject.values());
        return "forms/questionnaire-answer";
    }

    @PostMapping("/cases/{id}/questionnaire")
    String answerQuestionnaire(@PathVariable long id, @RequestParam(required = false) List<BargainingSubject> priorities,
                               @RequestParam(required = false) BigDecimal wageExpectation,
                               @RequestParam(required = false) String demand, @CurrentUser PortalUser user,
                               RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        if (Flash.attempt(redirect, "notice.questionnaireAnswered", () -> questionnaire.answer(c, user, priorities, wageExpectation, demand))) {
            return "redirect:/";
        }
        return "redirect:/cases/" + id + "/questionnaire";
    }

    // --- the employer's answer ---------------------------------------------------------------------------

    @GetMapping("/forms/answer-offer")
    String answerForm(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        CaseTask task = tasks.view(PROCESS_ID, taskId, user, TASK_ANSWER_OFFER, TASK_RECONSIDER_REFUSAL);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AnswerForm());
        }
        addCase(task, model);
        model.addAttribute("kinds", AnswerKind.values());
        model.addAttribute("offeror", offers.offerorName(task.bargainingCase()));
        return "forms/answer-offer";
    }

    @PostMapping("/forms/answer-offer")
    String answer(@RequestParam String taskId, @ModelAttribute("form") AnswerForm form, BindingResult binding,
                  @CurrentUser PortalUser user, RedirectAttributes redirect) {
        return Flash.form(redirect, "notice.offerAnswered", "form", form, binding, () -> steps.answerOffer(taskId, form, user))
                .map(OfferForms::toCase).orElse(form("/forms/answer-offer", taskId));
    }

    // --- decisions and letters ---------------------------------------------------------------------------

    @GetMapping({"/forms/proposed-time", "/forms/review-refusal", "/forms/unanswered-case",
            "/forms/bureau-action", "/forms/supervision-letter"})
    String decisionForm(@RequestParam String taskId, @CurrentUser PortalUser user,
                        jakarta.servlet.http.HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        CaseTask task = tasks.view(PROCESS_ID, taskId, user, DECISION_PATHS.get(path).toArray(String[]::new));
        addCase(task, model);
        model.addAttribute("formAction", path);
        Decision decision = DECISIONS.get(task.key());
        model.addAttribute("decision", task.bargainingCase().offeredByEmployer() ? decision.forEmployerOffer() : decision);
        model.addAttribute("answers", offers.answers(task.bargainingCase().id()));
        model.addAttribute("letters", letters.letters(task.bargainingCase().id()));
        return "forms/decision";
    }

    @PostMapping("/forms/proposed-time")
    String proposedTime(@RequestParam String taskId, @RequestParam String option, @CurrentUser PortalUser user,
                        RedirectAttributes redirect) {
        boolean accept = choice(option, "accept", "contest");
        return decided("/forms/proposed-time", taskId, redirect, accept ? "notice.proposedTimeAccepted" : "notice.proposedTimeContested",
                () -> steps.considerProposedTime(taskId, accept, user));
    }

    @PostMapping("/forms/review-refusal")
    String reviewRefusal(@RequestParam String taskId, @RequestParam String option, @CurrentUser PortalUser user,
                         RedirectAttributes redirect) {
        boolean contest = choice(option, "contest", "acceptRefusal");
        return decided("/forms/review-refusal", taskId, redirect, contest ? "notice.refusalContested" : "notice.refusalAccepted",
                () -> steps.reviewRefusal(taskId, contest, user));
    }

    @PostMapping("/forms/unanswered-case")
    String unanswered(@RequestParam String taskId, @RequestParam String option, @CurrentUser PortalUser user,
                      RedirectAttributes redirect) {
        boolean keepWaiting = choice(option, "keepWaiting", "close");
        return decided("/forms/unanswered-case", taskId, redirect, keepWaiting ? "notice.keepWaiting" : "notice.caseClosed",
                () -> steps.decideUnanswered(taskId, keepWaiting, user));
    }

    @PostMapping("/forms/bureau-action")
    String bureauAction(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String text,
                        @CurrentUser PortalUser user, RedirectAttributes redirect) {
        choice(option, "record", "record");
        redirect.addFlashAttribute("text", text);
        return decided("/forms/bureau-action", taskId, redirect, "notice.bureauActionRecorded",
                () -> steps.recordBureauAction(taskId, text, user));
    }

    @PostMapping("/forms/supervision-letter")
    String letter(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String text,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
                  @CurrentUser PortalUser user, RedirectAttributes redirect) {
        boolean countersign = choice(option, "countersign", "issue");
        redirect.addFlashAttribute("text", text);
        return decided("/forms/supervision-letter", taskId, redirect, countersign ? "notice.letterCountersigned" : "notice.letterDrafted",
                () -> countersign ? steps.countersignOpinionLetter(taskId, user) : steps.draftLetter(taskId, text, servedOn, user));
    }

    private String decided(String path, String taskId, RedirectAttributes redirect, String notice,
                           java.util.function.Supplier<Long> step) {
        var done = Flash.outcome(redirect, notice, step);
        if (done.isPresent()) {
            // The text travels back only to a refused form.
            redirect.getFlashAttributes().remove("text");
        }
        return done.map(OfferForms::toCase).orElse(form(path, taskId));
    }

    /** The option posted: one of the two this form offers, else not found. */
    private static boolean choice(String option, String yes, String no) {
        if (!yes.equals(option) && !no.equals(option)) {
            throw new NotFoundException("option " + option);
        }
        return yes.equals(option);
    }

    // --- shared ------------------------------------------------------------------------------------------

    private void addCase(CaseTask task, Model model) {
        model.addAttribute("task", task.task());
        model.addAttribute("bargainingCase", task.bargainingCase());
        model.addAttribute("offer", offers.offer(task.bargainingCase().id()).orElse(null));
        model.addAttribute("answerDeadline", offers.answerDeadline(task.bargainingCase()).orElse(null));
    }

    private static String toCase(long caseId) {
        return "redirect:/cases/" + caseId;
    }

    private static String form(String path, String taskId) {
        return "redirect:" + path + "?taskId=" + taskId;
    }
}
