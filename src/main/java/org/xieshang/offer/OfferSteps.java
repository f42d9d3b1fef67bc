package org.xieshang.offer;

import static org.xieshang.bargaining.CollectiveBargaining.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CaseTask;
import org.xieshang.bargaining.CaseTasks;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;

/**
 * The user steps of the offer stage, one method each, every one a single transaction: the task is checked and the
 * case locked (CaseTasks), the input validated, our tables written and the task completed. The letters follow as
 * the process's asynchronous steps, so a failed PDF is retried and never loses what the user entered. Each step
 * answers the case it worked on, for the page to go back to.
 */
@Service
public class OfferSteps {

    private final CaseTasks tasks;
    private final BargainingCases cases;
    private final OfferService offers;
    private final SupervisionLetters letters;

    OfferSteps(CaseTasks tasks, BargainingCases cases, OfferService offers, SupervisionLetters letters) {
        this.tasks = tasks;
        this.cases = cases;
        this.offers = offers;
        this.letters = letters;
    }

    /** The offering side sends its offer: saved as typed, then generated and delivered by Service_SendOffer. */
    @Transactional
    public long sendOffer(String taskId, OfferForm form, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_DRAFT_OFFER);
        offers.saveOffer(step.bargainingCase().id(), form, user.userId());
        tasks.complete(step, user, QUESTIONNAIRE_REQUESTED.put(new HashMap<>(), false));
        return step.bargainingCase().id();
    }

    /** The union asks the workers first (一卷): the questionnaire opens until the union closes it. */
    @Transactional
    public long askWorkersFirst(String taskId, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_DRAFT_OFFER);
        if (step.bargainingCase().offeredByEmployer()) {
            throw new BusinessRuleException(null, "offer.questionnaire.unionOnly");
        }
        cases.moveTo(step.bargainingCase().id(), CaseStage.QUESTIONNAIRE, null);
        tasks.complete(step, user, QUESTIONNAIRE_REQUESTED.put(new HashMap<>(), true));
        return step.bargainingCase().id();
    }

    @Transactional
    public long closeQuestionnaire(String taskId, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_CLOSE_QUESTIONNAIRE);
        tasks.complete(step, user);
        return step.bargainingCase().id();
    }

    /** The answering side's written answer, first or after a contested refusal; its letter follows (Service_IssueResponseLetter). */
    @Transactional
    public long answerOffer(String taskId, AnswerForm form, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_ANSWER_OFFER, TASK_RECONSIDER_REFUSAL);
        offers.recordAnswer(step.bargainingCase(), form, user.userId());
        Map<String, Object> variables = ANSWER.put(new HashMap<>(), form.getKind().name());
        tasks.complete(step, user, REFUSAL_CONTESTED.put(variables, false));
        return step.bargainingCase().id();
    }

    /** Another time proposed by the employer: accepted, or contested like a refusal (the ladder runs). */
    @Transactional
    public long considerProposedTime(String taskId, boolean accept, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_CONSIDER_PROPOSED_TIME);
        Map<String, Object> variables = PROPOSED_TIME_ACCEPTED.put(new HashMap<>(), accept);
        tasks.complete(step, user, REFUSAL_CONTESTED.put(variables, !accept));
        return step.bargainingCase().id();
    }

    @Transactional
    public long reviewRefusal(String taskId, boolean contest, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_REVIEW_REFUSAL);
        tasks.complete(step, user, REFUSAL_CONTESTED.put(new HashMap<>(), contest));
        return step.bargainingCase().id();
    }

    /** After the ladder the union keeps waiting for an answer, or closes the case as refused. */
    @Transactional
    public long decideUnanswered(String taskId, boolean keepWaiting, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_DECIDE_UNANSWERED_CASE);
        Map<String, Object> variables = KEEP_WAITING.put(new HashMap<>(), keepWaiting);
        if (!keepWaiting) {
            ANSWER.put(variables, OfferService.UNRESOLVED);
        }
        tasks.complete(step, user, variables);
        return step.bargainingCase().id();
    }

    /**
     * The facts of a supervision letter (reminder, opinion or recommendation, by the task); {@code servedOn} is a
     * paper service's date. The letter is issued by the step that follows.
     */
    @Transactional
    public long draftLetter(String taskId, String facts, LocalDate servedOn, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_ISSUE_REMINDER_LETTER, TASK_ISSUE_OPINION_LETTER, TASK_ISSUE_RECOMMENDATION_LETTER);
        SupervisionLetters.Kind kind = switch (step.key()) {
            case TASK_ISSUE_REMINDER_LETTER -> SupervisionLetters.Kind.REMINDER_LETTER;
            case TASK_ISSUE_OPINION_LETTER -> SupervisionLetters.Kind.OPINION_LETTER;
            default -> SupervisionLetters.Kind.RECOMMENDATION_LETTER;
        };
        letters.draft(step.bargainingCase().id(), kind, facts, user.userId(), servedOn);
        tasks.complete(step, user);
        return step.bargainingCase().id();
    }

    /** The upper-level union countersigns the opinion letter before it is issued. */
    @Transactional
    public long countersignOpinionLetter(String taskId, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_COUNTERSIGN_OPINION_LETTER);
        letters.countersign(step.bargainingCase().id(), SupervisionLetters.Kind.OPINION_LETTER, user.userId());
        tasks.complete(step, user);
        return step.bargainingCase().id();
    }

    @Transactional
    public long recordBureauAction(String taskId, String action, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_RECORD_BUREAU_ACTION);
        letters.recordBureauAction(step.bargainingCase(), action, user.userId());
        tasks.complete(step, user);
        return step.bargainingCase().id();
    }

    private CaseTask begin(String taskId, PortalUser user, String... taskKeys) {
        return tasks.begin(PROCESS_ID, taskId, user, taskKeys);
    }
}
