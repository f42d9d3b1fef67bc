package org.xieshang.monitoring;

import java.math.BigDecimal;

/**
 * Where an agreed average wage increase lies against the district's wage guideline of its year (legal-notes: lower
 * line, baseline, upper warning line; advisory): the facets of {@link Figure#WAGE_AGREEMENTS}. On a line counts as
 * within the band below it.
 */
public enum WageBand {
    BELOW_LOWER, TO_BASELINE, TO_UPPER, ABOVE_UPPER,
    /** The district published no guideline for that year. */
    NO_GUIDELINE;

    static WageBand of(BigDecimal increase, BigDecimal lower, BigDecimal baseline, BigDecimal upper) {
        if (lower == null || baseline == null || upper == null) {
            return NO_GUIDELINE;
        }
        if (increase.compareTo(lower) < 0) {
            return BELOW_LOWER;
        }
        if (increase.compareTo(baseline) <= 0) {
            return TO_BASELINE;
        }
        return increase.compareTo(upper) <= 0 ? TO_UPPER : ABOVE_UPPER;
    }
}
