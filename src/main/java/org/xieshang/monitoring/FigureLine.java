package org.xieshang.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

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

    /** numerator / denominator in per cent with one decimal; empty when there is nothing to divide by. */
    public Optional<BigDecimal> percent(String numerator, String denominator) {
        long d = total(denominator);
        return d == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(100 * total(numerator)).divide(BigDecimal.valueOf(d), 1, RoundingMode.HALF_UP));
    }

    /** The same as the page prints it: "88.2%", or "—". */
    public String rate(String numerator, String denominator) {
        return percent(numerator, denominator).map(p -> p + "%").orElse("—");
    }
}
