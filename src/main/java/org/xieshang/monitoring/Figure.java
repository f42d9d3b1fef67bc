package org.xieshang.monitoring;

/**
 * What the read model counts (metrics.md), per district, period, facet, industry and park; message key
 * figure.NAME. Standing figures have period 0; dated ones the month their event happened in (yyyymm), a case's
 * stage the year in its number (yyyy00, {@link ReportPeriod}).
 */
public enum Figure {
    /** The registry (standing): enterprises, those with a union, their employees; those with a democratic body. */
    ENTERPRISES, ENTERPRISES_WITH_UNION, EMPLOYEES, EMPLOYEES_WITH_UNION, DEMOCRATIC_BODIES,
    /** Bargaining cases by stage (facet), in the year the case was opened. */
    CASES,
    /** Firms and employees an offer reached, in the year it was served (a federation's offer reaches every member). */
    OFFERED_ENTERPRISES, OFFERED_EMPLOYEES,
    /** Offers served (one per case), and the first written answer to each, ON_TIME or LATE (facet), by year. */
    OFFERS_SERVED, ANSWERS,
    /** Contracts in force (standing) by contract type (facet). */
    CONTRACTS_IN_FORCE,
    /** The same by level (facet: enterprise, industry or regional; {@link Tallies#LEVELS}). */
    CONTRACTS_BY_LEVEL,
    /** Every contract (standing) by stored status (facet), an effective one in force as IN_FORCE: the register's figures. */
    CONTRACTS,
    /**
     * Unionised enterprises whose workers' congress (or a federation's covering them) held a valid session in the last 12
     * months; read from each enterprise's latest valid session day, which the closing step keeps.
     */
    CONGRESS_HELD,
    /**
     * Enterprises under at least one contract in force (their own, or an industry or regional contract binding them) and
     * their staff, each firm once; read from each enterprise's count of contracts in force, which the steps keep.
     */
    COVERED_ENTERPRISES, COVERED_EMPLOYEES,
    /**
     * How many days a step took from the start of its statutory clock (facet "clock:days", 60 or more as 60), in the
     * year the step was taken: the answer to an offer, the filing after signature, the bureau's review.
     */
    CLOCK_DAYS,
    /** Contracts in force whose renewal window is open today, and those from which a new case was opened (metrics.md). */
    RENEWAL_WINDOW, RENEWAL_STARTED,
    /**
     * Contracts that took effect in the year with an agreed average wage increase, by where the increase lies against
     * their district's wage guideline of that year (facet, {@link WageBand}); and the sum of those increases in
     * hundredths of a per cent, for the average.
     */
    WAGE_AGREEMENTS, WAGE_INCREASE,
    /** Statutory clocks that ran out without their act, by clock (facet), in the year they ran out (the clock_miss log). */
    CLOCKS_MISSED
}
