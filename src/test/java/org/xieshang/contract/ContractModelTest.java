package org.xieshang.contract;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.xieshang.testing.BpmnModelCheck;
import org.xieshang.testing.XieshangTest;

@XieshangTest
class ContractModelTest {

    @Autowired
    ApplicationContext context;

    @Test
    void contract_review_matches_its_constants_beans_and_layout() {
        BpmnModelCheck.of(BpmnModelCheck.PROCESSES.resolve("contract-review.bpmn"))
                .conventions(context).constants(ContractReview.class).verify();
    }

    @Test
    void collective_contract_matches_its_constants_beans_and_layout() {
        BpmnModelCheck.of(BpmnModelCheck.PROCESSES.resolve("collective-contract.bpmn"))
                .conventions(context).constants(CollectiveContract.class).verify();
    }
}
