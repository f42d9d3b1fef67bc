package org.xieshang.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working days as the State Council's yearly notices define them (table calendar_day), national rows under
 * region CN, provincial rows winning for their province. Small enough to hold in memory; {@link #reload()}
 * after the table changes.
 */
@Component
class HolidayCalendar implements WorkingDays {

    static final String NATIONAL = "CN";

    /** 全国年节及纪念日放假办法 (2024): the holidays whose Gregorian dates are fixed. */
    private static final Set<MonthDay> FIXED_DATE_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(5, 2), MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3));

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    HolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Snapshot(Map<String, Map<LocalDate, Boolean>> days, Map<String, Set<Integer>> noticeYears) {
    }

    @Override
    public boolean hasNotice(int year, String province) {
        Map<String, Set<Integer>> years = snapshot().noticeYears();
        return years.getOrDefault(NATIONAL, Set.of()).contains(year)
                || years.getOrDefault(province, Set.of()).contains(year);
    }

    @Override
    public boolean isWorkingDay(LocalDate day, String province) {
        Map<String, Map<LocalDate, Boolean>> days = snapshot().days();
        Boolean working = days.getOrDefault(province, Map.of()).get(day);
        if (working == null) {
            working = days.getOrDefault(NATIONAL, Map.of()).get(day);
        }
        if (working != null) {
            return working;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && (hasNotice(day.getYear(), province) || !FIXED_DATE_HOLIDAYS.contains(MonthDay.from(day)));
    }

    void reload() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            Map<String, Map<LocalDate, Boolean>> days = new HashMap<>();
            jdbc.sql("select region, on_date, kind from calendar_day").query(rs -> {
                days.computeIfAbsent(rs.getString("region"), r -> new HashMap<>())
                        .put(rs.getDate("on_date").toLocalDate(), "WORKDAY".equals(rs.getString("kind")));
            });
            Map<String, Set<Integer>> years = new HashMap<>();
            jdbc.sql("select region, notice_year from calendar_notice").query(rs -> {
                years.computeIfAbsent(rs.getString("region"), r -> new HashSet<>()).add(rs.getInt("notice_year"));
            });
            s = new Snapshot(days, years);
            snapshot = s;
        }
        return s;
    }
}
