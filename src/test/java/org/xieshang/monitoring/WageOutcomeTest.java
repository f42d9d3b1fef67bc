package org.xieshang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.contract.RecordedContracts;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.offer.ContractType;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/**
 * The wage outcome (metrics.md): agreed average increases of the contracts that took effect in a year, against each
 * district's wage guideline of that year, equal to a count made here from the contracts and the guidelines.
 */
@XieshangTest
class WageOutcomeTest {

    @Autowired
    FreshDistrict districts;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    RecordedContracts recorded;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Tallies tallies;
    @Autowired
    TallyRebuild rebuild;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void each_agreement_counts_in_the_year_it_took_effect_against_its_own_district_s_guideline_and_drills_to_its_cases()
            throws Exception {
        // Guideline of this year: lower 4.0, baseline 6.0, upper 9.0 (FreshDistrict); the second district has none.
        FreshDistrict.District a = districts.create("640000", "640870");
        FreshDistrict.District b = districts.create("640000", "640870");
        int year = deadlines.today().getYear();
        jdbc.sql("delete from wage_guideline where district_id = ?").param(b.id()).update();
        LocalDate thisYear = LocalDate.of(year, 1, 1);
        for (String increase : List.of("3.5", "4.0", "6.0", "8.25", "9.5")) {
            record(a, ContractType.WAGES, thisYear, new BigDecimal(increase));
        }
        record(a, ContractType.WOMEN_WORKERS, thisYear, null);
        record(a, ContractType.COMPREHENSIVE, thisYear.minusDays(1), new BigDecimal("7.0"));
        record(b, ContractType.WAGES, thisYear, new BigDecimal("5.0"));

        long city = jurisdictions.byCode("640870").orElseThrow().id();
        Map<String, Long> kept = tallies.of(city, year);
        Map<String, Long> counted = countedHere(List.of(a.id(), b.id()), year);
        assertThat(counted).as("the count made here").containsEntry("WAGE_AGREEMENTS:BELOW_LOWER", 1L)
                .containsEntry("WAGE_AGREEMENTS:TO_BASELINE", 2L).containsEntry("WAGE_AGREEMENTS:TO_UPPER", 1L)
                .containsEntry("WAGE_AGREEMENTS:ABOVE_UPPER", 1L).containsEntry("WAGE_AGREEMENTS:NO_GUIDELINE", 1L)
                .containsEntry("WAGE_INCREASE", 3625L);
        counted.forEach((key, n) -> assertThat(kept).as(key).containsEntry(key, n));
        assertThat(kept).as("no other band").doesNotContainKeys(List.of(WageBand.values()).stream()
                .map(band -> "WAGE_AGREEMENTS:" + band).filter(key -> !counted.containsKey(key)).toArray(String[]::new));
        assertThat(tallies.of(city, year - 1)).as("the contract of last year, when neither district had a guideline")
                .containsEntry("WAGE_AGREEMENTS:NO_GUIDELINE", 1L).containsEntry("WAGE_INCREASE", 700L);
        rebuild.rebuild();
        assertThat(tallies.of(city, year)).as("a count from scratch").isEqualTo(kept);
        // Every agreement took effect on 1 January: the first quarter and half have them all, the second quarter none.
        for (ReportPeriod part : List.of(ReportPeriod.Q1, ReportPeriod.H1)) {
            counted.forEach((key, n) -> assertThat(tallies.of(city, year, part)).as(part + " " + key).containsEntry(key, n));
        }
        assertThat(tallies.of(city, year, ReportPeriod.Q2)).doesNotContainKeys("WAGE_INCREASE", "WAGE_AGREEMENTS:TO_BASELINE");

        jurisdictions.ensureOfficials(city);
        PortalUser official = districts.person("city640870.zgh", "马", "立新", PartyDirectory.upperUnionOfArea(city),
                Position.UPPER_UNION_OFFICIAL);
        // (3.5 + 4.0 + 6.0 + 8.25 + 9.5 + 5.0) / 6 = 6.04
        mvc.perform(get("/statistics").with(DemoUsers.as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("工资协商成效"), containsString("6.04%"),
                        containsString("各区县的协议按本区县当年工资指导线对照"),
                        containsString("/cases?area=" + city + "&amp;wageYear=" + year + "&amp;industry="))));
        mvc.perform(get("/statistics").param("area", String.valueOf(jurisdictions.areaOfDistrict(a.id())))
                        .with(DemoUsers.as(official)))
                .andExpect(content().string(allOf(containsString("下线 4%，基准线 6%，上线（预警线）9%"), containsString("6.25%"))));
        mvc.perform(get("/statistics").param("period", "Q1").with(DemoUsers.as(official)))
                .andExpect(content().string(allOf(containsString("第一季度"), containsString("6.04%"),
                        containsString("period=Q1"), containsString("funnel-year-only"))));
        mvc.perform(get("/statistics").param("period", "Q2").with(DemoUsers.as(official)))
                .andExpect(content().string(allOf(containsString("本期尚无约定工资增幅的集体合同生效"), not(containsString("6.04%")))));
        mvc.perform(get("/cases").param("area", String.valueOf(city)).param("wageYear", String.valueOf(year)).param("period", "Q2")
                        .with(DemoUsers.as(official)))
                .andExpect(content().string(containsString("共 0 项")));
        mvc.perform(get("/statistics").param("area", String.valueOf(jurisdictions.areaOfDistrict(b.id())))
                        .with(DemoUsers.as(official)))
                .andExpect(content().string(containsString("本区县尚未录入" + year + "年工资指导线")));
        byte[] workbook = mvc.perform(get("/statistics.xlsx").with(DemoUsers.as(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var sheet = book.getSheet("工资协商成效");
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(1).getNumericCellValue()).as("agreements, a number").isEqualTo(6.0);
            assertThat(total.getCell(2).getNumericCellValue()).as("the average increase").isEqualTo(6.04);
            assertThat(total.getCell(3).getNumericCellValue()).as("below the lower line").isEqualTo(1.0);
        }
        byte[] report = mvc.perform(get("/statistics/report.pdf").with(DemoUsers.as(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(org.xieshang.testing.PdfChecks.text(report).replaceAll("\\s", "")).contains("四、工资集体协商成效", "合计66.04%");
        mvc.perform(get("/cases").param("area", String.valueOf(city)).param("wageYear", String.valueOf(year))
                        .with(DemoUsers.as(official)))
                .andExpect(content().string(allOf(containsString("共 6 项"), containsString(year + "年生效、约定工资增幅的集体合同"))));
        mvc.perform(get("/cases").param("area", String.valueOf(jurisdictions.areaOfDistrict(b.id())))
                        .param("wageYear", String.valueOf(year)).with(DemoUsers.as(a.bureau())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases.csv").param("area", String.valueOf(city)).param("wageYear", String.valueOf(year - 1))
                        .with(DemoUsers.as(official)))
                .andExpect(content().string(not(containsString(b.name()))));
    }

    private void record(FreshDistrict.District d, ContractType type, LocalDate effectiveOn, BigDecimal increase) {
        long enterprise = enterprises.register(d.upperUnion(), "宁夏工资成效", 80, 30, 0);
        recorded.record(RecordedContracts.Paper.ofEnterprise(enterprise, type, 1, effectiveOn.minusDays(20), effectiveOn, increase,
                d.upperUnion().userId()));
    }

    /** Straight from the contracts and the guidelines, by their own comparison: the figures the read model must equal. */
    private Map<String, Long> countedHere(List<Long> districtIds, int year) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select case when g.district_id is null then 'NO_GUIDELINE'
                                    when k.wage_increase < g.lower_percent then 'BELOW_LOWER'
                                    when k.wage_increase <= g.baseline_percent then 'TO_BASELINE'
                                    when k.wage_increase <= g.upper_percent then 'TO_UPPER' else 'ABOVE_UPPER' end as band,
                               k.wage_increase
                        from collective_contract k join enterprise e on e.id = k.enterprise_id
                        left join wage_guideline g on g.district_id = e.district_id and g.guideline_year = ?
                        where e.district_id in (?, ?) and k.wage_increase is not null
                          and k.effective_on >= ? and k.effective_on < ?""")
                .params(year, districtIds.get(0), districtIds.get(1), Date.valueOf(LocalDate.of(year, 1, 1)),
                        Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query(rs -> {
                    counts.merge("WAGE_AGREEMENTS:" + rs.getString("band"), 1L, Long::sum);
                    counts.merge("WAGE_INCREASE", rs.getBigDecimal("wage_increase").movePointRight(2).longValueExact(), Long::sum);
                });
        return counts;
    }
}
