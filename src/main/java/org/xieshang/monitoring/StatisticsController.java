package org.xieshang.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.jurisdiction.Area;
import org.xieshang.jurisdiction.AreaLevel;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.offer.ContractType;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Localized;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.ParallelReads;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Spreadsheet;

/**
 * The officials' figures for any area of their jurisdiction and any year (/statistics): the area's totals, then one
 * line per area directly below it (a district's lines are its industries or its parks), each line leading one level
 * down and, at a district, to the enterprises behind the number. Read from the read model, never from the cases.
 */
@Controller
class StatisticsController {

    private static final int YEARS_BACK = 4;

    private final TallyTable table;
    private final Tallies tallies;
    private final Jurisdictions jurisdictions;
    private final DeadlineService deadlines;
    private final StatisticsExport exports;
    private final OpenClocks openClocks;
    private final ParallelReads reads;

    StatisticsController(TallyTable table, Tallies tallies, Jurisdictions jurisdictions, DeadlineService deadlines,
                         StatisticsExport exports, OpenClocks openClocks, ParallelReads reads) {
        this.reads = reads;
        this.openClocks = openClocks;
        this.exports = exports;
        this.table = table;
        this.tallies = tallies;
        this.jurisdictions = jurisdictions;
        this.deadlines = deadlines;
    }

    /** What one request asked for and found: the area, the year, how it is split, its total and its lines. */
    record Figures(Area area, String province, int year, ReportPeriod period, TallyTable.Split split, FigureLine total,
                   List<FigureLine> lines, WageOutcome wages, List<ClockLine> clocks) {
    }

    @GetMapping("/statistics")
    String show(@CurrentUser PortalUser user, @RequestParam(required = false) Long area, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "YEAR") ReportPeriod period, @RequestParam(defaultValue = "INDUSTRY") TallyTable.Split by,
                Locale locale, Model model) {
        Figures f = figures(user, area, year, period, by, locale);
        int thisYear = deadlines.today().getYear();
        model.addAttribute("area", f.area());
        // The breadcrumb starts at the official's own area: nothing above it is hers to open.
        model.addAttribute("lineage", jurisdictions.lineage(f.area().id()).stream().dropWhile(a -> a.id() != user.areaId()).toList());
        model.addAttribute("year", f.year());
        model.addAttribute("period", f.period());
        model.addAttribute("periods", ReportPeriod.values());
        model.addAttribute("years", IntStream.rangeClosed(thisYear - YEARS_BACK, thisYear).boxed().sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("split", f.split());
        model.addAttribute("total", f.total());
        model.addAttribute("lines", f.lines());
        model.addAttribute("wages", f.wages());
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("contractLevels", Tallies.LEVELS);
        model.addAttribute("clocks", f.clocks());
        model.addAttribute("openClocks", openClocks.of(f.area().id(), deadlines.today(), OpenClocks.KEYS,
                clockId -> deadlines.clock(clockId, f.province())).stream().filter(l -> l.total() > 0).toList());
        model.addAttribute("openClocksWeek", OpenClocks.WEEK);
        model.addAttribute("openClocksMonth", OpenClocks.MONTH);
        model.addAttribute("openClocksCap", OpenClocks.CAP);
        return "statistics/show";
    }

    /** The same figures as a workbook: the coverage table, the stage funnel and the contracts by type. */
    @GetMapping({"/statistics.xlsx", "/statistics.csv"})
    ResponseEntity<byte[]> export(@CurrentUser PortalUser user, @RequestParam(required = false) Long area,
                                  @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "YEAR") ReportPeriod period,
                                  @RequestParam(defaultValue = "INDUSTRY") TallyTable.Split by, Locale locale,
                                  jakarta.servlet.http.HttpServletRequest request) {
        Figures f = figures(user, area, year, period, by, locale);
        Spreadsheet book = exports.workbook(f, locale);
        String name = "statistics-" + f.area().code() + "-" + f.year() + (period.wholeYear() ? "" : "-" + period);
        return Spreadsheet.send(book, request, name);
    }

    /** The year's report for the area as a PDF document of the official's party (a new version each time). */
    @GetMapping("/statistics/report.pdf")
    ResponseEntity<byte[]> report(@CurrentUser PortalUser user, @RequestParam(required = false) Long area,
                                  @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "YEAR") ReportPeriod period,
                                  Locale locale) {
        Figures f = figures(user, area, year, period, TallyTable.Split.INDUSTRY, Locale.SIMPLIFIED_CHINESE);
        byte[] pdf = exports.annualReport(f, user);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .inline().filename("annual-report-" + f.area().code() + "-" + f.year()
                                + (period.wholeYear() ? "" : "-" + period) + ".pdf",
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private Figures figures(PortalUser user, Long area, Integer year, ReportPeriod period, TallyTable.Split by, Locale locale) {
        if (!user.official()) {
            throw new NotFoundException("statistics");
        }
        long areaId = area == null ? user.areaId() : area;
        if (!jurisdictions.within(areaId, user.areaId())) {
            throw new NotFoundException("area " + areaId);
        }
        Area shown = jurisdictions.area(areaId).orElseThrow(() -> new NotFoundException("area " + areaId));
        int thisYear = deadlines.today().getYear();
        int chosen = year == null || year > thisYear || year < thisYear - YEARS_BACK ? thisYear : year;
        TallyTable.Split split = shown.level() == AreaLevel.DISTRICT
                ? (by == TallyTable.Split.PARK ? by : TallyTable.Split.INDUSTRY) : TallyTable.Split.AREA;
        var wages = reads.start(() -> WageOutcome.of(table, shown, chosen, period, locale, shown.name().in(locale)));
        Map<Long, Map<String, Long>> groups = tallies.read(areaId, chosen, period, split);
        // Every district of the area lies in one group (an area below, an industry, a park or none), so the area's total
        // is the groups' sum: the figures are read once per page.
        Map<String, Long> total = new java.util.HashMap<>();
        groups.values().forEach(counts -> counts.forEach((key, count) -> total.merge(key, count, Long::sum)));
        String province = jurisdictions.lineage(shown.id()).get(0).code();
        FigureLine sum = new FigureLine(shown.name().in(locale), null, total);
        return new Figures(shown, province, chosen, period, split, sum, lines(shown, split, groups, chosen, period, locale),
                ParallelReads.result(wages),
                ClockLine.of(sum, clockId -> deadlines.clock(clockId, province)));
    }

    private List<FigureLine> lines(Area shown, TallyTable.Split split, Map<Long, Map<String, Long>> groups, int year,
                                   ReportPeriod period, Locale locale) {
        List<FigureLine> lines = new ArrayList<>();
        if (split == TallyTable.Split.AREA) {
            for (Area child : jurisdictions.children(shown.id())) {
                lines.add(new FigureLine(child.name().in(locale), "/statistics?area=" + child.id() + "&year=" + year
                        + (period.wholeYear() ? "" : "&period=" + period),
                        groups.getOrDefault(child.id(), Map.of())));
            }
            return lines;
        }
        Map<Long, Localized> names = table.names(split);
        long districtId = table.districtOfArea(shown.id()).orElseThrow();
        String filter = split == TallyTable.Split.INDUSTRY ? "industry" : "park";
        groups.forEach((id, counts) -> {
            Localized name = names.get(id);
            String label = name == null ? "—" : name.in(locale);
            lines.add(new FigureLine(label, name == null ? null : UriComponentsBuilder.fromPath("/enterprises")
                    .queryParam("district", districtId).queryParam(filter, name.zh()).encode().build().toUriString(), counts));
        });
        lines.sort(Comparator.comparing(FigureLine::label));
        return lines;
    }
}
