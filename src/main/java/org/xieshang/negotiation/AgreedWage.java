package org.xieshang.negotiation;

import java.math.BigDecimal;

import org.xieshang.system.BusinessRuleException;

/**
 * The agreed average wage increase (工资增长幅度, %), the figure officials compare with the district's wage guideline
 * (metrics.md, wage outcome). The minutes or coordination agreement that settles the last items of an agenda with a
 * wage item state it, unless an earlier agreement did; a termination agreement agrees no wages.
 */
final class AgreedWage {

    private AgreedWage() {
    }

    static void check(BusinessRuleException.Collector rules, BigDecimal increase, boolean required, boolean termination) {
        rules.check(!termination || increase == null, "wageIncrease", "wageIncrease.termination");
        rules.check(termination || !required || increase != null, "wageIncrease", "wageIncrease.required");
        rules.percent(increase, "wageIncrease", "wageIncrease.label");
    }
}
