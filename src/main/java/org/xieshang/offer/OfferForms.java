package org.xieshang.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.task.Task;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * The portal forms of the offer stage, at the paths the BPMN formKeys name. Each GET shows the task's case;
 * each POST validates on the server, saves, and completes the task through the process facade.
 */
@Controller
class OfferForms {

    private final CollectiveBargainingProcess process;
    private final BargainingCases cases;
    private final OfferService offers;
    private final SupervisionLetters letters;
    private final Questionnaire questionnaire;

    OfferForms(CollectiveBargainingProcess process, BargainingCases cases, OfferService offers,
               SupervisionLetters letters, Questionnaire questionnaire) {
        this.process = process;
        this.cases = cases;
        this.offers = offers;
        this.letters = letters;
        this.questionnaire = questionnaire;
    }

    /** A decision form: which options it offers and whether it asks for a text. */
    private record Decision(String title, String explanation, List<String> options, String textField) {
    }

    private static final Map<String, Decision> DECISIONS = Map.of(
            CollectiveBargaining.TASK_CONSIDER_PROPOSED_TIME, new Decision("form.proposedTime.title",
                    "form.proposedTime.explanation", List.of("accept", "contest"), null),
            CollectiveBargaining.TASK_REVIEW_REFUSAL, new Decision("form.reviewRefusal.title",
                    "form.reviewRefusal.explanation", List.of("contest", "acceptRefusal"), null),
            CollectiveBargaining.TASK_DECIDE_UNANSWERED_CASE, new Decision("form.unanswered.title",
                    "form.unanswered.explanation", List.of("keepWaiting", "close"), null),
            CollectiveBargaining.TASK_RECORD_BUREAU_ACTION, new Decision("form.bureauAction.title",
                    "form.bureauAction.explanation", List.of("record"), "action"),
            CollectiveBargaining.TASK_ISSUE_REMINDER_LETTER, new Decision("form.reminderLetter.title",
                    "form.reminderLetter.explanation", List.of("issue"), "facts"),
            CollectiveBargaining.TASK_ISSUE_OPINION_LETTER, new Decision("form.opinionLetter.title",
                    "form.opinionLetter.explanation", List.of("issue"), "facts"),
            CollectiveBargaining.TASK_COUNTERSIGN_OPINION_LETTER, new Decision("form.countersign.title",
                    "form.countersign.explanation", List.of("countersign"), null),
            CollectiveBargaining.TASK_ISSUE_RECOMMENDATION_LETTER, new Decision("form.recommendationLetter.title",
                    "form.recommendationLetter.explanation", List.of("issue"), "facts"));

    // --- offer -------------------------------------------------------------------------------------------

    @GetMapping("/forms/offer")
    String offer(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Context ctx = context(taskId, user, CollectiveBargaining.TASK_DRAFT_OFFER);
        OfferForm form = new OfferForm();
        offers.offer(ctx.bargainingCase.id()).ifPresent(o -> {
            form.setContractType(o.contractType());
            form.setSubjects(o.subjects());
            form.setWageIncreasePercent(o.wageIncreasePercent());
            form.setLowestWage(o.lowestWage());
            form.setProposedAt(o.proposedAt());
            form.setProposedPlace(o.proposedPlace());
            form.setContactName(o.contactName());
            form.setContactPhone(o.contactPhone());
        });
        return showOffer(ctx, form, model);
    }

    @PostMapping("/forms/offer")
    String sendOffer(@RequestParam String taskId, @RequestParam(defaultValue = "send") String action,
                     @ModelAttribute("form") OfferForm form, BindingResult binding, @CurrentUser PortalUser user,
                     Model model) {
        Context ctx = context(taskId, user, CollectiveBargaining.TASK_DRAFT_OFFER);
        if ("questionnaire".equals(action)) {
            cases.moveTo(ctx.bargainingCase.id(), CaseStage.QUESTIONNAIRE, null);
            process.draftOffer(ctx.task, user, true);
            return "redirect:/cases/" + ctx.bargainingCase.id();
        }
        if (binding.hasErrors()) {
            return showOffer(ctx, form, model);
        }
        try {
            offers.saveOffer(ctx.bargainingCase.id(), form, user.userId());
        } catch (BusinessRuleException e) {
            reject(binding, e);
            return showOffer(ctx, form, model);
        }
        process.draftOffer(ctx.task, user, false);
        return "redirect:/cases/" + ctx.bargainingCase.id() + "?sent";
    }

    private String showOffer(Context ctx, OfferForm form, Model model) {
        ctx.addTo(model);
        model.addAttribute("form", form);
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("subjects", BargainingSubject.values());
        return "forms/offer";
    }

    // --- questionnaire -----------------------------------------------------------------------------------

    @GetMapping("/forms/questionnaire")
    String closeQuestionnaireForm(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Context ctx = context(taskId, user, CollectiveBargaining.TASK_CLOSE_QUESTIONNAIRE);
        ctx.addTo(model);
        model.addAttribute("tally", questionnaire.tally(ctx.bargainingCase, user));
        return "forms/questionnaire";
    }

    @PostMapping("/forms/questionnaire")
    String closeQuestionnaire(@RequestParam String taskId, @CurrentUser PortalUser user) {
        Context ctx = context(taskId, user, CollectiveBargaining.TASK_CLOSE_QUESTIONNAIRE);
        process.complete(ctx.task, user);
        return "redirect:/cases/" + ctx.bargainingCase.id();
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
                               @RequestParam(required = false) String demand, @CurrentUser PortalUser user, Model model) {
        BargainingCase c = cases.get(id, user);
        try {
            questionnaire.answer(c, user, priorities, wageExpectation, demand);
        } catch (BusinessRuleException e) {
            model.addAttribute("bargainingCase", c);
            model.addAttribute("subjects", BargainingSubject.values());
            model.addAttribute("errors", e.violations());
            return "forms/questionnaire-answer";
        }
        return "redirect:/?answered";
    }

    // --- the employer's answer ---------------------------------------------------------------------------

    @GetMapping("/forms/answer-offer")
    String answerForm(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Context ctx = context(taskId, user, CollectiveBargaining.TASK_ANSWER_OFFER, CollectiveBargaining.TASK_RECONSIDER_REFUSAL);
        return showAnswer(ctx, new AnswerForm(), model);
    }

    @PostMapping("/forms/answer-offer")
    String answer(@RequestParam String taskId, @ModelAttribute("form") AnswerForm form, BindingResult binding,
                  @CurrentUser PortalUser user, Model model) {
        Context ctx = context(taskId, user, CollectiveBargaining.TASK_ANSWER_OFFER, CollectiveBargaining.TASK_RECONSIDER_REFUSAL);
        if (binding.hasErrors()) {
            return showAnswer(ctx, form, model);
        }
        try {
            offers.answer(ctx.bargainingCase.id(), form, user);
        } catch (BusinessRuleException e) {
            reject(binding, e);
            return showAnswer(ctx, form, model);
        }
        process.answer(ctx.task, user, form.getKind().name());
        return "redirect:/cases/" + ctx.bargainingCase.id() + "?answered";
    }

    private String showAnswer(Context ctx, AnswerForm form, Model model) {
        ctx.addTo(model);
        model.addAttribute("form", form);
        model.addAttribute("kinds", AnswerKind.values());
        return "forms/answer-offer";
    }

    // --- decisions and letters ---------------------------------------------------------------------------

    @GetMapping({"/forms/proposed-time", "/forms/review-refusal", "/forms/unanswered-case",
            "/forms/bureau-action", "/forms/supervision-letter"})
    String decisionForm(@RequestParam String taskId, @CurrentUser PortalUser user, HttpServletRequest request,
                        Model model) {
        Context ctx = context(taskId, user, DECISIONS.keySet().toArray(String[]::new));
        return showDecision(ctx, null, request, model);
    }

    @PostMapping({"/forms/proposed-time", "/forms/review-refusal", "/forms/unanswered-case",
            "/forms/bureau-action", "/forms/supervision-letter"})
    String decide(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String text,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
                  @CurrentUser PortalUser user, HttpServletRequest request, Model model) {
        Context ctx = context(taskId, user, DECISIONS.keySet().toArray(String[]::new));
        if (!DECISIONS.get(ctx.task.getTaskDefinitionKey()).options().contains(option)) {
            throw new NotFoundException("option " + option);
        }
        long caseId = ctx.bargainingCase.id();
        try {
            switch (ctx.task.getTaskDefinitionKey()) {
                case CollectiveBargaining.TASK_CONSIDER_PROPOSED_TIME -> process.considerProposedTime(ctx.task, user, "accept".equals(option));
                case CollectiveBargaining.TASK_REVIEW_REFUSAL -> process.reviewRefusal(ctx.task, user, "contest".equals(option));
                case CollectiveBargaining.TASK_DECIDE_UNANSWERED_CASE -> process.decideUnanswered(ctx.task, user, "keepWaiting".equals(option));
                case CollectiveBargaining.TASK_RECORD_BUREAU_ACTION -> {
                    letters.recordBureauAction(caseId, text, user.userId());
                    process.complete(ctx.task, user);
                }
                case CollectiveBargaining.TASK_ISSUE_REMINDER_LETTER -> draftAndComplete(ctx, SupervisionLetters.Kind.REMINDER_LETTER, text, servedOn, user);
                case CollectiveBargaining.TASK_ISSUE_OPINION_LETTER -> draftAndComplete(ctx, SupervisionLetters.Kind.OPINION_LETTER, text, servedOn, user);
                case CollectiveBargaining.TASK_ISSUE_RECOMMENDATION_LETTER -> draftAndComplete(ctx, SupervisionLetters.Kind.RECOMMENDATION_LETTER, text, servedOn, user);
                case CollectiveBargaining.TASK_COUNTERSIGN_OPINION_LETTER -> {
                    letters.countersign(caseId, SupervisionLetters.Kind.OPINION_LETTER, user.userId());
                    process.complete(ctx.task, user);
                }
                default -> throw new NotFoundException("decision " + ctx.task.getTaskDefinitionKey());
            }
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return showDecision(ctx, text, request, model);
        }
        return "redirect:/cases/" + caseId;
    }

    private void draftAndComplete(Context ctx, SupervisionLetters.Kind kind, String facts, LocalDate servedOn,
                                  PortalUser user) {
        letters.draft(ctx.bargainingCase.id(), kind, facts, user.userId(), servedOn);
        process.complete(ctx.task, user);
    }

    private String showDecision(Context ctx, String text, HttpServletRequest request, Model model) {
        ctx.addTo(model);
        model.addAttribute("formAction", request.getServletPath());
        model.addAttribute("decision", DECISIONS.get(ctx.task.getTaskDefinitionKey()));
        model.addAttribute("text", text);
        model.addAttribute("answers", offers.answers(ctx.bargainingCase.id()));
        model.addAttribute("letters", letters.letters(ctx.bargainingCase.id()));
        return "forms/decision";
    }

    // --- shared ------------------------------------------------------------------------------------------

    private record Context(Task task, BargainingCase bargainingCase, OfferService.Offer offer) {
        void addTo(Model model) {
            model.addAttribute("task", task);
            model.addAttribute("bargainingCase", bargainingCase);
            model.addAttribute("offer", offer);
        }
    }

    /** The task if it is one of the expected kinds and the user may work on it; otherwise not found. */
    private Context context(String taskId, PortalUser user, String... expectedKeys) {
        Task task = process.task(taskId, user);
        if (!List.of(expectedKeys).contains(task.getTaskDefinitionKey())) {
            throw new NotFoundException("task " + taskId + " is not " + List.of(expectedKeys));
        }
        BargainingCase c = cases.findByNo(process.caseNoOf(task)).orElseThrow();
        return new Context(task, c, offers.offer(c.id()).orElse(null));
    }

    private static void reject(BindingResult binding, BusinessRuleException e) {
        e.violations().forEach(v -> {
            if (v.field() == null) {
                binding.reject(v.messageKey(), v.arguments(), v.messageKey());
            } else {
                binding.rejectValue(v.field(), v.messageKey(), v.arguments(), v.messageKey());
            }
        });
    }
}
