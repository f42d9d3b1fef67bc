package org.xieshang.deadlines;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The holiday notice as the administrator types it from the State Council's document. */
public class CalendarForm implements java.io.Serializable {

    private Integer year;
    private String title;
    private String reference;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;
    private String holidays;
    private String workdays;
    private String extraProvince;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate extraDate;
    private String extraName;

    HolidayNotice toNotice() {
        return HolidayNotice.parse(year, title, reference, issuedOn, holidays, workdays, extraProvince, extraDate, extraName);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getHolidays() { return holidays; }
    public void setHolidays(String holidays) { this.holidays = holidays; }
    public String getWorkdays() { return workdays; }
    public void setWorkdays(String workdays) { this.workdays = workdays; }
    public String getExtraProvince() { return extraProvince; }
    public void setExtraProvince(String extraProvince) { this.extraProvince = extraProvince; }
    public LocalDate getExtraDate() { return extraDate; }
    public void setExtraDate(LocalDate extraDate) { this.extraDate = extraDate; }
    public String getExtraName() { return extraName; }
    public void setExtraName(String extraName) { this.extraName = extraName; }
}
