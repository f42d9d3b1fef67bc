package org.xieshang.bargaining;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The steps of collective-bargaining.bpmn around the workers' congress's approval of the contract draft. */
final class ApprovalDelegates {

    private static final String SYSTEM = "system";

    private ApprovalDelegates() {
    }


    @Component("submitDraftToCongressDelegate")
    static class SubmitDraftToCongress implements JavaDelegate {
        private final BargainingCases cases;

        SubmitDraftToCongress(BargainingCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = cases.of(execution);
            cases.moveTo(c.id(), CaseStage.CONGRESS, null);
            cases.record(c.id(), "DRAFT_TO_CONGRESS", SYSTEM, null, null, null,
                    CollectiveBargaining.DRAFT_DOCUMENT_ID.from(execution));
        }
    }

    @Component("recordCongressApprovalDelegate")
    static class RecordCongressApproval implements JavaDelegate {
        private final BargainingCases cases;

        RecordCongressApproval(BargainingCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            BargainingCase c = cases.of(execution);
            cases.moveTo(c.id(), CaseStage.SIGNING, null);
            cases.record(c.id(), "CONGRESS_APPROVED", SYSTEM, null, null, null,
                    CollectiveBargaining.RESOLUTION_DOCUMENT_ID.from(execution));
        }
    }
}
