package org.xieshang.negotiation;

import java.time.LocalDate;

import org.xieshang.system.BusinessRuleException;

/**
 * The contract's term as both sides agreed it at the table: its years, and the day it starts or none (it then runs
 * from the day the contract takes effect). CCR Art. 38 says the term is "usually" 1 to 3 years, so a longer or shorter
 * one is warned about, not refused; {@link #MAX_YEARS} only bounds a typing slip.
 */
public record AgreedTerm(int years, LocalDate startsOn) {

    public static final int MAX_YEARS = 10;
    /** How far ahead an agreed start may lie: the next contract may be settled well before the current one ends. */
    static final int START_WITHIN_YEARS = 2;

    /** CCR Art. 38: one to three years. */
    public boolean usual() {
        return years >= 1 && years <= 3;
    }

    /**
     * The checks on a stated term: a termination agreement has none (CCR Art. 40), an agreement that ends the talks
     * must have one, and the numbers stay in range.
     */
    static void check(BusinessRuleException.Collector rules, Integer years, LocalDate startsOn, boolean required,
                      boolean termination, LocalDate today) {
        boolean stated = years != null || startsOn != null;
        rules.check(!termination || !stated, "termYears", "term.termination");
        rules.check(termination || !required || years != null, "termYears", "term.required");
        rules.check(years == null || (years >= 1 && years <= MAX_YEARS), "termYears", "term.years.range", MAX_YEARS);
        rules.check(startsOn == null || years != null, "termYears", "term.required");
        rules.check(startsOn == null || (!startsOn.isBefore(today) && startsOn.isBefore(today.plusYears(START_WITHIN_YEARS))),
                "termStartsOn", "term.startsOn.window", START_WITHIN_YEARS);
    }
}
