package org.xieshang.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SortedSet;

/**
 * A computed legal deadline with everything a user must be shown beside it: rule, citation, start, due date,
 * and the years for which no official holiday notice was available (then weekends and fixed-date holidays
 * only were used and the date is provisional).
 */
public record Deadline(String clockId, Clock clock, String province, LocalDate start, LocalDate due,
                       SortedSet<Integer> yearsWithoutNotice) {

    public boolean provisional() {
        return !yearsWithoutNotice.isEmpty();
    }

    /** "2027" or "2027、2028": the years a letter names as counted without the State Council's notice. */
    public String provisionalYears() {
        return String.join("、", yearsWithoutNotice.stream().map(String::valueOf).toList());
    }

    /** Whole days from {@code today} to the due date; negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }
}
