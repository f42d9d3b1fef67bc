package org.xieshang.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEvent;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseOpening;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.offer.OfferService;
import org.xieshang.offer.OfferSteps;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.Redirects;
import org.xieshang.testing.TestClock;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/**
 * The holiday calendar is kept by officials, not by a release: a made-up 2027 notice (the real one is not known
 * here) entered through the portal moves an answer due computed provisionally, its task and its waiting timer.
 */
@XieshangTest
class HolidayNoticeRecomputeTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    CaseOpening opening;
    @Autowired
    OfferSteps offerSteps;
    @Autowired
    OfferService offers;
    @Autowired
    CollectiveBargainingProcess process;
    @Autowired
    BargainingCases cases;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    HolidayCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demo;

    @AfterEach
    void forgetTheMadeUpNotice() {
        jdbc.sql("delete from calendar_day where region = 'CN' and on_date between date '2027-01-01' and date '2027-12-31'").update();
        jdbc.sql("delete from calendar_notice where notice_year = 2027").update();
        calendar.reload();
        clock.reset();
    }

    @Test
    void a_notice_entered_through_the_portal_moves_a_provisional_answer_due_its_task_and_its_timer_and_tells_the_parties()
            throws Exception {
        clock.setToday(LocalDate.of(2026, 12, 12));
        long id = enterprises.register("宁夏调休重算测试", 120, null, null);
        PortalUser union = enterprises.person("chair-h" + id, PartyDirectory.unionOf(id), PartyKind.UNION, id, Position.UNION_CHAIR);
        PortalUser employer = enterprises.person("hr-h" + id, PartyDirectory.employerOf(id), PartyKind.EMPLOYER, id, Position.HR);
        BargainingCase c = opening.forEnterprise(id, null, union);
        offerSteps.sendOffer(process.task(c.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, union).getId(), BargainingOffers.wageOffer(), union);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey(CollectiveBargaining.PROCESS_ID).singleResult();
        ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_SEND_OFFER);

        Deadline provisional = deadlines.compute("offer-response", LocalDate.of(2026, 12, 12), "640000");
        assertThat(provisional.due()).as("2027-01-01 is New Year's Day, then a weekend").isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(provisional.yearsWithoutNotice()).containsExactly(2027);
        assertThat(offers.offer(c.id()).orElseThrow().answerDueOn()).isEqualTo(LocalDate.of(2027, 1, 4));

        MultiValueMap<String, String> notice = new LinkedMultiValueMap<>(Map.of(
                "year", java.util.List.of("2027"),
                "title", java.util.List.of("国务院办公厅关于2027年部分节假日安排的通知（测试用）"),
                "reference", java.util.List.of("国办发明电〔2026〕99号"),
                "issuedOn", java.util.List.of("2026-12-10"),
                "holidays", java.util.List.of("2027-01-01..2027-01-04 元旦\n2027-02-05..2027-02-12 春节"),
                "workdays", java.util.List.of("2027-02-13 春节调休")));
        mvc.perform(get("/calendar/preview").params(notice).with(demo.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("year-calendar"), containsString("元旦"), containsString("save-notice"))));
        mvc.perform(get("/calendar").with(DemoUsers.as(union))).andExpect(status().isNotFound());

        MvcResult saved = mvc.perform(post("/calendar").params(notice).with(csrf()).with(demo.as("admin"))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/calendar?changed=2027");
        Redirects.follow(mvc, saved, demo.as("admin")).andExpect(content().string(allOf(
                containsString(c.caseNo()), containsString("offer-response"), containsString("2027-01-04"), containsString("2027-01-05"))));

        LocalDate moved = LocalDate.of(2027, 1, 5);
        assertThat(deadlines.compute("offer-response", LocalDate.of(2026, 12, 12), "640000").provisional()).isFalse();
        assertThat(offers.offer(c.id()).orElseThrow().answerDueOn()).isEqualTo(moved);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(CollectiveBargaining.TASK_ANSWER_OFFER).singleResult().getDueDate())
                .isEqualTo(deadlines.endOf(deadlines.compute("offer-response", LocalDate.of(2026, 12, 12), "640000")));
        assertThat(ProcessTestSupport.jobAt(engine, instance, CollectiveBargaining.TIMER_RESPONSE_DUE).getDuedate())
                .as("the waiting timer fires the day after the new due date").isEqualTo(deadlines.startOf(moved.plusDays(1)));
        for (String party : java.util.List.of(PartyDirectory.unionOf(id), PartyDirectory.employerOf(id))) {
            assertThat(cases.noticesFor(party, 20)).filteredOn(e -> e.caseId() == c.id()).extracting(CaseEvent::kind)
                    .as(party).contains(CaseEventKind.DEADLINE_MOVED);
        }
        mvc.perform(get("/cases/{id}", c.id()).with(DemoUsers.as(employer))).andExpect(content().string(containsString("2027-01-05")));
    }
}
