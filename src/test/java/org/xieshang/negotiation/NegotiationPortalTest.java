package org.xieshang.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xieshang.testing.DemoUsers.as;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.Redirects;
import org.xieshang.testing.XieshangTest;

/** The negotiation in the portal: each side's pages and forms, and the caucus kept from everyone else. */
@XieshangTest
class NegotiationPortalTest {

    private static final String UNION_BOTTOM_LINE = "工资增幅底线不低于百分之五点二";
    private static final String UNION_NOTE = "若企业坚持四个百分点则申请协调";
    private static final String EMPLOYER_BOTTOM_LINE = "预算上限不超过百分之五点五";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    NegotiationFixture fixture;
    @Autowired
    Preparation preparation;
    @Autowired
    DocumentService documents;
    @Autowired
    DemoUsers demo;
    @Autowired
    org.xieshang.testing.ContractFixture contracts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    NegotiationFixture.Table t;
    String page;

    @BeforeEach
    void aCaseInPreparation() {
        ProcessTestSupport.init(engine);
        t = fixture.acceptedWageOffer();
        page = "/cases/" + t.bargainingCase().id() + "/negotiation";
    }

    String task(String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(t.instance().getId()).taskDefinitionKey(key)
                .singleResult().getId();
    }

    @Test
    void each_side_names_its_delegation_in_the_portal_and_a_broken_rule_is_named_in_its_language() throws Exception {
        mvc.perform(get(page).with(as(t.union()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"delegation-form\"")))
                .andExpect(content().string(containsString("劳动报酬")));
        var refused = mvc.perform(post(page + "/delegation").with(csrf()).with(as(t.union()))
                        .param("chief", "0").param("members[0].name", "马建国").param("members[0].title", "工会副主席")
                        .param("members[1].name", "杨帆").param("members[1].title", "职工")
                        .param("members[2].name", "赵磊").param("members[2].title", "职工"))
                .andExpect(flash().attributeExists("errors")).andReturn();
        org.xieshang.testing.Redirects.follow(mvc, refused, as(t.union()))
                .andExpect(content().string(containsString("职工方首席代表 马建国 须为企业名录登记的工会主席，或持有工会主席的书面委托")));
        mvc.perform(post(page + "/delegation").with(csrf()).with(as(t.union()))
                        .param("chief", "0").param("members[0].name", "吴丽萍").param("members[0].title", "工会主席")
                        .param("members[1].name", "杨帆").param("members[1].title", "职工")
                        .param("members[2].name", "赵磊").param("members[2].title", "职工"))
                .andExpect(flash().attribute("errors", nullValue()));
        mvc.perform(post(page + "/prepared").with(csrf()).with(as(t.union()))).andExpect(flash().attribute("errors", nullValue()));
        mvc.perform(get(page).with(as(t.employer())))
                .andExpect(content().string(containsString("吴丽萍")))
                .andExpect(content().string(containsString("请先在上方组成本方协商代表团")))
                .andExpect(content().string(not(containsString("id=\"finish-preparation\""))));
    }

    @Test
    void caucus_notes_and_bottom_lines_stay_with_their_side_through_every_page_and_document() throws Exception {
        mvc.perform(post(page + "/caucus").with(csrf()).with(as(t.union())).param("bottomLine", UNION_BOTTOM_LINE).param("note", UNION_NOTE))
                .andExpect(flash().attribute("errors", nullValue()));
        mvc.perform(post(page + "/caucus").with(csrf()).with(as(t.employer())).param("bottomLine", EMPLOYER_BOTTOM_LINE))
                .andExpect(flash().attribute("errors", nullValue()));
        fixture.prepare(t);
        // A round runs to its signed minutes and comparison table, so every negotiation document exists.
        mvc.perform(post("/forms/schedule-round").param("taskId", task(CollectiveBargaining.TASK_SCHEDULE_ROUND))
                        .param("startsAt", LocalDateTime.now().plusDays(7).withSecond(0).withNano(0).toString().substring(0, 16))
                        .param("place", "公司三楼会议室").with(csrf()).with(as(t.union())))
                .andExpect(status().is3xxRedirection());
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_ISSUE_MEETING_NOTICE);
        String minutesTask = task(CollectiveBargaining.TASK_RECORD_MINUTES);
        mvc.perform(get("/forms/record-minutes").param("taskId", minutesTask).with(as(t.recorder())))
                .andExpect(content().string(containsString("id=\"submit-minutes\"")));
        var items = preparation.items(t.bargainingCase().id());
        var minutes = post("/forms/record-minutes").param("taskId", minutesTask).with(csrf()).with(as(t.recorder()))
                .param("attendance", "双方代表各3人出席").param("outcome", "SUSPENDED")
                .param("nextStartsAt", LocalDateTime.now().plusDays(20).withSecond(0).withNano(0).toString().substring(0, 16))
                .param("nextPlace", "公司三楼会议室").param("nextItems", "工资增幅");
        for (int i = 0; i < items.size(); i++) {
            minutes.param("lines[" + i + "].itemId", String.valueOf(items.get(i).id()))
                    .param("lines[" + i + "].unionPosition", "职工方意见" + i).param("lines[" + i + "].employerPosition", "企业方意见" + i)
                    .param("lines[" + i + "].outcome", "OPEN");
        }
        minutes.param("lines[0].unionIncrease", "6.5").param("lines[0].employerIncrease", "4.0");
        mvc.perform(minutes).andExpect(status().is3xxRedirection());
        mvc.perform(get("/forms/confirm-minutes").param("taskId", task(CollectiveBargaining.TASK_CONFIRM_MINUTES_UNION))
                        .with(as(t.union())))
                .andExpect(content().string(containsString("职工方意见0 6.50%")));
        mvc.perform(post("/forms/confirm-minutes").param("taskId", task(CollectiveBargaining.TASK_CONFIRM_MINUTES_UNION))
                .param("option", "confirm").with(csrf()).with(as(t.union()))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/forms/confirm-minutes").param("taskId", task(CollectiveBargaining.TASK_CONFIRM_MINUTES_EMPLOYER))
                .param("option", "confirm").with(csrf()).with(as(t.employer()))).andExpect(status().is3xxRedirection());
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_ISSUE_MINUTES);

        mvc.perform(get(page).with(as(t.union())))
                .andExpect(content().string(containsString(UNION_BOTTOM_LINE)))
                .andExpect(content().string(containsString(UNION_NOTE)))
                .andExpect(content().string(not(containsString(EMPLOYER_BOTTOM_LINE))))
                .andExpect(content().string(containsString("第 1 次会议")));
        mvc.perform(get(page).with(as(t.employer())))
                .andExpect(content().string(containsString(EMPLOYER_BOTTOM_LINE)))
                .andExpect(content().string(not(containsString(UNION_BOTTOM_LINE))))
                .andExpect(content().string(not(containsString(UNION_NOTE))));
        PortalUser official = demo.user("rsj.zhao");
        for (PortalUser outsider : List.of(t.recorder(), official, demo.user("zgh.liu"))) {
            for (String path : List.of(page, "/cases/" + t.bargainingCase().id(), "/documents", "/api/documents")) {
                mvc.perform(get(path).with(as(outsider)))
                        .andExpect(content().string(not(containsString(UNION_BOTTOM_LINE))))
                        .andExpect(content().string(not(containsString(UNION_NOTE))))
                        .andExpect(content().string(not(containsString(EMPLOYER_BOTTOM_LINE))))
                        .andExpect(content().string(not(containsString("id=\"caucus\""))));
            }
        }
        List<StoredDocument> all = documents.ofCaseVisibleTo(t.bargainingCase().caseNo(), t.union());
        assertThat(all).extracting(d -> d.type().name()).contains("MEETING_NOTICE", "NEGOTIATION_MINUTES", "ITEM_COMPARISON",
                "DELEGATION_LIST");
        for (StoredDocument d : all) {
            String text = PdfChecks.text(documents.content(d.id(), t.union()));
            assertThat(text).doesNotContain(UNION_BOTTOM_LINE.replace(" ", ""), UNION_NOTE, EMPLOYER_BOTTOM_LINE);
            mvc.perform(get("/documents/{id}/file", d.id()).with(as(t.recorder())))
                    .andExpect(status().is(d.visibleTo().contains(t.recorder().partyId()) ? 200 : 404));
        }
        mvc.perform(get("/documents/{id}/file", all.get(0).id()).with(as(demo.user("wl.hr")))).andExpect(status().isNotFound());
    }

    @Test
    void the_recorder_is_picked_from_the_recorders_accounts_and_never_an_employer_or_another_firms_person() throws Exception {
        mvc.perform(get(page).with(as(t.union())))
                .andExpect(content().string(containsString("value=\"" + t.recorder().userId() + "\"")));
        for (String account : List.of(t.employer().userId(), "wl.hr", "xjs.recorder", "nobody-at-all")) {
            MvcResult refused = mvc.perform(post(page + "/recorder").with(csrf()).with(as(t.union())).param("name", "李明")
                    .param("account", account)).andReturn();
            Redirects.follow(mvc, refused, as(t.union()))
                    .andExpect(content().string(containsString("记录员须从本企业（联合会）集体协商记录员的账号中选择")));
        }
        assertThat(preparation.setup(t.bargainingCase().id()).recorderName()).isNull();
        mvc.perform(post(page + "/recorder").with(csrf()).with(as(t.union())).param("name", "李明")
                .param("account", t.recorder().userId())).andExpect(flash().attribute("notice", "notice.recorderProposed"));
        assertThat(preparation.setup(t.bargainingCase().id()).recorderUserId()).isEqualTo(t.recorder().userId());
    }

    @Test
    void officials_see_rounds_stalled_cases_and_maintain_the_wage_guideline() throws Exception {
        fixture.prepare(t);
        mvc.perform(post("/negotiations/wage-guideline").with(csrf()).with(demo.as("rsj.zhao"))
                        .param("lowerPercent", "3").param("baselinePercent", "6").param("upperPercent", "9").param("minimumWage", "2050"))
                .andExpect(flash().attribute("errors", nullValue()));
        mvc.perform(get("/negotiations").with(demo.as("rsj.zhao")))
                .andExpect(content().string(containsString(t.bargainingCase().caseNo())))
                .andExpect(content().string(containsString("下线 3%，基准线 6%，上线（预警线）9%")));
        mvc.perform(get("/negotiations").with(as(t.union()))).andExpect(status().isNotFound());
        mvc.perform(get("/negotiations").param("q", t.bargainingCase().caseNo()).with(demo.as("rsj.zhao")))
                .andExpect(content().string(allOf(containsString(t.bargainingCase().caseNo()), containsString("共 1 项"))));
        mvc.perform(get("/negotiations").param("show", "COORDINATION").with(demo.as("rsj.zhao")))
                .andExpect(content().string(not(containsString(t.bargainingCase().caseNo() + "<"))));
        preparation.provideWageData(t.bargainingCase(), 320, new BigDecimal("5200"), new BigDecimal("1900"), t.employer());
        // Today's payroll is data, not a position at the table.
        mvc.perform(get(page).with(as(t.union())))
                .andExpect(content().string(not(containsString("最低工资低于当地最低工资标准"))));
        contracts.minutesOfAnAgreement(t, 7, "2027年职工平均工资增长5.8%，最低工资不低于每月2300元。");
        Preparation.Item wages = preparation.items(t.bargainingCase().id()).stream().filter(Preparation.Item::wages).findFirst().orElseThrow();
        jdbc.sql("update round_position set employer_position = '企业方：最低工资每月1800元' where item_id = ?").param(wages.id()).update();
        // The lowest wage the employer proposed in the minutes is below the minimum.
        mvc.perform(get(page).with(as(t.union())))
                .andExpect(content().string(containsString("最低工资低于当地最低工资标准")));
    }
}
