package org.xieshang.offer;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.monitoring.Tallies;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.ProcessVariable;

/** The service steps of the offer stage of collective-bargaining.bpmn, one small bean each. */
final class OfferDelegates {

    private OfferDelegates() {
    }

    static final String SYSTEM = "system";


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
            questionnaire.summarise(cases.of(execution).id(), SYSTEM);
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
            BargainingCase c = cases.of(execution);
            var received = offers.send(c.id());
            CollectiveBargaining.OFFER_RECEIVED_ON.set(execution, deadlines.startOf(received));
        }
    }

    /** The response letter of the answer just given; nothing when the union stopped waiting for one. */
    @Component("issueResponseLetterDelegate")
    static class IssueResponseLetter implements JavaDelegate {
        private final BargainingCases cases;
        private final OfferService offers;

        IssueResponseLetter(BargainingCases cases, OfferService offers) {
            this.cases = cases;
            this.offers = offers;
        }

        @Override
        public void execute(DelegateExecution execution) {
            if (!OfferService.UNRESOLVED.equals(CollectiveBargaining.ANSWER.from(execution))) {
                offers.issueResponseLetter(cases.of(execution).id());
            }
        }
    }

    /** Reminds whichever side must answer: the employer, or the union when the employer sent the offer. */
    @Component("remindAnsweringSideDelegate")
    static class RemindAnsweringSide implements JavaDelegate {
        private final BargainingCases cases;
        private final OfferService offers;
        private final DeadlineService deadlines;

        RemindAnsweringSide(BargainingCases cases, OfferService offers, DeadlineService deadlines) {
            this.cases = cases;
            this.offers = offers;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = cases.of(execution);
            LocalDate due = offers.offer(c.id()).orElseThrow().answerDueOn();
            // A reminder that comes due only after the deadline (an offer recorded late) would remind of nothing.
            if (!deadlines.today().isAfter(due)) {
                cases.record(c.id(), CaseEventKind.ANSWER_REMINDER, SYSTEM, c.answeringGroup(), OfferService.RESPONSE_CLOCK, due, null);
            }
        }
    }

    /**
     * An employer's offer unanswered when the clock ran out, or its refusal contested: no supervision ladder (that is
     * the union's tool), but the upper-level union and the bureau are told, and so is the employer.
     */
    @Component("reportUnansweredOfferDelegate")
    static class ReportUnansweredOffer implements JavaDelegate {
        private final BargainingCases cases;
        private final OfferService offers;

        ReportUnansweredOffer(BargainingCases cases, OfferService offers) {
            this.cases = cases;
            this.offers = offers;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = cases.of(execution);
            LocalDate due = offers.offer(c.id()).orElseThrow().answerDueOn();
            for (String party : List.of(PartyDirectory.upperUnionOf(c.districtId()), PartyDirectory.labourBureauOf(c.districtId()),
                    c.offeringGroup())) {
                cases.record(c.id(), CaseEventKind.OFFER_UNANSWERED_REPORTED, SYSTEM, party, OfferService.RESPONSE_CLOCK, due, null);
            }
        }
    }

    /** The 20 days to answer ran out, whichever side offered (the ladder or the report follows): a missed clock. */
    @Component("responseOverdueListener")
    static class ResponseOverdue implements ExecutionListener {
        private final BargainingCases cases;
        private final OfferService offers;
        private final Tallies tallies;

        ResponseOverdue(BargainingCases cases, OfferService offers, Tallies tallies) {
            this.cases = cases;
            this.offers = offers;
            this.tallies = tallies;
        }

        @Override
        public void notify(DelegateExecution execution) {
            long caseId = cases.of(execution).id();
            tallies.clockMissed(caseId, null, OfferService.RESPONSE_CLOCK, offers.offer(caseId).orElseThrow().answerDueOn());
        }
    }

    /** A supervision letter's reply clock ran out unanswered (the ladder's next rung follows): a missed clock. */
    abstract static class LetterIgnored implements ExecutionListener {
        private final BargainingCases cases;
        private final Tallies tallies;
        private final SupervisionLetters.Kind letter;

        LetterIgnored(BargainingCases cases, Tallies tallies, SupervisionLetters.Kind letter) {
            this.cases = cases;
            this.tallies = tallies;
            this.letter = letter;
        }

        @Override
        public void notify(DelegateExecution execution) {
            tallies.clockMissed(cases.of(execution).id(), null, letter.replyClock, null);
        }
    }

    @Component("reminderLetterIgnoredListener")
    static class ReminderLetterIgnored extends LetterIgnored {
        ReminderLetterIgnored(BargainingCases cases, Tallies tallies) {
            super(cases, tallies, SupervisionLetters.Kind.REMINDER_LETTER);
        }
    }

    @Component("opinionLetterIgnoredListener")
    static class OpinionLetterIgnored extends LetterIgnored {
        OpinionLetterIgnored(BargainingCases cases, Tallies tallies) {
            super(cases, tallies, SupervisionLetters.Kind.OPINION_LETTER);
        }
    }

    /** Issues the drafted letter; the issue date starts its reply clock, which the model's timer reads. */
    abstract static class IssueLetter implements JavaDelegate {
        private final BargainingCases cases;
        private final SupervisionLetters letters;
        private final DeadlineService deadlines;
        private final SupervisionLetters.Kind kind;
        private final ProcessVariable<Date> issuedOn;

        IssueLetter(BargainingCases cases, SupervisionLetters letters, DeadlineService deadlines,
                    SupervisionLetters.Kind kind, ProcessVariable<Date> issuedOn) {
            this.cases = cases;
            this.letters = letters;
            this.deadlines = deadlines;
            this.kind = kind;
            this.issuedOn = issuedOn;
        }

        @Override
        public void execute(DelegateExecution execution) {
            var issued = letters.issue(cases.of(execution).id(), kind);
            if (issuedOn != null) {
                issuedOn.set(execution, deadlines.startOf(issued));
            }
        }
    }

    @Component("issueReminderLetterDelegate")
    static class IssueReminderLetter extends IssueLetter {
        IssueReminderLetter(BargainingCases cases, SupervisionLetters letters, DeadlineService deadlines) {
            super(cases, letters, deadlines, SupervisionLetters.Kind.REMINDER_LETTER,
                    CollectiveBargaining.REMINDER_LETTER_ISSUED_ON);
        }
    }

    @Component("issueOpinionLetterDelegate")
    static class IssueOpinionLetter extends IssueLetter {
        IssueOpinionLetter(BargainingCases cases, SupervisionLetters letters, DeadlineService deadlines) {
            super(cases, letters, deadlines, SupervisionLetters.Kind.OPINION_LETTER,
                    CollectiveBargaining.OPINION_LETTER_ISSUED_ON);
        }
    }

    /** The recommendation letter has no reply clock: the labour bureau's task follows it. */
    @Component("issueRecommendationLetterDelegate")
    static class IssueRecommendationLetter extends IssueLetter {
        IssueRecommendationLetter(BargainingCases cases, SupervisionLetters letters, DeadlineService deadlines) {
            super(cases, letters, deadlines, SupervisionLetters.Kind.RECOMMENDATION_LETTER, null);
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
            BargainingCase c = cases.of(execution);
            cases.moveTo(c.id(), CaseStage.PREPARATION, null);
            cases.record(c.id(), CaseEventKind.PREPARATION_OPENED, SYSTEM, null, null, null, null);
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
            BargainingCase c = cases.of(execution);
            cases.moveTo(c.id(), CaseStage.REFUSED, c.ladderStep());
            cases.record(c.id(), CaseEventKind.CASE_CLOSED_REFUSED, SYSTEM, c.offeringGroup(), null, null, null);
        }
    }
}
