package org.xieshang.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.testing.BrokenRules;

/** The agreed average wage increase: stated when talks on wages conclude, a percentage, never in a termination agreement. */
class AgreedWageTest {

    static List<String> refused(String increase, boolean required, boolean termination) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        AgreedWage.check(rules, increase == null ? null : new BigDecimal(increase), required, termination);
        return BrokenRules.keys(rules);
    }

    @Test
    void concluding_talks_on_wages_needs_the_increase_and_a_freeze_counts_as_zero() {
        assertThat(refused(null, true, false)).containsExactly("wageIncrease.required");
        assertThat(refused("6.5", true, false)).isEmpty();
        assertThat(refused("0", true, false)).isEmpty();
        assertThat(refused(null, false, false)).isEmpty();
    }

    @Test
    void the_increase_is_a_percentage_with_two_decimals_and_no_termination_agreement_states_one() {
        assertThat(refused("100.5", true, false)).containsExactly("input.percent");
        assertThat(refused("6.555", false, false)).containsExactly("input.percent");
        assertThat(refused("-1", false, false)).containsExactly("input.percent");
        assertThat(refused("5", false, true)).containsExactly("wageIncrease.termination");
        assertThat(refused(null, false, true)).isEmpty();
    }
}
