package org.xieshang.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.system.Localized;
import org.xieshang.testing.XieshangTest;

/** CC Arts. 201 and 203 on the State Council's 2026 calendar (../shared/domain/README.md §3). */
@XieshangTest
class DeadlineServiceTest {

    @Autowired
    DeadlineService deadlines;

    @Test
    void an_answer_due_inside_the_national_day_holiday_moves_to_the_first_working_day_after_it() {
        // 2026-09-12 + 20 days = Friday 2 October, inside 1-7 October.
        Deadline d = deadlines.compute("offer-response", LocalDate.of(2026, 9, 12));
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void an_answer_due_on_an_ordinary_saturday_moves_to_monday() {
        // 2026-11-01 + 20 days = Saturday 21 November.
        assertThat(deadlines.compute("offer-response", LocalDate.of(2026, 11, 1)).due())
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void an_answer_due_on_a_make_up_saturday_stays_there() {
        // 2026-09-20 + 20 days = Saturday 10 October, an official working day.
        assertThat(deadlines.compute("offer-response", LocalDate.of(2026, 9, 20)).due())
                .isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void working_days_skip_the_national_day_holiday_and_count_the_make_up_saturday() {
        // From Monday 28 September: 29, 30 Sep; 8, 9, 10 (Sat, worked), 12-16, 19-23 Oct = 15 working days.
        Deadline d = deadlines.compute("opinion-letter", LocalDate.of(2026, 9, 28));
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    void the_start_day_does_not_count() {
        // A vacancy on Monday 2 March 2026: 15 days end on Tuesday 17 March, not on the 16th.
        assertThat(deadlines.compute("delegation-vacancy", LocalDate.of(2026, 3, 2)).due())
                .isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void a_period_over_the_spring_festival_ends_after_the_holiday() {
        // 2026-01-26 + 20 days = Sunday 15 February, first day of 15-23 February.
        assertThat(deadlines.compute("offer-response", LocalDate.of(2026, 1, 26)).due())
                .isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void a_year_without_a_published_notice_falls_back_to_weekends_and_fixed_date_holidays_and_says_so() {
        // 2027-09-11 + 20 days = Friday 1 October 2027: fixed holidays 1-3 October, then Monday 4 October.
        Deadline d = deadlines.compute("offer-response", LocalDate.of(2027, 9, 11));
        assertThat(d.due()).isEqualTo(LocalDate.of(2027, 10, 4));
        assertThat(d.provisional()).isTrue();
        assertThat(d.yearsWithoutNotice()).containsExactly(2027);
    }

    @Test
    void a_province_override_changes_the_length_and_the_citation() {
        Deadline shanghai = deadlines.compute("offer-response", LocalDate.of(2026, 11, 2), "310000");
        assertThat(shanghai.due()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(shanghai.clock().citation().zh()).contains("上海");
        assertThat(deadlines.compute("offer-response", LocalDate.of(2026, 11, 2)).clock().citation().zh())
                .contains("第三十二条");
    }

    @Test
    void a_notice_due_days_before_an_event_is_counted_back_from_it() {
        assertThat(deadlines.compute("congress-notice", LocalDate.of(2026, 12, 15)).due())
                .isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void a_timer_fires_when_the_due_day_has_ended_in_china() {
        Date fires = deadlines.timerFor("offer-response", "2026-09-12");
        assertThat(fires.toInstant()).isEqualTo(
                ZonedDateTime.of(2026, 10, 9, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void every_clock_carries_its_name_citation_and_summary_in_both_languages() {
        assertThat(deadlines.clocks()).isNotEmpty().allSatisfy((id, clock) -> {
            assertThat(clock.length()).as(id).isPositive();
            assertThat(clock.unit()).as(id).isNotNull();
            for (Localized text : List.of(clock.name(), clock.citation(), clock.summary(), clock.starts())) {
                assertThat(text).as(id).isNotNull();
                assertThat(text.zh()).as(id).isNotBlank();
                assertThat(text.en()).as(id).isNotBlank();
            }
        });
    }
}
