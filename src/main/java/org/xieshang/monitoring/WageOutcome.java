package org.xieshang.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;
import org.xieshang.jurisdiction.Area;
import org.xieshang.jurisdiction.AreaLevel;
import org.xieshang.system.Localized;

/**
 * The wage outcome of an area's year (metrics.md): contracts that took effect with an agreed average wage increase,
 * by industry, each against its district's wage guideline of the year. A district's own lines are shown with it; a
 * city or province compares each district with its own lines. Each industry drills to the cases behind its number.
 */
public record WageOutcome(List<FigureLine> lines, FigureLine total, Guideline guideline, boolean district) {

    /** A district's wage guideline lines of a year (%), as its labour bureau published them. */
    public record Guideline(BigDecimal lower, BigDecimal baseline, BigDecimal upper) {
    }

    static WageOutcome of(TallyTable table, Area area, int year, ReportPeriod period, Locale locale, String totalLabel) {
        Map<Long, Map<String, Long>> groups = table.read(area.id(), year, period, TallyTable.Split.INDUSTRY,
                List.of(Figure.WAGE_AGREEMENTS, Figure.WAGE_INCREASE));
        Map<Long, Localized> names = table.names(TallyTable.Split.INDUSTRY);
        List<FigureLine> lines = new ArrayList<>();
        Map<String, Long> total = new HashMap<>();
        groups.forEach((industry, counts) -> {
            if (counts.isEmpty()) {
                return;
            }
            counts.forEach((key, n) -> total.merge(key, n, Long::sum));
            Localized name = names.get(industry);
            lines.add(new FigureLine(name == null ? "—" : name.in(locale), cases(area, year, period)
                    .queryParam("industry", industry).build().toUriString(), counts));
        });
        lines.sort(Comparator.comparing(FigureLine::label));
        boolean district = area.level() == AreaLevel.DISTRICT;
        Guideline guideline = !district ? null
                : table.districtOfArea(area.id()).flatMap(d -> table.guideline(d, year)).orElse(null);
        return new WageOutcome(lines, new FigureLine(totalLabel, cases(area, year, period).build().toUriString(), total),
                guideline, district);
    }

    /** The cases behind a number: the area's contracts that took effect in the period with an agreed increase. */
    private static UriComponentsBuilder cases(Area area, int year, ReportPeriod period) {
        // A link names a part of the year only; the whole year is the list's default.
        return UriComponentsBuilder.fromPath("/cases").queryParam("area", area.id()).queryParam("wageYear", year)
                .queryParamIfPresent("period", period.wholeYear() ? Optional.empty() : Optional.of(period));
    }

    /** The facets in the order the tables show them. */
    public List<WageBand> bands() {
        return List.of(WageBand.values());
    }

    /** The average agreed increase of a line in per cent, two decimals; empty without agreements. */
    public Optional<BigDecimal> averagePercent(FigureLine line) {
        long agreements = line.total(Figure.WAGE_AGREEMENTS.name());
        return agreements == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(line.of(Figure.WAGE_INCREASE.name()))
                .divide(BigDecimal.valueOf(agreements * 100), 2, java.math.RoundingMode.HALF_UP));
    }

    /** The same as the page prints it: "6.25%", or "—". */
    public String average(FigureLine line) {
        return averagePercent(line).map(p -> p + "%").orElse("—");
    }
}
