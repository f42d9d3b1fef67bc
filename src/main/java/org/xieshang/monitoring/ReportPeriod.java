package org.xieshang.monitoring;

import java.time.LocalDate;

/**
 * The parts of a year officials report on (年报, 半年报, 季报): which months of the year count. The read model keeps
 * dated figures by month ({@link #month}); a case's stage counts in the year its number names only, so the stage funnel
 * is a whole year's.
 */
public enum ReportPeriod {
    YEAR(1, 12), H1(1, 6), H2(7, 12), Q1(1, 3), Q2(4, 6), Q3(7, 9), Q4(10, 12);

    private final int firstMonth;
    private final int lastMonth;

    ReportPeriod(int firstMonth, int lastMonth) {
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    /** The read model's period of a dated figure: the year and month of the day it happened (yyyymm). */
    static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** The period of a figure that belongs to a whole year and no month in it (yyyy00). */
    static int wholeYear(int year) {
        return year * 100;
    }

    /** The lowest and highest period of the year's months this part covers; the whole year's own period with the year. */
    int from(int year) {
        return this == YEAR ? wholeYear(year) : year * 100 + firstMonth;
    }

    int to(int year) {
        return year * 100 + lastMonth;
    }

    /** Its first day in that year, and the first day after it. */
    LocalDate start(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    LocalDate end(int year) {
        return LocalDate.of(year, lastMonth, 1).plusMonths(1);
    }

    public boolean wholeYear() {
        return this == YEAR;
    }

    /** The message key of its name. */
    public String label() {
        return "period." + name();
    }
}
