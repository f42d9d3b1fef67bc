package org.xieshang.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xieshang.deadlines.Clock;

/**
 * One statutory clock as the year kept it (metrics.md, deadline health): how many steps were measured, the median of
 * the days they took (a step of {@value Tallies#DAYS_CAP} days or more counts as that), against the clock's legal
 * period; and how many times it ran out without its act (missed clocks by rule).
 */
public record ClockLine(String clockId, Clock clock, long measured, int medianDays, long missed) {

    /**
     * One line per clock the counts measured ("CLOCK_DAYS:clock:days") or saw missed ("CLOCKS_MISSED:clock"), in the
     * order of their ids.
     */
    static List<ClockLine> of(FigureLine total, java.util.function.Function<String, Clock> clocks) {
        Map<String, TreeMap<Integer, Long>> days = new TreeMap<>();
        String prefix = Figure.CLOCK_DAYS.name() + ":";
        String missedPrefix = Figure.CLOCKS_MISSED.name() + ":";
        total.counts().forEach((key, count) -> {
            if (key.startsWith(prefix)) {
                String facet = key.substring(prefix.length());
                int colon = facet.lastIndexOf(':');
                days.computeIfAbsent(facet.substring(0, colon), c -> new TreeMap<>())
                        .merge(Integer.parseInt(facet.substring(colon + 1)), count, Long::sum);
            } else if (key.startsWith(missedPrefix)) {
                days.computeIfAbsent(key.substring(missedPrefix.length()), c -> new TreeMap<>());
            }
        });
        List<ClockLine> lines = new ArrayList<>();
        days.forEach((clockId, histogram) -> {
            long measured = histogram.values().stream().mapToLong(Long::longValue).sum();
            lines.add(new ClockLine(clockId, clocks.apply(clockId), measured, median(histogram, measured),
                    total.of(missedPrefix + clockId)));
        });
        return lines;
    }

    /** The lower median: the day count at which half of the steps had been taken. */
    private static int median(TreeMap<Integer, Long> histogram, long measured) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bar : histogram.entrySet()) {
            seen += bar.getValue();
            if (2 * seen >= measured) {
                return bar.getKey();
            }
        }
        return 0;
    }
}
