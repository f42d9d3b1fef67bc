package org.xieshang.negotiation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.xieshang.testing.BpmnModelCheck;
import org.xieshang.testing.XieshangTest;

@XieshangTest
class DisputeCoordinationModelTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_model_matches_its_constants_beans_and_layout() {
        BpmnModelCheck.of(BpmnModelCheck.PROCESSES.resolve("bargaining-dispute-coordination.bpmn"))
                .conventions(context).constants(DisputeCoordination.class).verify();
    }
}
