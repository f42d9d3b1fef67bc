package org.xieshang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.offer.OfferSteps;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.ServedOffers;
import org.xieshang.testing.XieshangTest;

/**
 * Missed clocks by rule (metrics.md, deadline health): each statutory clock that runs out without its act counts once,
 * however many parties its notices reach, equal to the misses the case's own records show; the number leads to its cases.
 */
@XieshangTest
class MissedClocksTest {

    @Autowired
    FreshDistrict districts;
    @Autowired
    ServedOffers served;
    @Autowired
    CollectiveBargainingProcess bargaining;
    @Autowired
    OfferSteps offerSteps;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Tallies tallies;
    @Autowired
    TallyRebuild rebuild;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private long fired(ProcessInstance instance, String timer) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(timer).finished().count();
    }

    @Test
    void an_unanswered_offer_and_an_ignored_reminder_letter_each_count_once_under_their_rule_and_lead_to_the_case() throws Exception {
        FreshDistrict.District d = districts.create("640000", "640880");
        BargainingCase c = served.serve(d, BargainingOffers.wageOffer());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .singleResult();
        ProcessTestSupport.fireTimer(engine, instance, CollectiveBargaining.TIMER_RESPONSE_DUE);
        offerSteps.draftLetter(bargaining.task(c.caseNo(), CollectiveBargaining.TASK_ISSUE_REMINDER_LETTER, d.unionChair()).getId(),
                "逾期未书面回应协商要约，特此提示。", deadlines.today(), d.unionChair());
        ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_ISSUE_REMINDER_LETTER);
        ProcessTestSupport.fireTimer(engine, instance, CollectiveBargaining.TIMER_REMINDER_LETTER_DUE);

        long city = jurisdictions.byCode("640880").orElseThrow().id();
        int year = deadlines.today().getYear();
        // Counted here from the engine's own record of the timers that fired (never a source of the figures).
        Map<String, Long> counted = new HashMap<>();
        counted.put("CLOCKS_MISSED:offer-response", fired(instance, CollectiveBargaining.TIMER_RESPONSE_DUE));
        counted.put("CLOCKS_MISSED:reminder-letter", fired(instance, CollectiveBargaining.TIMER_REMINDER_LETTER_DUE));
        assertThat(counted.values()).containsOnly(1L);
        jdbc.sql("select clock, count(*) as n from clock_miss where case_id = ? group by clock").param(c.id())
                .query(rs -> {
                    assertThat(counted).as("the miss log").containsEntry("CLOCKS_MISSED:" + rs.getString("clock"), rs.getLong("n"));
                });
        Map<String, Long> kept = tallies.of(city, year);
        counted.forEach((key, n) -> assertThat(kept).as(key).containsEntry(key, n));
        rebuild.rebuild();
        assertThat(tallies.of(city, year)).as("a count from scratch").isEqualTo(kept);

        mvc.perform(get("/statistics").param("area", String.valueOf(jurisdictions.areaOfDistrict(d.id())))
                        .with(DemoUsers.as(d.bureau())))
                .andExpect(content().string(allOf(containsString("期限届满未办"),
                        containsString("/cases?area=" + jurisdictions.areaOfDistrict(d.id()) + "&amp;missedClock=offer-response&amp;missedYear=" + year))));
        mvc.perform(get("/cases").param("missedClock", "reminder-letter").param("missedYear", String.valueOf(year))
                        .param("area", String.valueOf(city)).with(DemoUsers.as(d.bureau())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases").param("missedClock", "reminder-letter").param("missedYear", String.valueOf(year))
                        .param("area", String.valueOf(jurisdictions.areaOfDistrict(d.id()))).with(DemoUsers.as(d.bureau())))
                .andExpect(content().string(allOf(containsString(c.caseNo()), containsString("共 1 项"),
                        containsString("法定时限届满未办"))));
        mvc.perform(get("/cases").param("missedClock", "no-such-clock").with(DemoUsers.as(d.bureau())))
                .andExpect(status().isNotFound());
    }
}
