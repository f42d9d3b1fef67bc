package org.xieshang.offer;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.CaseVariables;

/** The service steps of the offer stage of collective-bargaining.bpmn, one small bean each. */
final class OfferDelegates {

    private OfferDelegates() {
    }

    static final String SYSTEM = "system";

    static BargainingCase caseOf(DelegateExecution execution, BargainingCases cases) {
        return cases.findByNo(CaseVariables.CASE_ID.from(execution)).orElseThrow();
    }

    @Component("summariseQuestionnaireDelegate")
    static class SummariseQuestionnaire implements JavaDelegate {
        private final BargainingCases cases;
        private final Questionnaire questionnaire;

        SummariseQuestionnaire(BargainingCases cases, Questionnaire questionnaire) {
            this.cases = cases;
            this.questionnaire = questionnaire;
        }

        @Override
        public void execute(DelegateExecution execution) {
            questionnaire.summarise(caseOf(execution, cases).id(), SYSTEM);
        }
    }

    @Component("sendOfferDelegate")
    static class SendOffer implements JavaDelegate {
        private final BargainingCases cases;
        private final OfferService offers;
        private final DeadlineService deadlines;

        SendOffer(BargainingCases cases, OfferService offers, DeadlineService deadlines) {
            this.cases = cases;
            this.offers = offers;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = caseOf(execution, cases);
            var received = offers.send(c.id());
            CollectiveBargaining.OFFER_RECEIVED_ON.set(execution,
                    Date.from(received.atStartOfDay(deadlines.zone()).toInstant()));
        }
    }

    @Component("remindEmployerDelegate")
    static class RemindEmployer implements JavaDelegate {
        private final BargainingCases cases;
        private final OfferService offers;

        RemindEmployer(BargainingCases cases, OfferService offers) {
            this.cases = cases;
            this.offers = offers;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = caseOf(execution, cases);
            cases.record(c.id(), "ANSWER_REMINDER", SYSTEM, c.employerGroup(), OfferService.RESPONSE_CLOCK,
                    offers.offer(c.id()).orElseThrow().answerDueOn(), null);
        }
    }

    @Component("issueReminderLetterDelegate")
    static class IssueReminderLetter implements JavaDelegate {
        private final BargainingCases cases;
        private final SupervisionLetters letters;
        private final DeadlineService deadlines;

        IssueReminderLetter(BargainingCases cases, SupervisionLetters letters, DeadlineService deadlines) {
            this.cases = cases;
            this.letters = letters;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution execution) {
            var issued = letters.issue(caseOf(execution, cases).id(), SupervisionLetters.Kind.REMINDER_LETTER);
            CollectiveBargaining.REMINDER_LETTER_ISSUED_ON.set(execution,
                    Date.from(issued.atStartOfDay(deadlines.zone()).toInstant()));
        }
    }

    @Component("issueOpinionLetterDelegate")
    static class IssueOpinionLetter implements JavaDelegate {
        private final BargainingCases cases;
        private final SupervisionLetters letters;
        private final DeadlineService deadlines;

        IssueOpinionLetter(BargainingCases cases, SupervisionLetters letters, DeadlineService deadlines) {
            this.cases = cases;
            this.letters = letters;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution execution) {
            var issued = letters.issue(caseOf(execution, cases).id(), SupervisionLetters.Kind.OPINION_LETTER);
            CollectiveBargaining.OPINION_LETTER_ISSUED_ON.set(execution,
                    Date.from(issued.atStartOfDay(deadlines.zone()).toInstant()));
        }
    }

    @Component("issueRecommendationLetterDelegate")
    static class IssueRecommendationLetter implements JavaDelegate {
        private final BargainingCases cases;
        private final SupervisionLetters letters;

        IssueRecommendationLetter(BargainingCases cases, SupervisionLetters letters) {
            this.cases = cases;
            this.letters = letters;
        }

        @Override
        public void execute(DelegateExecution execution) {
            letters.issue(caseOf(execution, cases).id(), SupervisionLetters.Kind.RECOMMENDATION_LETTER);
        }
    }

    @Component("openPreparationDelegate")
    static class OpenPreparation implements JavaDelegate {
        private final BargainingCases cases;

        OpenPreparation(BargainingCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = caseOf(execution, cases);
            cases.moveTo(c.id(), CaseStage.PREPARATION, null);
            cases.record(c.id(), "PREPARATION_OPENED", SYSTEM, null, null, null, null);
        }
    }

    @Component("closeRefusedCaseDelegate")
    static class CloseRefusedCase implements JavaDelegate {
        private final BargainingCases cases;

        CloseRefusedCase(BargainingCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = caseOf(execution, cases);
            cases.moveTo(c.id(), CaseStage.REFUSED, c.ladderStep());
            cases.record(c.id(), "CASE_CLOSED_REFUSED", SYSTEM, c.unionGroup(), null, null, null);
        }
    }
}
