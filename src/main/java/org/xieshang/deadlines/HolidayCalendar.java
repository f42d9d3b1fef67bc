package org.xieshang.deadlines;

import java.time.DayOfWeek;
import java.sql.Date;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /** The notices on record, newest year first. */
    List<NoticeRow> notices() {
        return jdbc.sql("select * from calendar_notice order by notice_year desc, region").query((rs, i) -> new NoticeRow(
                rs.getString("region"), rs.getInt("notice_year"), rs.getString("title"), rs.getString("reference"),
                rs.getDate("issued_on") == null ? null : rs.getDate("issued_on").toLocalDate(), rs.getString("entered_by"))).list();
    }

    record NoticeRow(String region, int year, String title, String reference, LocalDate issuedOn, String enteredBy) {
    }

    /**
     * Keeps a year's national notice (and a province's extra day), replacing what an earlier entry of the same year
     * said: a corrected notice is entered again.
     */
    void store(HolidayNotice notice, String userId) {
        jdbc.sql("delete from calendar_day where region = ? and on_date between ? and ?")
                .params(NATIONAL, Date.valueOf(LocalDate.of(notice.year(), 1, 1)), Date.valueOf(LocalDate.of(notice.year(), 12, 31)))
                .update();
        jdbc.sql("delete from calendar_notice where region = ? and notice_year = ?").params(NATIONAL, notice.year()).update();
        jdbc.sql("""
                        insert into calendar_notice (region, notice_year, title, reference, issued_on, entered_by, entered_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(NATIONAL, notice.year(), notice.title(), notice.reference(), Date.valueOf(notice.issuedOn()), userId,
                        java.sql.Timestamp.from(java.time.Instant.now()))
                .update();
        notice.days().values().forEach(d -> insertDay(NATIONAL, d));
        if (notice.extraDay() != null) {
            insertDay(notice.extraProvince(), notice.extraDay());
        }
        reload();
        // The recompute in this transaction reads the new days; after a rollback no one may keep reading them.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reload();
                }
            });
        }
    }

    /** A day of a notice; one that falls in the neighbouring year replaces what that year's entry said of it. */
    private void insertDay(String region, HolidayNotice.Day day) {
        jdbc.sql("delete from calendar_day where region = ? and on_date = ?").params(region, Date.valueOf(day.date())).update();
        jdbc.sql("insert into calendar_day (region, on_date, kind, name_zh) values (?, ?, ?, ?)")
                .params(region, Date.valueOf(day.date()), day.kind().name(), day.name()).update();
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
