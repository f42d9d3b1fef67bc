package org.xieshang.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The wage check against the guideline and the minimum wage, and its costing to the yuan, without a Spring context. */
class WageCheckTest {

    private static final Optional<WageCheck.Guideline> GUIDELINE = Optional.of(new WageCheck.Guideline(1, 2026,
            new BigDecimal("3.0"), new BigDecimal("6.0"), new BigDecimal("9.0"), new BigDecimal("2050")));
    private static final Optional<WageCheck.WageData> DATA = Optional.of(new WageCheck.WageData(320, new BigDecimal("5200"),
            new BigDecimal("2300")));

    @Test
    void a_position_within_the_lines_is_not_flagged() {
        assertThat(WageCheck.check(new BigDecimal("5.5"), new BigDecimal("2300"), GUIDELINE, DATA).flags()).isEmpty();
    }

    @Test
    void positions_outside_the_lines_and_below_the_minimum_wage_are_flagged() {
        assertThat(WageCheck.check(new BigDecimal("2.5"), new BigDecimal("2000"), GUIDELINE, DATA).flags())
                .containsExactly(WageCheck.Flag.BELOW_LOWER_LINE, WageCheck.Flag.BELOW_MINIMUM_WAGE);
        assertThat(WageCheck.check(new BigDecimal("7.0"), null, GUIDELINE, DATA).flags()).containsExactly(WageCheck.Flag.ABOVE_BASELINE);
        assertThat(WageCheck.check(new BigDecimal("9.5"), null, GUIDELINE, DATA).flags()).containsExactly(WageCheck.Flag.ABOVE_UPPER_LINE);
    }

    @Test
    void the_cost_is_the_extra_annual_payroll_of_the_headcount_and_the_cost_of_each_percent() {
        WageCheck.Finding f = WageCheck.check(new BigDecimal("6.5"), null, GUIDELINE, DATA);
        // 320 staff x 5,200 yuan x 12 months = 19,968,000 a year: 1 % is 199,680 yuan, 6.5 % is 1,297,920 yuan.
        assertThat(f.costPerPercent()).isEqualByComparingTo("199680");
        assertThat(f.extraAnnualPayroll()).isEqualByComparingTo("1297920");
    }

    @Test
    void without_a_guideline_or_wage_data_nothing_is_flagged_or_costed() {
        WageCheck.Finding f = WageCheck.check(new BigDecimal("6.5"), new BigDecimal("1000"), Optional.empty(), Optional.empty());
        assertThat(f.flags()).isEmpty();
        assertThat(f.extraAnnualPayroll()).isNull();
        assertThat(f.costPerPercent()).isNull();
    }
}
