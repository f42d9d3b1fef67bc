package org.xieshang.bargaining;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xieshang.system.CaseVariables;

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
            cases.record(c.id(), CaseEventKind.DRAFT_TO_CONGRESS, SYSTEM, null, null, null,
                    CaseVariables.DRAFT_DOCUMENT_ID.from(execution));
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
            cases.record(c.id(), CaseEventKind.CONGRESS_APPROVED, SYSTEM, null, null, null,
                    CaseVariables.RESOLUTION_DOCUMENT_ID.from(execution));
        }
    }
}
