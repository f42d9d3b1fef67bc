package org.xieshang.deadlines;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xieshang.system.BusinessRuleException;

/**
 * The State Council's yearly notice on public holidays (国务院办公厅关于某年部分节假日安排的通知) as an official
 * types it in: the holidays (a day or a range per line, with the festival's name), the make-up working days
 * (调休上班日), the document number and date, and optionally one provincial extra day off. Parsed and checked here as
 * a pure function, so the portal can show the year as a calendar before anything is saved.
 */
public record HolidayNotice(int year, String title, String reference, LocalDate issuedOn, Map<LocalDate, Day> days,
                            String extraProvince, Day extraDay) {

    public enum Kind { HOLIDAY, WORKDAY }

    public record Day(LocalDate date, Kind kind, String name) {
    }

    /** A month of the preview: weeks from Monday, null before the first and after the last day. */
    public record Month(YearMonth month, List<List<LocalDate>> weeks) {
    }

    static final int MAX_TITLE = 200;
    static final int MAX_REFERENCE = 100;
    static final int MAX_NAME = 50;
    /** A year's notice is a few dozen lines; more is not a notice. */
    static final int MAX_LINES_TEXT = 4000;
    private static final Pattern LINE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:\\.\\.|至|~|～)\\s*(\\d{4}-\\d{2}-\\d{2}))?\\s*(.*)$");
    private static final Pattern PROVINCE = Pattern.compile("^\\d{2}0000$");

    /**
     * Reads the form. Holidays: {@code 2027-02-06..2027-02-13 春节}, one line each; working days: {@code 2027-02-14 春节调休}.
     * Every rule broken is reported at once with the line it is on; nothing is kept from a notice with an error.
     */
    public static HolidayNotice parse(Integer year, String title, String reference, LocalDate issuedOn, String holidays,
                                      String workdays, String extraProvince, LocalDate extraDate, String extraName) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(year != null && year >= 2000 && year <= 2100, "year", "calendar.year.range");
        rules.check(title != null && !title.isBlank(), "title", "calendar.title.required")
                .fits(title, MAX_TITLE, "title", "calendar.noticeTitle")
                .check(reference != null && !reference.isBlank(), "reference", "calendar.reference.required")
                .fits(reference, MAX_REFERENCE, "reference", "calendar.reference")
                .fits(holidays, MAX_LINES_TEXT, "holidays", "calendar.holidays")
                .fits(workdays, MAX_LINES_TEXT, "workdays", "calendar.workdays");
        rules.throwIfAny();
        rules.check(issuedOn != null && !issuedOn.isBefore(LocalDate.of(year - 1, 1, 1)) && !issuedOn.isAfter(LocalDate.of(year, 12, 31)),
                "issuedOn", "calendar.issuedOn.range", year - 1, year);
        Map<LocalDate, Day> days = new TreeMap<>();
        readLines(holidays, Kind.HOLIDAY, year, days, rules, "holidays");
        readLines(workdays, Kind.WORKDAY, year, days, rules, "workdays");
        rules.check(days.values().stream().anyMatch(d -> d.kind() == Kind.HOLIDAY), "holidays", "calendar.holidays.required");
        Day extra = null;
        boolean anyExtra = present(extraProvince) || extraDate != null || present(extraName);
        if (anyExtra) {
            rules.check(present(extraProvince) && PROVINCE.matcher(extraProvince.trim()).matches(), "extraProvince",
                    "calendar.extra.province");
            rules.check(extraDate != null && extraDate.getYear() == year, "extraDate", "calendar.extra.date", year);
            rules.check(present(extraName), "extraName", "calendar.extra.name").fits(extraName, MAX_NAME, "extraName", "calendar.extraName");
            if (extraDate != null && present(extraName)) {
                extra = new Day(extraDate, Kind.HOLIDAY, extraName.trim());
            }
        }
        rules.throwIfAny();
        return new HolidayNotice(year, title.trim(), reference.trim(), issuedOn, days, anyExtra ? extraProvince.trim() : null, extra);
    }

    private static void readLines(String text, Kind kind, int year, Map<LocalDate, Day> days,
                                  BusinessRuleException.Collector rules, String field) {
        if (text == null) {
            return;
        }
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = n + 1;
            Matcher m = LINE.matcher(line);
            LocalDate from;
            LocalDate to;
            try {
                if (!m.matches()) {
                    throw new DateTimeException(line);
                }
                from = LocalDate.parse(m.group(1));
                to = m.group(2) == null ? from : LocalDate.parse(m.group(2));
            } catch (DateTimeException e) {
                rules.check(false, field, "calendar.line.unreadable", lineNo, line);
                continue;
            }
            String name = m.group(3).trim();
            // A notice places days around its year's festivals: New Year's Eve or early January of the next may be in it.
            boolean inWindow = !from.isBefore(LocalDate.of(year - 1, 12, 1)) && !to.isAfter(LocalDate.of(year + 1, 1, 31));
            boolean ordered = !to.isBefore(from) && from.plusDays(14).isAfter(to);
            boolean named = kind == Kind.WORKDAY || !name.isEmpty();
            rules.check(inWindow, field, "calendar.line.outsideYear", lineNo, line, year);
            rules.check(ordered, field, "calendar.line.range", lineNo, line);
            rules.check(named, field, "calendar.line.name", lineNo, line);
            rules.check(name.length() <= MAX_NAME, field, "calendar.line.nameLength", lineNo, MAX_NAME);
            if (!inWindow || !ordered || !named || name.length() > MAX_NAME) {
                continue;
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                rules.check(kind != Kind.WORKDAY || weekend, field, "calendar.line.workdayOnWeekday", lineNo, d.toString());
                Day earlier = days.get(d);
                rules.check(earlier == null, field, "calendar.line.twice", lineNo, d.toString());
                if (earlier == null) {
                    days.put(d, new Day(d, kind, name.isEmpty() ? (kind == Kind.WORKDAY ? "调休上班" : name) : name));
                }
            }
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The year as twelve months of weeks, for the official to check against the printed notice. */
    public List<Month> months() {
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<List<LocalDate>> weeks = new ArrayList<>();
            List<LocalDate> week = new ArrayList<>();
            for (int blank = 1; blank < ym.atDay(1).getDayOfWeek().getValue(); blank++) {
                week.add(null);
            }
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                week.add(ym.atDay(d));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            months.add(new Month(ym, weeks));
        }
        return months;
    }

    /** HOLIDAY, WORKDAY (make-up), WEEKEND or WORKING for a day of the preview. */
    public String kindOf(LocalDate day) {
        Day d = days.get(day);
        if (extraDay != null && extraDay.date().equals(day)) {
            return "PROVINCIAL";
        }
        if (d != null) {
            return d.kind().name();
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? "WEEKEND" : "WORKING";
    }

    public String nameOf(LocalDate day) {
        if (extraDay != null && extraDay.date().equals(day)) {
            return extraDay.name();
        }
        Day d = days.get(day);
        return d == null ? "" : d.name();
    }
}
