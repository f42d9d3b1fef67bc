package org.xieshang.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.testing.ContractFixture;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.XieshangTest;

/** LCL Art. 55 at the table: the minimum wage is a floor the chiefs cannot initial below. */
@XieshangTest
class MinimumWageFloorTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NegotiationFixture negotiationFixture;
    @Autowired
    ContractFixture fixture;
    @Autowired
    Preparation preparation;

    @Test
    void a_wage_clause_below_the_local_minimum_is_refused_at_initialling_with_the_rule_named() {
        ProcessTestSupport.init(engine);
        NegotiationFixture.Table t = negotiationFixture.acceptedWageOffer();
        negotiationFixture.prepare(t);
        preparation.requestWageData(t.bargainingCase(), "近三年工资总额和最低工资", t.union());
        preparation.provideWageData(t.bargainingCase(), 320, new BigDecimal("5200"), new BigDecimal("2300"), t.employer());
        fixture.minutesOfAnAgreement(t, 7, "2027年职工平均工资增长5.8%，最低工资不低于每月1800元。");

        assertThatThrownBy(() -> fixture.confirmAndInitial(t)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("wage.floor.below")
                .satisfies(e -> assertThat(((BusinessRuleException) e).violations().get(0).arguments())
                        .as("the item, the clause's figure, the minimum wage (FreshDistrict: 2,050) and the year")
                        .contains("1800").anyMatch(a -> a.toString().startsWith("2050")));
        assertThat(t.instance()).isWaitingAt(CollectiveBargaining.TASK_INITIAL_DRAFT_UNION, CollectiveBargaining.TASK_INITIAL_DRAFT_EMPLOYER);
    }
}
