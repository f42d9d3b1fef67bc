package org.xieshang.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.XieshangTest;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.testing.Redirects;

/** One test per path through spring-offer-campaign.bpmn, and the officials' view of it. */
@XieshangTest
class SpringOfferCampaignScenarioTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DocumentService documents;
    @Autowired
    MockMvc mvc;

    PortalUser official;
    long campaignId;
    ProcessInstance instance;
    int batches;
    Map<Long, String> demoFederationCases;

    @BeforeEach
    void theDistrictFederationLaunchesACampaign() {
        ProcessTestSupport.init(engine);
        official = demo.user("zgh.liu");
        jdbc.sql("update campaign set status = 'CLOSED'").update();
        // The demo federation is still bargaining in the demo campaign; this campaign offers it as if that had ended.
        demoFederationCases = new HashMap<>();
        jdbc.sql("select id, stage from bargaining_case where federation_id = ? and stage not in ('REFUSED', 'CONCLUDED')")
                .param(demo.user("dzrj.union").federationId())
                .query(rs -> { demoFederationCases.put(rs.getLong("id"), rs.getString("stage")); });
        demoFederationCases.keySet().forEach(id -> jdbc.sql("update bargaining_case set stage = 'CONCLUDED' where id = ?").param(id).update());
        campaignId = campaigns.launch(CampaignForm.of(deadlines.today().getYear(), "春季集体协商要约行动", new BigDecimal("90"),
                deadlines.today().plusDays(30)), official);
        instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("CAMPAIGN-" + campaignId).singleResult();
        batches = ProcessTestSupport.executeJobsWhileWaitingAt(engine, instance, SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES);
    }

    @AfterEach
    void theDemoFederationBargainsOn() {
        demoFederationCases.forEach((id, stage) -> jdbc.sql("update bargaining_case set stage = ? where id = ?").params(stage, id).update());
    }

    @Test
    void every_union_gets_a_case_and_the_federation_offers_once_for_the_firms_it_covers() {
        assertThat(instance).isWaitingAt(SpringOfferCampaign.GATEWAY_CLOSE_OR_EXTEND)
                .hasPassed(SpringOfferCampaign.GATEWAY_ALL_CASES_OPENED);
        int opened = jdbc.sql("select count(*) from bargaining_case where campaign_id = ?").param(campaignId)
                .query(Integer.class).single();
        assertThat(batches).isEqualTo(Math.max(1, (opened + 3) / 4));
        List<Long> federationCases = jdbc.sql("select federation_id from bargaining_case where campaign_id = ? and federation_id is not null")
                .param(campaignId).query(Long.class).list();
        assertThat(federationCases).containsExactly(demo.user("dzrj.union").federationId());
        int coveredFirmsWithOwnCase = jdbc.sql("""
                        select count(*) from bargaining_case c join federation_member m on m.enterprise_id = c.enterprise_id
                        where c.campaign_id = ?""").param(campaignId).query(Integer.class).single();
        assertThat(coveredFirmsWithOwnCase).isZero();
        int withoutUnion = jdbc.sql("""
                        select count(*) from bargaining_case c join enterprise e on e.id = c.enterprise_id
                        where c.campaign_id = ? and not e.union_founded""").param(campaignId).query(Integer.class).single();
        assertThat(withoutUnion).isZero();
        int unionsLeftOut = jdbc.sql("""
                        select count(*) from enterprise e where e.union_founded and e.district_id = ?
                        and not exists (select 1 from federation_member m where m.enterprise_id = e.id)
                        and not exists (select 1 from bargaining_case c where c.enterprise_id = e.id and c.stage <> 'REFUSED')""")
                .param(official.districtId()).query(Integer.class).single();
        assertThat(unionsLeftOut).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(demo.user("wl.union").partyId())
                .taskDefinitionKey("Task_DraftOffer").count()).isPositive();
    }

    @Test
    void the_campaign_closes_on_its_date_with_a_report_for_the_officials() throws Exception {
        assertThat(ProcessTestSupport.jobAt(engine, instance, SpringOfferCampaign.TIMER_CAMPAIGN_CLOSES).getDuedate())
                .isEqualTo(endOf(deadlines.today().plusDays(30)));
        ProcessTestSupport.fireTimer(engine, instance, SpringOfferCampaign.TIMER_CAMPAIGN_CLOSES);
        ProcessTestSupport.executeJobFor(engine, instance, SpringOfferCampaign.SERVICE_CLOSE_CAMPAIGN);

        assertThat(instance).isEnded().hasPassed(SpringOfferCampaign.EVENT_CAMPAIGN_CLOSED);
        Campaign closed = campaigns.find(campaignId).orElseThrow();
        assertThat(closed.status()).isEqualTo(Campaign.Status.CLOSED);
        byte[] report = documents.content(closed.reportDocumentId(), demo.user("rsj.zhao"));
        try (var pdf = Loader.loadPDF(report)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", ""))
                    .contains("要约行动情况汇总表").contains("要约覆盖面").contains("第三十二条");
        }
        mvc.perform(get("/documents/{id}/file", closed.reportDocumentId()).with(demo.as("xjs.hr")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_campaign_is_extended_once_and_a_second_extension_is_refused() {
        LocalDate later = deadlines.today().plusDays(45);
        campaigns.extend(campaignId, later, official);
        assertThat(instance).isWaitingAt(SpringOfferCampaign.GATEWAY_CLOSE_OR_EXTEND)
                .hasPassed(SpringOfferCampaign.EVENT_CAMPAIGN_EXTENDED);
        assertThat(ProcessTestSupport.jobAt(engine, instance, SpringOfferCampaign.TIMER_CAMPAIGN_CLOSES).getDuedate())
                .isEqualTo(endOf(later));
        assertThatThrownBy(() -> campaigns.extend(campaignId, later.plusDays(10), official))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).violations())
                        .anySatisfy(v -> assertThat(v.messageKey()).isEqualTo("campaign.extend.once")));
    }

    @Test
    void officials_see_coverage_and_export_the_cases_while_enterprise_sides_see_no_campaign() throws Exception {
        mvc.perform(get("/campaigns/{id}", campaignId).with(demo.as("rsj.zhao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("要约覆盖面")))
                .andExpect(content().string(containsString("银川经济技术开发区电子信息和软件行业工会联合会")))
                .andExpect(content().string(containsString("第1周（")))
                .andExpect(content().string(containsString("逾期未回应的要约所处监督环节")));
        mvc.perform(get("/campaigns/{id}/cases.csv", campaignId).with(demo.as("zgh.liu")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("案件编号")))
                .andExpect(content().string(containsString("银川经济技术开发区电子信息和软件行业工会联合会,计算机")));
        byte[] xlsx = mvc.perform(get("/campaigns/{id}/cases.xlsx", campaignId).with(demo.as("zgh.liu")))
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案件编号");
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(1).getCell(5).getCellType())
                    .as("employees covered, a number").isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
        mvc.perform(get("/campaigns/{id}", campaignId).with(demo.as("xjs.hr"))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/{id}/cases.csv", campaignId).with(demo.as("wl.union"))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/{id}/cases.xlsx", campaignId).with(demo.as("wl.union"))).andExpect(status().isNotFound());
    }

    @Test
    void a_name_that_reads_as_a_spreadsheet_formula_is_exported_as_text() throws Exception {
        long federation = demo.user("dzrj.union").federationId();
        String name = jdbc.sql("select name from federation where id = ?").param(federation).query(String.class).single();
        try {
            jdbc.sql("update federation set name = ? where id = ?").params("=HYPERLINK(\"http://x.example\",\"点此\")", federation)
                    .update();
            mvc.perform(get("/campaigns/{id}/cases.csv", campaignId).with(demo.as("zgh.liu")))
                    .andExpect(content().string(containsString(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"点此\"\")\",")));
        } finally {
            jdbc.sql("update federation set name = ? where id = ?").params(name, federation).update();
        }
    }

    @Test
    void a_refused_launch_lists_every_broken_rule_and_keeps_what_the_official_typed() throws Exception {
        int before = jdbc.sql("select count(*) from campaign").query(Integer.class).single();
        MvcResult refused = mvc.perform(post("/campaigns").with(csrf()).with(demo.as("zgh.liu")).param("year", "1999")
                        .param("title", "X".repeat(201)).param("targetCoverage", "99.999")
                        .param("closesOn", deadlines.today().plusYears(2).toString()))
                .andExpect(redirectedUrl("/campaigns")).andReturn();
        Redirects.follow(mvc, refused, demo.as("zgh.liu"))
                .andExpect(content().string(containsString("年度应在")))
                .andExpect(content().string(containsString("行动名称不得超过 200 字")))
                .andExpect(content().string(containsString("最多两位小数")))
                .andExpect(content().string(containsString("不晚于一年之后")))
                .andExpect(content().string(containsString("value=\"99.999\"")));
        assertThat(jdbc.sql("select count(*) from campaign").query(Integer.class).single()).isEqualTo(before);
    }

    private Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(deadlines.zone()).toInstant());
    }
}
