package org.xieshang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.offer.AnswerForm;
import org.xieshang.offer.AnswerKind;
import org.xieshang.offer.OfferSteps;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.ServedOffers;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/**
 * The officials' figures are kept by the steps in their own transactions: after registering, a campaign and an offer
 * they equal a count from scratch, a step that rolls back leaves them as they were, and the statistics page shows
 * them for the official's area and the areas below it only.
 */
@XieshangTest
class OfficialsFiguresTest {

    @Autowired
    FreshDistrict districts;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Tallies tallies;
    @Autowired
    TallyFold fold;
    @Autowired
    TallyRebuild rebuild;
    @Autowired
    CollectiveBargainingProcess bargaining;
    @Autowired
    OfferSteps offerSteps;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServedOffers served;
    @Autowired
    MockMvc mvc;

    @Test
    void the_steps_keep_the_figures_equal_to_a_count_from_scratch_and_a_rolled_back_step_changes_none() {
        FreshDistrict.District d = districts.create("640000", "640960");
        enterprises.register(d.upperUnion(), "宁夏统计测试", 120, 60, 0);
        long city = jurisdictions.byCode("640960").orElseThrow().id();
        int year = deadlines.today().getYear();
        BargainingCase c = served.serve(d, BargainingOffers.wageOffer());
        AnswerForm accept = new AnswerForm();
        accept.setKind(AnswerKind.ACCEPT);
        accept.setMeetingAt(LocalDateTime.now().plusDays(20).withSecond(0).withNano(0));
        accept.setMeetingPlace("公司会议室");
        offerSteps.answerOffer(bargaining.task(c.caseNo(), CollectiveBargaining.TASK_ANSWER_OFFER, d.hr()).getId(), accept, d.hr());

        Map<String, Long> kept = tallies.of(city, year);
        assertThat(kept).containsEntry("ENTERPRISES", 2L).containsEntry("ENTERPRISES_WITH_UNION", 2L)
                .containsEntry("EMPLOYEES", 720L).containsEntry("CASES:" + CaseStage.PREPARATION, 1L)
                .doesNotContainKey("CASES:" + CaseStage.OFFER_SENT).containsEntry("ANSWERS:ON_TIME", 1L)
                .containsEntry("CASES:" + CaseStage.DRAFT, 1L).containsEntry("OFFERED_ENTERPRISES", 1L)
                .containsEntry("OFFERED_EMPLOYEES", 600L).containsEntry("OFFERS_SERVED", 1L);
        assertThat(kept).as("no congress held in the new district yet").doesNotContainKey("CONGRESS_HELD");
        fold.fold();
        assertThat(tallies.of(city, year)).as("folding changes no figure").isEqualTo(kept);
        rebuild.rebuild();
        assertThat(tallies.of(city, year)).as("a count from scratch").isEqualTo(kept);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            enterprises.register(d.upperUnion(), "宁夏回滚测试", 300, 100, 0);
            throw new IllegalStateException("the step fails after registering");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tallies.of(city, year)).as("a rolled-back step counts nothing").isEqualTo(kept);
    }

    @Test
    void a_stage_s_number_leads_to_its_cases_and_an_overdue_offer_to_the_overdue_list_in_the_official_s_area_only() throws Exception {
        FreshDistrict.District d = districts.create("640000", "640850");
        FreshDistrict.District elsewhere = districts.create("640000", "640840");
        long city = jurisdictions.byCode("640850").orElseThrow().id();
        jurisdictions.ensureOfficials(city);
        PortalUser official = districts.person("city640850.zgh", "马", "立平", PartyDirectory.upperUnionOfArea(city),
                Position.UPPER_UNION_OFFICIAL);
        var paper = BargainingOffers.wageOffer();
        paper.setDeliveredOn(deadlines.today().minusDays(30));
        BargainingCase c = served.serve(d, paper);
        int year = Integer.parseInt(c.caseNo().substring(3, 7));

        mvc.perform(get("/statistics").with(DemoUsers.as(official)))
                .andExpect(content().string(allOf(containsString("/cases?area=" + city + "&amp;year=" + year + "&amp;stage=OFFER_SENT"),
                        containsString("运行中的法定时限"), containsString("text-end countdown-overdue\">1</td>"))));
        mvc.perform(get("/cases").param("area", String.valueOf(city)).param("year", String.valueOf(year)).param("stage", "OFFER_SENT")
                        .with(DemoUsers.as(official)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(c.caseNo()), containsString("共 1 项"))));
        mvc.perform(get("/cases").param("overdue", "true").with(DemoUsers.as(official)))
                .andExpect(content().string(allOf(containsString(c.caseNo()), containsString(d.enterpriseName()))));
        mvc.perform(get("/cases").param("stage", "PREPARATION").with(DemoUsers.as(official)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(c.caseNo()))));
        long elsewhereArea = jurisdictions.byCode("640840").orElseThrow().id();
        mvc.perform(get("/cases").param("area", String.valueOf(elsewhereArea)).with(DemoUsers.as(official))).andExpect(status().isNotFound());
        mvc.perform(get("/cases").param("overdue", "true").with(DemoUsers.as(elsewhere.bureau())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(c.caseNo()))));
        mvc.perform(get("/cases").with(DemoUsers.as(d.unionChair()))).andExpect(status().isNotFound());
        byte[] book = mvc.perform(get("/cases.xlsx").param("overdue", "true").with(DemoUsers.as(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(book))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(c.caseNo());
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("已发出要约");
        }
    }

    @Test
    void the_levels_the_figures_count_are_a_contract_s_levels() {
        assertThat(Tallies.LEVELS).containsExactlyElementsOf(java.util.Arrays.stream(org.xieshang.contract.Contract.Level.values())
                .map(Enum::name).toList());
    }

    @Test
    void the_statistics_page_drills_from_the_city_to_the_district_to_its_enterprises_and_no_further_than_the_official_s_area() throws Exception {
        FreshDistrict.District one = districts.create("640000", "640970");
        FreshDistrict.District two = districts.create("640000", "640970");
        FreshDistrict.District elsewhere = districts.create("640000", "640980");
        long city = jurisdictions.byCode("640970").orElseThrow().id();
        jurisdictions.ensureOfficials(city);
        PortalUser official = districts.person("city640970.zgh", "马", "立新", PartyDirectory.upperUnionOfArea(city),
                Position.UPPER_UNION_OFFICIAL);

        mvc.perform(get("/statistics").with(DemoUsers.as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(one.name()), containsString(two.name()),
                        containsString("建会率"), containsString("/statistics?area=" + jurisdictions.areaOfDistrict(one.id())))));
        mvc.perform(get("/statistics").param("area", String.valueOf(jurisdictions.areaOfDistrict(one.id())))
                        .with(DemoUsers.as(official)))
                .andExpect(content().string(containsString("/enterprises?district=" + one.id() + "&amp;industry=")));
        mvc.perform(get("/statistics").param("area", String.valueOf(jurisdictions.areaOfDistrict(elsewhere.id())))
                .with(DemoUsers.as(official))).andExpect(status().isNotFound());
        // A district official does not read her city.
        mvc.perform(get("/statistics").param("area", String.valueOf(city)).with(DemoUsers.as(one.bureau())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistics").with(DemoUsers.as(one.unionChair()))).andExpect(status().isNotFound());

        byte[] workbook = mvc.perform(get("/statistics.xlsx").with(DemoUsers.as(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            assertThat(book.getNumberOfSheets()).as("coverage, response, renewals, cases, contracts by type and by level, deadlines, wages")
                    .isEqualTo(8);
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("地区");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isIn(one.name(), two.name());
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).as("enterprises, a number").isEqualTo(1.0);
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).as("the total").isEqualTo(2.0);
        }
        mvc.perform(get("/statistics.csv").with(DemoUsers.as(official)))
                .andExpect(content().string(containsString(one.name())));
        byte[] report = mvc.perform(get("/statistics/report.pdf").with(DemoUsers.as(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfChecks.assertPdfA2b(report);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "annual-report.pdf"), report);
        assertThat(PdfChecks.text(report).replaceAll("\\s", "")).contains("集体合同工作年度统计表", "测试市640970", one.name(), two.name(),
                "企业2家", "建会率100.0%");
        mvc.perform(get("/statistics/report.pdf").param("area", String.valueOf(jurisdictions.areaOfDistrict(elsewhere.id())))
                .with(DemoUsers.as(official))).andExpect(status().isNotFound());
    }
}
