package org.xieshang.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xieshang.system.CaseVariables;

/** The service steps of collective-contract.bpmn. */
final class TermDelegates {

    private TermDelegates() {
    }

    @Component("issuePublicationNoticeDelegate")
    static class IssuePublicationNotice implements JavaDelegate {
        private final Contracts contracts;
        private final ContractTerms terms;

        IssuePublicationNotice(Contracts contracts, ContractTerms terms) {
            this.contracts = contracts;
            this.terms = terms;
        }

        @Override
        public void execute(DelegateExecution execution) {
            terms.issuePublicationNotice(contracts.contract(CaseVariables.CONTRACT_ID.from(execution)));
        }
    }

    @Component("openRenewalWindowDelegate")
    static class OpenRenewalWindow implements JavaDelegate {
        private final Contracts contracts;
        private final ContractTerms terms;

        OpenRenewalWindow(Contracts contracts, ContractTerms terms) {
            this.contracts = contracts;
            this.terms = terms;
        }

        @Override
        public void execute(DelegateExecution execution) {
            terms.openRenewalWindow(contracts.contract(CaseVariables.CONTRACT_ID.from(execution)));
        }
    }

    @Component("notifyPublicationMissedDelegate")
    static class NotifyPublicationMissed implements JavaDelegate {
        private final Contracts contracts;
        private final ContractTerms terms;

        NotifyPublicationMissed(Contracts contracts, ContractTerms terms) {
            this.contracts = contracts;
            this.terms = terms;
        }

        @Override
        public void execute(DelegateExecution execution) {
            terms.notifyPublicationMissed(contracts.contract(CaseVariables.CONTRACT_ID.from(execution)));
        }
    }

    @Component("expireContractDelegate")
    static class ExpireContract implements JavaDelegate {
        private final Contracts contracts;
        private final ContractTerms terms;

        ExpireContract(Contracts contracts, ContractTerms terms) {
            this.contracts = contracts;
            this.terms = terms;
        }

        @Override
        public void execute(DelegateExecution execution) {
            terms.expire(contracts.contract(CaseVariables.CONTRACT_ID.from(execution)));
        }
    }
}
