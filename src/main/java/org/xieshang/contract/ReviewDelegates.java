package org.xieshang.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xieshang.system.CaseVariables;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEventKind;

/** The service steps of contract-review.bpmn. */
final class ReviewDelegates {

    private ReviewDelegates() {
    }

    @Component("notifySupplementMissedDelegate")
    static class NotifySupplementMissed implements JavaDelegate {
        private final Contracts contracts;
        private final ContractTerms terms;

        NotifySupplementMissed(Contracts contracts, ContractTerms terms) {
            this.contracts = contracts;
            this.terms = terms;
        }

        @Override
        public void execute(DelegateExecution execution) {
            terms.notifySupplementMissed(contracts.contract(CaseVariables.CONTRACT_ID.from(execution)));
        }
    }

    @Component("notifyAcceptanceOverdueDelegate")
    static class NotifyAcceptanceOverdue implements JavaDelegate {
        private final Contracts contracts;
        private final ContractTerms terms;

        NotifyAcceptanceOverdue(Contracts contracts, ContractTerms terms) {
            this.contracts = contracts;
            this.terms = terms;
        }

        @Override
        public void execute(DelegateExecution execution) {
            terms.notifyAcceptanceOverdue(contracts.contract(CaseVariables.CONTRACT_ID.from(execution)));
        }
    }

    /**
     * The contract takes effect: by the bureau's confirmation, or with no objection within 15 days of receipt
     * (CCR Art. 47; LCL Art. 54), told apart by the step that runs it.
     */
    @Component("takeEffectDelegate")
    static class TakeEffect implements JavaDelegate {
        private final Contracts contracts;
        private final ContractTerms terms;
        private final Reviews reviews;
        private final ContractDocuments documents;
        private final BargainingCases cases;

        TakeEffect(Contracts contracts, ContractTerms terms, Reviews reviews, ContractDocuments documents, BargainingCases cases) {
            this.contracts = contracts;
            this.terms = terms;
            this.reviews = reviews;
            this.documents = documents;
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean silence = ContractReview.SERVICE_TAKE_EFFECT_BY_SILENCE.equals(execution.getCurrentActivityId());
            Contract k = contracts.contract(CaseVariables.CONTRACT_ID.from(execution));
            terms.takeEffect(k, silence ? Contracts.SILENCE : "CONFIRMATION");
            if (!silence && k.wages()) {
                serveNoObjection(contracts.contract(k.id()));
            }
            CaseVariables.REVIEW_OUTCOME.set(execution, ContractReview.Outcome.EFFECTIVE.name());
        }

        /** A wage agreement's review always ends in a 工资协议审查意见书, "no objection" included (WBM Art. 23). */
        private void serveNoObjection(Contract k) {
            long opinion = documents.reviewOpinion(k, reviews.review(k.id()).orElseThrow(), java.util.List.of()).id();
            reviews.setOpinionDocument(k.id(), opinion);
            for (String party : java.util.List.of(ContractTerms.unionOf(k), ContractTerms.employerOf(k))) {
                cases.record(k.caseId(), CaseEventKind.REVIEW_NO_OBJECTION, ContractTerms.SYSTEM, party, null, null, opinion);
            }
        }
    }

    /** The review opinion is served on both sides and the upper-level union; the text is no longer the one to file. */
    @Component("issueReviewOpinionDelegate")
    static class IssueReviewOpinion implements JavaDelegate {
        private final Contracts contracts;
        private final Reviews reviews;
        private final ContractDocuments documents;
        private final ContractTerms terms;
        private final BargainingCases cases;

        IssueReviewOpinion(Contracts contracts, Reviews reviews, ContractDocuments documents, ContractTerms terms,
                           BargainingCases cases) {
            this.contracts = contracts;
            this.reviews = reviews;
            this.documents = documents;
            this.terms = terms;
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Contract k = contracts.contract(CaseVariables.CONTRACT_ID.from(execution));
            Reviews.Review review = reviews.review(k.id()).orElseThrow();
            var objected = contracts.clauses(k.id()).stream().filter(c -> review.objectedPositions().contains(c.position())).toList();
            long opinion = documents.reviewOpinion(k, review, objected).id();
            reviews.setOpinionDocument(k.id(), opinion);
            terms.objected(k);
            cases.record(k.caseId(), CaseEventKind.REVIEW_OBJECTED, ContractTerms.SYSTEM, ContractTerms.unionOf(k), null, null, opinion);
            cases.record(k.caseId(), CaseEventKind.REVIEW_OBJECTED, ContractTerms.SYSTEM, ContractTerms.employerOf(k), null, null, opinion);
            CaseVariables.REVIEW_OUTCOME.set(execution, ContractReview.Outcome.OBJECTED.name());
        }
    }
}
