package org.xieshang.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xieshang.system.BusinessRuleException;

/** How an official's typing of the State Council's notice is read and checked before anything is saved. */
class HolidayNoticeTest {

    @Test
    void ranges_names_and_make_up_days_are_read_and_the_year_is_laid_out_from_monday() {
        HolidayNotice n = HolidayNotice.parse(2027, "通知", "国办发明电〔2026〕1号", LocalDate.of(2026, 11, 20),
                "2027-02-05..2027-02-12 春节\n\n2027-10-01至2027-10-07 国庆节、中秋节", "2027-02-13 春节调休\n2027-10-09",
                null, null, null);
        assertThat(n.days()).hasSize(17);
        assertThat(n.kindOf(LocalDate.of(2027, 2, 8))).isEqualTo("HOLIDAY");
        assertThat(n.nameOf(LocalDate.of(2027, 10, 3))).isEqualTo("国庆节、中秋节");
        assertThat(n.kindOf(LocalDate.of(2027, 10, 9))).isEqualTo("WORKDAY");
        assertThat(n.months()).hasSize(12);
        assertThat(n.months().get(1).weeks().get(0)).as("February 2027 starts on a Monday").startsWith(LocalDate.of(2027, 2, 1));
    }

    @Test
    void every_bad_line_is_reported_with_its_number_and_nothing_is_kept() {
        assertThatThrownBy(() -> HolidayNotice.parse(2027, "通知", "文号", LocalDate.of(2026, 11, 20),
                "2027-13-01 春节\n2027-02-05..2027-02-12\n2028-05-01 劳动节", "2027-02-15 周一上班", null, null, null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.violations())
                        .extracting(BusinessRuleException.Violation::messageKey).containsExactly("calendar.line.unreadable",
                                "calendar.line.name", "calendar.line.outsideYear", "calendar.line.workdayOnWeekday",
                                "calendar.holidays.required"));
    }

    @Test
    void a_provincial_day_needs_a_province_code_a_date_in_the_year_and_a_name() {
        assertThatThrownBy(() -> HolidayNotice.parse(2027, "通知", "文号", LocalDate.of(2026, 11, 20), "2027-01-01 元旦", null,
                "6400", LocalDate.of(2026, 4, 1), " ")).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.violations()).extracting(BusinessRuleException.Violation::messageKey)
                        .containsExactly("calendar.extra.province", "calendar.extra.date", "calendar.extra.name"));
    }
}
