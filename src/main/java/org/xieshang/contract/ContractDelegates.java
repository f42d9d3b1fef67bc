package org.xieshang.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xieshang.system.CaseVariables;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.negotiation.Preparation;

/** The contract steps of collective-bargaining.bpmn, one small bean each. */
final class ContractDelegates {

    private ContractDelegates() {
    }

    @Component("generateContractDelegate")
    static class GenerateContract implements JavaDelegate {
        private final Contracts contracts;
        private final ContractDocuments documents;

        GenerateContract(Contracts contracts, ContractDocuments documents) {
            this.contracts = contracts;
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Contract k = contracts.contract(CaseVariables.CONTRACT_ID.from(execution));
            contracts.textGenerated(k.id(), documents.contract(k).id());
        }
    }

    /** The filing is on record; its package and form follow, then the bureau's review. */
    @Component("assembleFilingPackageDelegate")
    static class AssembleFilingPackage implements JavaDelegate {
        private final Filings filings;

        AssembleFilingPackage(Filings filings) {
            this.filings = filings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            filings.assemblePackage(CaseVariables.CONTRACT_ID.from(execution));
        }
    }

    /** The 10 days passed without a filing: the union, the upper-level union and the bureau are told; the task stays. */
    @Component("notifyFilingMissedDelegate")
    static class NotifyFilingMissed implements JavaDelegate {
        private final Contracts contracts;
        private final ContractTerms terms;

        NotifyFilingMissed(Contracts contracts, ContractTerms terms) {
            this.contracts = contracts;
            this.terms = terms;
        }

        @Override
        public void execute(DelegateExecution execution) {
            terms.notifyFilingMissed(contracts.contract(CaseVariables.CONTRACT_ID.from(execution)));
        }
    }

    /** The clauses the bureau objected to go back to the table (CCR Art. 46); the rest stay agreed. */
    @Component("reopenObjectedClausesDelegate")
    static class ReopenObjectedClauses implements JavaDelegate {
        private final Contracts contracts;
        private final Reviews reviews;
        private final Preparation preparation;
        private final BargainingCases cases;

        ReopenObjectedClauses(Contracts contracts, Reviews reviews, Preparation preparation, BargainingCases cases) {
            this.contracts = contracts;
            this.reviews = reviews;
            this.preparation = preparation;
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Contract k = contracts.contract(CaseVariables.CONTRACT_ID.from(execution));
            var objected = reviews.review(k.id()).orElseThrow().objectedPositions();
            preparation.reopen(k.caseId(), contracts.clauses(k.id()).stream().filter(c -> objected.contains(c.position()))
                    .map(Contracts.Clause::agendaItemId).filter(java.util.Objects::nonNull).toList());
            cases.moveTo(k.caseId(), CaseStage.ROUNDS, null);
        }
    }

    @Component("putContractInForceDelegate")
    static class PutContractInForce implements JavaDelegate {
        private final ContractTerms terms;

        PutContractInForce(ContractTerms terms) {
            this.terms = terms;
        }

        @Override
        public void execute(DelegateExecution execution) {
            terms.putInForce(CaseVariables.CONTRACT_ID.from(execution));
        }
    }
}
