package org.xieshang.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.xieshang.system.Localized;

/**
 * CC Arts. 201 and 203 as arithmetic, on a calendar of this test's own (National Day 2026: 1–7 October off,
 * Saturday 10 October worked), without a Spring context or the holiday table.
 */
class PeriodsTest {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
            LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
    private static final Set<LocalDate> MAKE_UP_DAYS = Set.of(LocalDate.of(2026, 10, 10));

    private static final WorkingDays CALENDAR = new WorkingDays() {
        @Override
        public boolean isWorkingDay(LocalDate day, String province) {
            if (MAKE_UP_DAYS.contains(day)) {
                return true;
            }
            return !HOLIDAYS.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public boolean hasNotice(int year, String province) {
            return year == 2026;
        }
    };

    private static Clock clock(int length, Clock.Unit unit, Clock.Direction direction) {
        Localized text = new Localized("测试", "test");
        return new Clock(text, length, unit, direction, text, text, text);
    }

    private static LocalDate due(Clock clock, LocalDate start) {
        return Periods.due(clock, start, "640000", CALENDAR, new TreeSet<>());
    }

    @Test
    void the_start_day_does_not_count() {
        assertThat(due(clock(15, Clock.Unit.CALENDAR_DAYS, null), LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void a_period_ending_on_a_weekend_ends_on_the_next_working_day() {
        // 1 November + 20 days = Saturday 21 November.
        assertThat(due(clock(20, Clock.Unit.CALENDAR_DAYS, Clock.Direction.AFTER), LocalDate.of(2026, 11, 1)))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void a_period_ending_in_a_holiday_ends_after_it_and_a_make_up_saturday_is_a_working_day() {
        assertThat(due(clock(20, Clock.Unit.CALENDAR_DAYS, null), LocalDate.of(2026, 9, 12))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(due(clock(20, Clock.Unit.CALENDAR_DAYS, null), LocalDate.of(2026, 9, 20))).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void working_days_count_only_working_days() {
        // From Monday 28 September: 29, 30 Sep; 8, 9, 10 (Saturday, worked), 12-16, 19-23 October.
        assertThat(due(clock(15, Clock.Unit.WORKING_DAYS, null), LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    void a_latest_day_before_an_event_is_never_moved() {
        // Seven days before Thursday 8 October is Thursday 1 October, a holiday: acting earlier is always possible.
        assertThat(due(clock(7, Clock.Unit.CALENDAR_DAYS, Clock.Direction.BEFORE), LocalDate.of(2026, 10, 8)))
                .isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(due(clock(3, Clock.Unit.MONTHS, Clock.Direction.BEFORE), LocalDate.of(2027, 5, 31)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void months_run_to_the_same_day_and_a_year_without_a_notice_is_reported_as_provisional() {
        SortedSet<Integer> withoutNotice = new TreeSet<>();
        LocalDate due = Periods.due(clock(3, Clock.Unit.MONTHS, null), LocalDate.of(2026, 11, 15), "640000", CALENDAR, withoutNotice);
        assertThat(due).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(withoutNotice).containsExactly(2027);
    }
}
