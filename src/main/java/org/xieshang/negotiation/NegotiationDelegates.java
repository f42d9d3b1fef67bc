package org.xieshang.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.system.CaseVariables;

/** The negotiation steps of collective-bargaining.bpmn, one small bean each. */
final class NegotiationDelegates {

    private NegotiationDelegates() {
    }


    @Component("openAgendaListener")
    static class OpenAgenda implements ExecutionListener {
        private final BargainingCases cases;
        private final Preparation preparation;

        OpenAgenda(BargainingCases cases, Preparation preparation) {
            this.cases = cases;
            this.preparation = preparation;
        }

        @Override
        public void notify(DelegateExecution execution) {
            preparation.openAgenda(cases.of(execution));
        }
    }

    /** Both delegations are lawful and named: their list with the authorisations goes to both sides. */
    @Component("issueDelegationListDelegate")
    static class IssueDelegationList implements JavaDelegate {
        private final BargainingCases cases;
        private final NegotiationDocuments documents;

        IssueDelegationList(BargainingCases cases, NegotiationDocuments documents) {
            this.cases = cases;
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            documents.delegationList(cases.of(execution));
        }
    }

    @Component("issueMeetingNoticeDelegate")
    static class IssueMeetingNotice implements JavaDelegate {
        private final BargainingCases cases;
        private final NegotiationDocuments documents;

        IssueMeetingNotice(BargainingCases cases, NegotiationDocuments documents) {
            this.cases = cases;
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = cases.of(execution);
            cases.moveTo(c.id(), CaseStage.ROUNDS, null);
            documents.meetingNotice(c, CollectiveBargaining.ROUND_ID.from(execution));
        }
    }

    @Component("issueMinutesDelegate")
    static class IssueMinutes implements JavaDelegate {
        private final BargainingCases cases;
        private final NegotiationDocuments documents;

        IssueMinutes(BargainingCases cases, NegotiationDocuments documents) {
            this.cases = cases;
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = cases.of(execution);
            documents.minutes(c, CollectiveBargaining.ROUND_ID.from(execution));
            if (Rounds.Outcome.COORDINATION.name().equals(CollectiveBargaining.ROUND_OUTCOME.from(execution))) {
                cases.moveTo(c.id(), CaseStage.DISPUTE, null);
            }
        }
    }

    @Component("assembleDraftDelegate")
    static class AssembleDraft implements JavaDelegate {
        private final BargainingCases cases;
        private final NegotiationDocuments documents;

        AssembleDraft(BargainingCases cases, NegotiationDocuments documents) {
            this.cases = cases;
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = cases.of(execution);
            CaseVariables.DRAFT_DOCUMENT_ID.set(execution, documents.contractDraft(c).id());
        }
    }

    /** The vote (or the session's cancellation) goes on record and the agreed items are open again for new rounds. */
    @Component("recordCongressRejectionDelegate")
    static class RecordCongressRejection implements JavaDelegate {
        private final BargainingCases cases;
        private final Preparation preparation;

        RecordCongressRejection(BargainingCases cases, Preparation preparation) {
            this.cases = cases;
            this.preparation = preparation;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = cases.of(execution);
            cases.moveTo(c.id(), CaseStage.ROUNDS, null);
            cases.record(c.id(), CaseEventKind.CONGRESS_REJECTED, NegotiationDocuments.SYSTEM, null, null, null,
                    CaseVariables.RESOLUTION_DOCUMENT_ID.from(execution));
            preparation.reopenAgreed(c.id());
        }
    }
}
