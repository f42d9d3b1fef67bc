package org.xieshang.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.offer.ContractType;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Spreadsheet;

/** The statistics page as a workbook, in the user's language: the same lines, columns and totals as on screen. */
@Component
class StatisticsExport {

    private final MessageSource messages;
    private final DocumentService documents;
    private final DeadlineService deadlines;

    StatisticsExport(MessageSource messages, DocumentService documents, DeadlineService deadlines) {
        this.messages = messages;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    Spreadsheet workbook(StatisticsController.Figures f, Locale locale) {
        Spreadsheet book = new Spreadsheet();
        String first = f.split() == TallyTable.Split.AREA ? text("statistics.area", locale) : text("statistics.by." + f.split(), locale);
        book.sheet(text("statistics.coverage", locale), List.of(first, text("figure.ENTERPRISES", locale),
                text("figure.ENTERPRISES_WITH_UNION", locale), text("statistics.unionCoverage", locale) + " %",
                text("figure.EMPLOYEES", locale), text("figure.OFFERED_ENTERPRISES", locale),
                text("statistics.offerCoverage", locale) + " %", text("figure.OFFERED_EMPLOYEES", locale),
                text("figure.CONTRACTS_IN_FORCE", locale), text("figure.COVERED_ENTERPRISES", locale),
                text("figure.COVERED_EMPLOYEES", locale), text("figure.CONGRESS_HELD", locale),
                text("statistics.congressRate", locale) + " %"));
        List<FigureLine> lines = new ArrayList<>(f.lines());
        lines.add(f.total());
        for (FigureLine l : lines) {
            book.row(List.of(l.label(), l.of("ENTERPRISES"), l.of("ENTERPRISES_WITH_UNION"),
                    percent(l, "ENTERPRISES_WITH_UNION", "ENTERPRISES"), l.of("EMPLOYEES"), l.of("OFFERED_ENTERPRISES"),
                    percent(l, "OFFERED_ENTERPRISES", "ENTERPRISES_WITH_UNION"), l.of("OFFERED_EMPLOYEES"),
                    l.total("CONTRACTS_IN_FORCE"), l.of("COVERED_ENTERPRISES"), l.of("COVERED_EMPLOYEES"), l.of("CONGRESS_HELD"), percent(l, "CONGRESS_HELD", "ENTERPRISES_WITH_UNION")));
        }
        book.sheet(text("statistics.responseSheet", locale), List.of(first, text("figure.OFFERS_SERVED", locale),
                text("statistics.answeredOnTime", locale), text("statistics.answeredLate", locale),
                text("statistics.responseRate", locale) + " %"));
        for (FigureLine l : lines) {
            book.row(List.of(l.label(), l.of("OFFERS_SERVED"), l.of("ANSWERS:ON_TIME"), l.of("ANSWERS:LATE"),
                    percent(l, "ANSWERS:ON_TIME", "OFFERS_SERVED")));
        }
        book.sheet(text("statistics.renewalSheet", locale), List.of(first, text("figure.RENEWAL_WINDOW", locale),
                text("figure.RENEWAL_STARTED", locale), text("statistics.renewalMissing", locale)));
        for (FigureLine l : lines) {
            book.row(List.of(l.label(), l.of("RENEWAL_WINDOW"), l.of("RENEWAL_STARTED"), l.of("RENEWAL_WINDOW") - l.of("RENEWAL_STARTED")));
        }
        book.sheet(text("statistics.cases", locale), List.of(text("case.stage", locale), text("statistics.cases", locale)));
        for (CaseStage s : CaseStage.values()) {
            book.row(List.of(text("case.stage." + s, locale), f.total().of("CASES:" + s)));
        }
        book.sheet(text("figure.CONTRACTS_IN_FORCE", locale), List.of(text("contract.type", locale), text("figure.CONTRACTS_IN_FORCE", locale)));
        for (ContractType t : ContractType.values()) {
            book.row(List.of(t.label().in(locale), f.total().of("CONTRACTS_IN_FORCE:" + t)));
        }
        book.sheet(text("statistics.contractLevels", locale), List.of(text("contract.level", locale), text("figure.CONTRACTS_IN_FORCE", locale)));
        for (String level : Tallies.LEVELS) {
            book.row(List.of(text("contract.level." + level, locale), f.total().of("CONTRACTS_BY_LEVEL:" + level)));
        }
        book.sheet(text("statistics.clockSheet", locale), List.of(text("statistics.clocks.step", locale),
                text("statistics.clocks.limit", locale), text("statistics.clocks.measured", locale),
                text("statistics.clocks.median", locale), text("statistics.clocks.missed", locale)));
        for (ClockLine c : f.clocks()) {
            book.row(List.of(c.clock().name().in(locale), c.clock().lengthText().in(locale), c.measured(),
                    c.measured() > 0 ? (Object) c.medianDays() : "", c.missed()));
        }
        List<String> wageHeader = new ArrayList<>(List.of(text("statistics.by.INDUSTRY", locale), text("figure.WAGE_AGREEMENTS", locale),
                text("statistics.wages.average", locale) + " %"));
        f.wages().bands().forEach(b -> wageHeader.add(text("wageBand." + b, locale)));
        book.sheet(text("statistics.wageSheet", locale), wageHeader);
        List<FigureLine> wageLines = new ArrayList<>(f.wages().lines());
        wageLines.add(f.wages().total());
        for (FigureLine l : wageLines) {
            List<Object> row = new ArrayList<>(List.of(l.label(), l.total(Figure.WAGE_AGREEMENTS.name()),
                    f.wages().averagePercent(l).<Object>map(BigDecimal::doubleValue).orElse("")));
            f.wages().bands().forEach(b -> row.add(l.of(Figure.WAGE_AGREEMENTS.name() + ":" + b)));
            book.row(row);
        }
        return book;
    }

    /**
     * The figures as the statistics report (集体合同工作年度统计表, or the half-year's or quarter's), stored as a document of
     * the official's party.
     */
    byte[] annualReport(StatisticsController.Figures f, PortalUser user) {
        String when = f.year() + " 年" + (f.period().wholeYear() ? "度" : messages.getMessage(f.period().label(), null,
                java.util.Locale.SIMPLIFIED_CHINESE));
        String title = DocumentType.ANNUAL_REPORT.title().zh() + "（" + f.area().name().zh() + " " + when + "）";
        StoredDocument stored = documents.generate(new DocumentService.Request(DocumentType.ANNUAL_REPORT,
                "REPORT-" + f.area().code() + "-" + f.year() + (f.period().wholeYear() ? "" : "-" + f.period()), null, null, title,
                Set.of(user.partyId()), user.userId()),
                new AnnualReport(f.area().name().zh(), f.year(), when, f.period().wholeYear(), deadlines.today(), user.partyName().zh(),
                        f.split() == TallyTable.Split.AREA ? "地区" : "行业", f.total(), f.lines(), List.of(ContractType.values()),
                        Tallies.LEVELS, f.wages()));
        return documents.bytes(stored.id());
    }

    /** What the report template reads. */
    record AnnualReport(String areaName, int year, String period, boolean wholeYear, java.time.LocalDate asOf, String issuer,
                        String splitName, FigureLine total,
                        List<FigureLine> lines, List<ContractType> contractTypes, List<String> contractLevels, WageOutcome wages)
            implements DocumentModel {
    }

    /** A rate as a number with one decimal, or an empty cell when there is nothing to divide by. */
    private static Object percent(FigureLine l, String numerator, String denominator) {
        return l.percent(numerator, denominator).<Object>map(BigDecimal::doubleValue).orElse("");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
