package org.xieshang.campaign;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What an upper-level union official types to launch a campaign; checked by {@link CampaignService#launch}. */
public class CampaignForm implements Serializable {

    private Integer year;
    private String title;
    private BigDecimal targetCoverage;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;

    /** The form as first shown: this year's campaign, a 90 % target, the closing date left to the official. */
    static CampaignForm proposedFor(int year, String title) {
        return of(year, title, BigDecimal.valueOf(90), null);
    }

    /** A launch decided elsewhere than the form (the demo seeder, a benchmark). */
    public static CampaignForm of(int year, String title, BigDecimal targetCoverage, LocalDate closesOn) {
        CampaignForm form = new CampaignForm();
        form.year = year;
        form.title = title;
        form.targetCoverage = targetCoverage;
        form.closesOn = closesOn;
        return form;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public BigDecimal getTargetCoverage() {
        return targetCoverage;
    }

    public void setTargetCoverage(BigDecimal targetCoverage) {
        this.targetCoverage = targetCoverage;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
