package org.xieshang.deadlines;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * How a statutory period is counted (CC Arts. 201 and 203), as a pure function of the clock, the start and the
 * working days: the start day does not count; a period whose last day is a day off ends on the next working day;
 * a period in working days counts working days only; a latest day before an event is never moved, since acting
 * earlier than a holiday is always possible. Years counted without the State Council's notice are collected, so
 * the deadline can say it is provisional.
 */
final class Periods {

    private Periods() {
    }

    static LocalDate due(Clock clock, LocalDate start, String province, WorkingDays calendar, SortedSet<Integer> withoutNotice) {
        return switch (clock.directionOrDefault()) {
            case AFTER -> forward(clock, start, province, calendar, withoutNotice);
            case BEFORE -> back(clock, start, province, calendar, withoutNotice);
        };
    }

    private static LocalDate forward(Clock clock, LocalDate start, String province, WorkingDays calendar,
                                     SortedSet<Integer> withoutNotice) {
        LocalDate day = start;
        if (clock.unit() == Clock.Unit.WORKING_DAYS) {
            for (int counted = 0; counted < clock.length(); ) {
                day = day.plusDays(1);
                if (working(day, province, calendar, withoutNotice)) {
                    counted++;
                }
            }
            return day;
        }
        day = clock.unit() == Clock.Unit.MONTHS ? start.plusMonths(clock.length()) : start.plusDays(clock.length());
        while (!working(day, province, calendar, withoutNotice)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate back(Clock clock, LocalDate event, String province, WorkingDays calendar,
                                  SortedSet<Integer> withoutNotice) {
        switch (clock.unit()) {
            case MONTHS:
                return event.minusMonths(clock.length());
            case CALENDAR_DAYS:
                return event.minusDays(clock.length());
            default:
                LocalDate day = event;
                for (int counted = 0; counted < clock.length(); ) {
                    day = day.minusDays(1);
                    if (working(day, province, calendar, withoutNotice)) {
                        counted++;
                    }
                }
                return day;
        }
    }

    private static boolean working(LocalDate day, String province, WorkingDays calendar, SortedSet<Integer> withoutNotice) {
        if (!calendar.hasNotice(day.getYear(), province)) {
            withoutNotice.add(day.getYear());
        }
        return calendar.isWorkingDay(day, province);
    }
}
