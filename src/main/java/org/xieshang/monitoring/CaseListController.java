package org.xieshang.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Spreadsheet;

/**
 * The cases behind an official's number (/cases): those of an area of her jurisdiction, a year (by case number, as the
 * figures count them), a stage, or the offers left unanswered past their day; searched, paged, and exported.
 */
@Controller
class CaseListController {

    private static final int PAGE_SIZE = 50;

    private final BargainingCases cases;
    private final Jurisdictions jurisdictions;
    private final CaseDrillTable drill;
    private final DeadlineService deadlines;
    private final MessageSource messages;

    CaseListController(BargainingCases cases, Jurisdictions jurisdictions, CaseDrillTable drill, DeadlineService deadlines,
                       MessageSource messages) {
        this.cases = cases;
        this.jurisdictions = jurisdictions;
        this.drill = drill;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    /** What the list was asked for; each part optional. */
    /**
     * wageYear: only cases whose contract took effect that year with an agreed wage increase; industry: the party's;
     * missedClock and missedYear: only cases where that clock ran out without its act in that year.
     */
    record Ask(String q, Long area, Integer year, CaseStage stage, boolean overdue, Long industry, Integer wageYear,
               String missedClock, Integer missedYear, ReportPeriod period) {
    }

    @GetMapping("/cases")
    String list(@CurrentUser PortalUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Long area,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) CaseStage stage,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long industry,
                @RequestParam(required = false) Integer wageYear, @RequestParam(required = false) String missedClock,
                @RequestParam(required = false) Integer missedYear, @RequestParam(required = false) ReportPeriod period,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Ask ask = new Ask(q, area, year, overdue ? CaseStage.OFFER_SENT : stage, overdue, industry, wageYear,
                missedClock, missedYear, period);
        var found = cases.page(user, search(user, ask), page, PAGE_SIZE);
        found.addTo(model, "cases");
        model.addAttribute("countCap", BargainingCases.capReached(found));
        model.addAttribute("ask", ask);
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("districts", drill.districtNames(found.items().stream().map(BargainingCase::districtId).distinct().toList()));
        model.addAttribute("areaName", area == null ? null : jurisdictions.area(area).map(a -> a.name()).orElse(null));
        model.addAttribute("industryName", industry == null ? null : drill.industryName(industry).orElse(null));
        model.addAttribute("missedClockName", missedClock == null ? null : deadlines.clocks().get(missedClock).name());
        return "statistics/cases";
    }

    /** What the list found, as CSV or as an Excel workbook. */
    @GetMapping({"/cases.csv", "/cases.xlsx"})
    ResponseEntity<byte[]> export(@CurrentUser PortalUser user, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Long area, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) CaseStage stage, @RequestParam(defaultValue = "false") boolean overdue,
                                  @RequestParam(required = false) Long industry, @RequestParam(required = false) Integer wageYear,
                                  @RequestParam(required = false) String missedClock, @RequestParam(required = false) Integer missedYear,
                                  @RequestParam(required = false) ReportPeriod period, Locale locale, HttpServletRequest request) {
        Ask ask = new Ask(q, area, year, overdue ? CaseStage.OFFER_SENT : stage, overdue, industry, wageYear,
                missedClock, missedYear, period);
        List<BargainingCase> found = cases.all(user, search(user, ask));
        var districts = drill.districtNames(found.stream().map(BargainingCase::districtId).distinct().toList());
        Spreadsheet sheet = new Spreadsheet().sheet(text("cases.list.title", locale),
                Arrays.stream(text("cases.list.header", locale).split("\\|")).toList());
        for (BargainingCase c : found) {
            sheet.row(Arrays.asList(c.caseNo(), c.partyName(), districts.get(c.districtId()).in(locale), text("case.stage." + c.stage(), locale),
                    c.ladderStep() == null ? "" : text("case.ladder." + c.ladderStep(), locale),
                    c.openedAt().atZone(deadlines.zone()).toLocalDate().toString()));
        }
        return Spreadsheet.send(sheet, request, "cases");
    }

    private BargainingCases.Search search(PortalUser user, Ask ask) {
        if (!user.official()) {
            throw new NotFoundException("case list");
        }
        if (ask.missedClock() != null && !deadlines.clocks().containsKey(ask.missedClock())) {
            throw new NotFoundException("clock " + ask.missedClock());
        }
        if (ask.area() != null && !jurisdictions.within(ask.area(), user.areaId())) {
            throw new NotFoundException("area " + ask.area());
        }
        return drill.search(ask, deadlines.today());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
