package org.xieshang.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.testing.BrokenRules;

/** CCR Art. 38: the term is "usually" 1 to 3 years, so the rules warn about other terms and refuse only slips. */
class AgreedTermTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static List<String> refused(Integer years, LocalDate startsOn, boolean required, boolean termination) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        AgreedTerm.check(rules, years, startsOn, required, termination, TODAY);
        return BrokenRules.keys(rules);
    }

    @Test
    void a_term_of_4_to_10_years_is_accepted_and_only_warned_about() {
        assertThat(refused(5, null, true, false)).isEmpty();
        assertThat(refused(10, TODAY.plusMonths(1), true, false)).isEmpty();
        assertThat(new AgreedTerm(5, null).usual()).isFalse();
        assertThat(new AgreedTerm(3, null).usual()).isTrue();
        assertThat(new AgreedTerm(1, null).usual()).isTrue();
    }

    @Test
    void an_agreement_without_a_term_or_with_an_absurd_one_is_refused() {
        assertThat(refused(null, null, true, false)).containsExactly("term.required");
        assertThat(refused(null, null, false, false)).as("a suspended round need not settle the term").isEmpty();
        assertThat(refused(0, null, false, false)).containsExactly("term.years.range");
        assertThat(refused(11, null, false, false)).containsExactly("term.years.range");
        assertThat(refused(null, TODAY.plusDays(30), false, false)).containsExactly("term.required");
    }

    @Test
    void the_agreed_start_lies_between_today_and_two_years_ahead() {
        assertThat(refused(2, TODAY, true, false)).isEmpty();
        assertThat(refused(2, TODAY.minusDays(1), true, false)).containsExactly("term.startsOn.window");
        assertThat(refused(2, TODAY.plusYears(2), true, false)).containsExactly("term.startsOn.window");
    }

    @Test
    void an_agreement_ending_a_contract_has_no_term() {
        assertThat(refused(null, null, true, true)).isEmpty();
        assertThat(refused(2, null, true, true)).containsExactly("term.termination");
    }
}
