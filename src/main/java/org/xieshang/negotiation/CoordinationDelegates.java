package org.xieshang.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.monitoring.Tallies;
import org.xieshang.system.CaseVariables;

/** The service steps of bargaining-dispute-coordination.bpmn, one small bean each. */
final class CoordinationDelegates {

    private CoordinationDelegates() {
    }

    private static long id(DelegateExecution execution) {
        return DisputeCoordination.COORDINATION_ID.from(execution);
    }


    @Component("issueCoordinationApplicationDelegate")
    static class IssueApplication implements JavaDelegate {
        private final BargainingCases cases;
        private final CoordinationDocuments documents;

        IssueApplication(BargainingCases cases, CoordinationDocuments documents) {
            this.cases = cases;
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            documents.application(cases.of(execution), id(execution));
        }
    }

    @Component("issueCoordinationAgreementDelegate")
    static class IssueAgreement implements JavaDelegate {
        private final BargainingCases cases;
        private final CoordinationDocuments documents;

        IssueAgreement(BargainingCases cases, CoordinationDocuments documents) {
            this.cases = cases;
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            documents.agreement(cases.of(execution), id(execution));
        }
    }

    @Component("applyCoordinationResultDelegate")
    static class ApplyResult implements JavaDelegate {
        private final BargainingCases cases;
        private final Coordinations coordinations;

        ApplyResult(BargainingCases cases, Coordinations coordinations) {
            this.cases = cases;
            this.coordinations = coordinations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean all = coordinations.conclude(id(execution));
            CaseVariables.ALL_SETTLED.set(execution, all);
            if (!all) {
                cases.moveTo(cases.of(execution).id(), CaseStage.ROUNDS, null);
            }
        }
    }

    /** The clock ran out without an agreement: the items stay open for the rounds. */
    @Component("lapseCoordinationListener")
    static class Lapse implements ExecutionListener {
        private final BargainingCases cases;
        private final Coordinations coordinations;
        private final Tallies tallies;

        Lapse(BargainingCases cases, Coordinations coordinations, Tallies tallies) {
            this.cases = cases;
            this.coordinations = coordinations;
            this.tallies = tallies;
        }

        @Override
        public void notify(DelegateExecution execution) {
            long caseId = cases.of(execution).id();
            Coordinations.Coordination c = coordinations.get(id(execution));
            coordinations.lapse(c.id());
            cases.moveTo(caseId, CaseStage.ROUNDS, null);
            tallies.clockMissed(caseId, null, Coordinations.CLOCK, coordinations.due(c).due());
        }
    }
}
