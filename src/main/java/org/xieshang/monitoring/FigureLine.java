package org.xieshang.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** One line of an officials' table: what it is, where it drills to (null: nowhere further), and its counts. */
public record FigureLine(String label, String link, Map<String, Long> counts) {

    /** A figure without facets, or one facet of it ("CASES:ROUNDS"). */
    public long of(String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** A figure over all its facets. */
    public long total(String figure) {
        return counts.entrySet().stream().filter(e -> e.getKey().equals(figure) || e.getKey().startsWith(figure + ":"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** numerator / denominator as a percentage with one decimal, or "—" when there is nothing to divide by. */
    public String rate(String numerator, String denominator) {
        long d = total(denominator);
        return d == 0 ? "—" : BigDecimal.valueOf(100 * total(numerator)).divide(BigDecimal.valueOf(d), 1, RoundingMode.HALF_UP) + "%";
    }
}
