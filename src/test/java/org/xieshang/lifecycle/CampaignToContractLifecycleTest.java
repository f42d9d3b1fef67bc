package org.xieshang.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.campaign.CampaignForm;
import org.xieshang.campaign.CampaignService;
import org.xieshang.campaign.SpringOfferCampaign;
import org.xieshang.contract.CollectiveContract;
import org.xieshang.contract.CollectiveContractProcess;
import org.xieshang.contract.Contract;
import org.xieshang.contract.ContractReview;
import org.xieshang.contract.ContractSigning;
import org.xieshang.contract.ContractStatus;
import org.xieshang.contract.ContractTerms;
import org.xieshang.contract.Contracts;
import org.xieshang.contract.Filings;
import org.xieshang.contract.Reviews;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.ContractFixture;
import org.xieshang.testing.ContractWork;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/**
 * The whole life of one enterprise's contract in one test, in a district of its own, on whichever database the
 * suite runs (CI runs it on H2 and on PostgreSQL): the district federation launches the spring offer campaign,
 * which opens the enterprise's case; the union offers, HR accepts in time, both sides prepare and agree at the
 * table, the workers' congress approves, both chiefs sign, HR files, the bureau accepts and confirms, both sides
 * publish; officials see it in the register and the next year's campaign leaves the enterprise alone.
 */
@XieshangTest
class CampaignToContractLifecycleTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FreshDistrict districts;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BargainingCases cases;
    @Autowired
    NegotiationFixture negotiationFixture;
    @Autowired
    ContractFixture contractFixture;
    @Autowired
    ContractSigning signing;
    @Autowired
    ContractWork work;
    @Autowired
    Filings filings;
    @Autowired
    Reviews reviews;
    @Autowired
    ContractTerms terms;
    @Autowired
    Contracts contracts;
    @Autowired
    DocumentService documents;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.xieshang.monitoring.Tallies tallies;
    @Autowired
    org.xieshang.monitoring.TallyRebuild rebuild;

    FreshDistrict.District d;

    @BeforeEach
    void aDistrictWithOneUnionisedEnterprise() {
        ProcessTestSupport.init(engine);
        d = districts.create();
    }

    @Test
    void the_campaign_s_offer_ends_as_a_published_contract_in_force_whose_wages_next_year_s_campaign_bargains_again() throws Exception {
        int year = deadlines.today().getYear();
        long campaignId = campaigns.launch(CampaignForm.of(year, "春季集体协商要约行动", new BigDecimal("90"),
                deadlines.today().plusDays(30)), d.upperUnion());
        ProcessInstance campaign = campaignInstance(campaignId);
        ProcessTestSupport.executeJobsWhileWaitingAt(engine, campaign, SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES);
        BargainingCase c = single(casesOf(campaignId));
        assertThat(c.enterpriseId()).isEqualTo(d.enterpriseId());

        NegotiationFixture.Table t = negotiationFixture.accepted(d.enterpriseId(), c, d.unionChair(), d.hr(), d.recorder());
        mvc.perform(get("/campaigns/{id}", campaignId).with(DemoUsers.as(d.upperUnion())))
                .andExpect(content().string(allOf(containsString(d.enterpriseName()), containsString("期限内回应"))));

        CongressFixture.Body congress = contractFixture.approvedDraft(t);
        assertThat(t.instance()).isWaitingAt(CollectiveBargaining.TASK_PREPARE_CONTRACT);

        long id = work.prepare(c, d.unionChair());
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        work.sign(contracts.contract(id), null, d.unionChair());
        work.sign(contracts.contract(id), null, d.legalRepresentative());
        assertThat(signing.verify(contracts.contract(id))).hasSize(2).allMatch(v -> v.intact());
        work.file(contracts.contract(id), d.hr());
        assertThat(contracts.contract(id).filedOn()).isBeforeOrEqualTo(contracts.contract(id).filingDueOn());

        ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(t.instance().getId()).singleResult();
        work.accept(contracts.contract(id), d.bureau());
        assertThat(reviews.findings(contracts.contract(id))).filteredOn(f -> f.level() == Reviews.Level.PROBLEM).isEmpty();
        work.decide(contracts.contract(id), new Reviews.Decision(true, true, true, "材料齐全，程序合法，内容合法", false,
                List.of(), null), d.bureau());
        assertThat(review).isEnded().hasPassed(ContractReview.EVENT_EFFECTIVE_BY_CONFIRMATION);
        assertThat(t.instance()).isEnded().hasPassed(CollectiveBargaining.SERVICE_PUT_CONTRACT_IN_FORCE);

        ProcessInstance term = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CollectiveContract.PROCESS_ID).processInstanceBusinessKey(CollectiveContractProcess.key(id))
                .singleResult();
        ProcessTestSupport.executeJobFor(engine, term, CollectiveContract.SERVICE_ISSUE_PUBLICATION_NOTICE);
        work.publish(contracts.contract(id), d.unionChair());
        work.publish(contracts.contract(id), d.hr());
        assertThat(term).isWaitingAt(CollectiveContract.TIMER_RENEWAL_WINDOW_OPENS);

        Contract k = contracts.contract(id);
        assertThat(k.status()).isEqualTo(ContractStatus.EFFECTIVE);
        assertThat(k.published()).isTrue();
        assertThat(k.phase(deadlines.today())).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(k.effectiveOn()).isEqualTo(deadlines.today());
        assertThat(k.expiresOn()).isEqualTo(deadlines.today().plusYears(1).minusDays(1));
        assertThat(cases.find(c.id()).orElseThrow().stage()).isEqualTo(CaseStage.CONCLUDED);
        assertThat(contracts.inForceFor(d.enterpriseId())).extracting(Contract::id).containsExactly(id);

        PortalUser staff = congress.delegates().get(0);
        assertThat(contracts.visibleTo(staff)).extracting(Contract::id).containsExactly(id);
        assertThat(PdfChecks.text(documents.content(k.documentId(), staff))).contains(d.enterpriseName(), "工资专项集体合同",
                "实到30人", "赞成30票");
        int headcount = jdbc.sql("select headcount from enterprise where id = ?").param(d.enterpriseId()).query(Integer.class).single();
        mvc.perform(get("/contracts").with(DemoUsers.as(d.bureau())))
                .andExpect(content().string(allOf(containsString(d.enterpriseName()), containsString("履行中"),
                        containsString("id=\"covered-enterprises\">1<"), containsString("id=\"in-force\">1<"), containsString("id=\"covered-employees\">" + headcount + "<"))));
        long area = jdbc.sql("select area_id from district where id = ?").param(d.id()).query(Long.class).single();
        Map<String, Long> figures = tallies.of(area, year);
        assertThat(figures).as("the contract in force covers its enterprise and its staff in the officials' figures")
                .containsEntry("COVERED_ENTERPRISES", 1L).containsEntry("COVERED_EMPLOYEES", (long) headcount)
                .containsEntry("CONTRACTS_IN_FORCE:WAGES", 1L).containsEntry("CONTRACTS:IN_FORCE", 1L)
                .containsEntry("CONTRACTS_BY_LEVEL:ENTERPRISE", 1L);
        assertThat(figures.keySet()).as("the answer, the filing and the review each measured against its clock")
                .anyMatch(key -> key.startsWith("CLOCK_DAYS:offer-response:"))
                .anyMatch(key -> key.startsWith("CLOCK_DAYS:wage-agreement-filing:") || key.startsWith("CLOCK_DAYS:contract-filing:"))
                .anyMatch(key -> key.startsWith("CLOCK_DAYS:contract-review:"));
        rebuild.rebuild();
        assertThat(tallies.of(area, year)).as("a count from scratch").isEqualTo(figures);
        mvc.perform(get("/statistics").with(DemoUsers.as(d.bureau())))
                .andExpect(content().string(allOf(containsString("法定时限执行情况"), containsString("书面答复协商要约"),
                        containsString("20 日"))));
        mvc.perform(get("/contracts.csv").with(DemoUsers.as(d.upperUnion())))
                .andExpect(content().string(containsString(d.enterpriseName())));
        mvc.perform(get("/contracts").param("q", c.caseNo()).param("type", "WAGES").param("status", "IN_FORCE")
                        .with(DemoUsers.as(d.bureau())))
                .andExpect(content().string(allOf(containsString(d.enterpriseName()), containsString("共 1 份"))));
        mvc.perform(get("/contracts").param("status", "EXPIRED").with(DemoUsers.as(d.bureau())))
                .andExpect(content().string(allOf(containsString("没有符合条件的集体合同"), not(containsString("/contracts/" + id + "\"")))));
        byte[] register = mvc.perform(get("/contracts.xlsx").param("q", c.caseNo()).with(DemoUsers.as(d.bureau())))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(register))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(d.enterpriseName());
            assertThat(row.getCell(5).getNumericCellValue()).as("employees covered").isEqualTo(600.0);
        }
        mvc.perform(get("/contracts.csv").param("type", "SAFETY").with(DemoUsers.as(d.upperUnion())))
                .andExpect(content().string(not(containsString(d.enterpriseName()))));
        mvc.perform(get("/contracts/{id}", id).with(demo.as("rsj.zhao"))).andExpect(status().isNotFound());

        ProcessTestSupport.fireTimer(engine, campaign, SpringOfferCampaign.TIMER_CAMPAIGN_CLOSES);
        ProcessTestSupport.executeJobFor(engine, campaign, SpringOfferCampaign.SERVICE_CLOSE_CAMPAIGN);
        assertThat(campaign).isEnded();
        long newcomer = enterprises.register(d.upperUnion(), "宁夏新建工会测试", 150, null, null);
        long next = campaigns.launch(CampaignForm.of(year + 1, "春季集体协商要约行动", new BigDecimal("90"),
                deadlines.today().plusDays(60)), d.upperUnion());
        ProcessTestSupport.executeJobsWhileWaitingAt(engine, campaignInstance(next), SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES);
        assertThat(casesOf(next)).as("wage talks are yearly (WBM Art. 25): this year's wage agreement does not settle next year's"
                        + " wages, and the newly unionised firm is offered too")
                .extracting(BargainingCase::enterpriseId).containsExactlyInAnyOrder(d.enterpriseId(), newcomer);
    }

    private ProcessInstance campaignInstance(long campaignId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("CAMPAIGN-" + campaignId)
                .singleResult();
    }

    private List<BargainingCase> casesOf(long campaignId) {
        return jdbc.sql("select id from bargaining_case where campaign_id = ? order by id").param(campaignId).query(Long.class)
                .list().stream().map(id -> cases.find(id).orElseThrow()).toList();
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
