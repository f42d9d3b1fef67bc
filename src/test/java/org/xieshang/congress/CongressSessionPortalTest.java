package org.xieshang.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xieshang.testing.DemoUsers.as;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.xieshang.testing.TestClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.AfterEach;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.Redirects;
import org.xieshang.testing.XieshangTest;

/** The session in the portal as the union, a delegate on his phone, another enterprise and the officials see it. */
@XieshangTest
class CongressSessionPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CongressFixture fixture;
    @Autowired
    Sessions sessions;
    @Autowired
    Agenda agenda;
    @Autowired
    Attendance attendance;
    @Autowired
    Ballots ballots;
    @Autowired
    SessionSteps sessionSteps;
    @Autowired
    CongressRegistry congresses;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DemoUsers demo;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    CongressFixture.Body body;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @BeforeEach
    void aCongressOf30() {
        ProcessTestSupport.init(engine);
        body = fixture.congress(30);
    }

    /** The union convenes through the form, then the notice goes out and sign-in opens on the day. */
    CongressSession convenedAndOpen() throws Exception {
        LocalDate day = deadlines.today().plusDays(10);
        String location = mvc.perform(post(body.owner().path() + "/sessions").with(csrf()).with(as(body.union()))
                        .param("kind", "ANNUAL").param("title", "第二届职工代表大会第四次会议")
                        .param("startsAt", day + "T09:00").param("place", "职工之家")
                        .param("proposalsCloseOn", deadlines.today().plusDays(2).toString())
                        .param("items[0].kind", "APPROVE").param("items[0].title", "2027年度劳动保护用品发放标准")
                        .param("items[0].ballot", "SECRET")
                        .param("items[1].kind", "ELECT").param("items[1].title", "选举职工监事")
                        .param("items[1].seats", "1").param("items[1].candidates", "周敏、孙强"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        CongressSession s = sessions.session(id);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(s.sessionNo()).singleResult();
        ProcessTestSupport.fireTimer(engine, instance, WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        mvc.perform(get("/forms/session-notice").param("taskId", taskId).with(as(body.union())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("会议通知最迟送达全体代表之日")));
        mvc.perform(post("/forms/session-notice").param("taskId", taskId).with(csrf()).with(as(body.union())))
                .andExpect(status().is3xxRedirection());
        ProcessTestSupport.executeJobFor(engine, instance, WorkersCongressSession.SERVICE_DELIVER_NOTICE);
        ProcessTestSupport.fireTimer(engine, instance, WorkersCongressSession.TIMER_SIGN_IN_OPENS);
        return sessions.session(id);
    }

    @Test
    void the_sign_in_code_shows_only_on_the_unions_console_and_projector_and_turns_every_two_minutes() throws Exception {
        CongressSession s = convenedAndOpen();
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        clock.setNow(start);
        String first = attendance.currentCode(s);

        mvc.perform(get("/congress/sessions/{id}", s.id()).with(as(body.union())))
                .andExpect(content().string(containsString("id=\"sign-in-code\">" + first + "<")));
        mvc.perform(get("/congress/sessions/{id}/screen", s.id()).with(as(body.union())))
                .andExpect(content().string(containsString(first)));
        for (PortalUser other : List.of(body.delegates().get(0), body.employer(), demo.user("zgh.liu"), demo.user("rsj.zhao"))) {
            mvc.perform(get("/congress/sessions/{id}/screen", s.id()).with(as(other)))
                    .andExpect(content().string(not(containsString("sign-in-code"))));
            mvc.perform(get("/congress/sessions/{id}/live", s.id()).with(as(other)))
                    .andExpect(content().string(not(containsString("sign-in-code"))));
        }

        clock.setNow(start.plusSeconds(120));
        String second = attendance.currentCode(s);
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/congress/sessions/{id}/screen", s.id()).with(as(body.union())))
                .andExpect(content().string(containsString(second)));
        clock.setNow(start.plusSeconds(250));
        mvc.perform(post("/congress/sessions/{id}/sign-in", s.id()).param("code", first).with(csrf()).with(as(body.delegates().get(0))))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/congress/sessions/{id}/sign-in", s.id()).param("code", second).with(csrf()).with(as(body.delegates().get(0))))
                .andExpect(flash().attribute("notice", "notice.signedIn"));
        assertThat(attendance.turnout(s.id()).present()).isEqualTo(1);
    }

    @Test
    void a_delegate_who_types_five_wrong_codes_signs_the_paper_sheet_instead() throws Exception {
        CongressSession s = convenedAndOpen();
        clock.setNow(Instant.now());
        String right = attendance.currentCode(s);
        PortalUser guesser = body.delegates().get(5);
        for (int i = 0; i < 5; i++) {
            String wrong = String.format("%06d", (Integer.parseInt(right) + 1 + i) % 1_000_000);
            mvc.perform(post("/congress/sessions/{id}/sign-in", s.id()).param("code", wrong).with(csrf()).with(as(guesser)))
                    .andExpect(flash().attributeExists("errors"));
        }
        MvcResult refused = mvc.perform(post("/congress/sessions/{id}/sign-in", s.id()).param("code", right).with(csrf())
                .with(as(guesser))).andReturn();
        Redirects.follow(mvc, refused, as(guesser))
                .andExpect(content().string(containsString("已连续 5 次输错签到码，本次会议不能再用手机签到，请到签到处纸质签到。")));
        assertThat(attendance.turnout(s.id()).present()).isZero();
        assertThat(jdbc.sql("select failures from sign_in_attempt where session_id = ?").param(s.id()).query(Integer.class).single())
                .isEqualTo(5);

        long guesserId = congresses.sitsIn(s.congressId(), guesser).orElseThrow().id();
        mvc.perform(post("/congress/sessions/{id}/paper-sign-in", s.id()).param("delegateId", String.valueOf(guesserId))
                .with(csrf()).with(as(body.union())));
        assertThat(attendance.turnout(s.id()).present()).isEqualTo(1);
    }

    /** Each session form serves its own kind of task: another task's id changes nothing, whatever it asks for. */
    @Test
    void a_session_form_posted_with_a_task_of_another_kind_is_refused_and_changes_nothing() throws Exception {
        CongressSession s = sessionSteps.convene(body.owner(), new Agenda.Plan(SessionKind.ANNUAL, "第二届职工代表大会第五次会议",
                deadlines.today().plusDays(10).atTime(9, 0), "职工之家", deadlines.today().plusDays(2),
                List.of(new Agenda.NewItem(ItemKind.APPROVE, "年度福利方案", null, BallotKind.SECRET, null, List.of()))), body.union());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(s.sessionNo()).singleResult();
        ProcessTestSupport.fireTimer(engine, instance, WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        String noticeTask = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        mvc.perform(post("/forms/reschedule-session").param("taskId", noticeTask).param("option", "cancel")
                .param("reason", "取消").with(csrf()).with(as(body.union()))).andExpect(status().isNotFound());
        mvc.perform(post("/forms/hold-session").param("taskId", noticeTask).param("option", "close")
                .with(csrf()).with(as(body.union()))).andExpect(status().isNotFound());
        mvc.perform(get("/forms/reschedule-session").param("taskId", noticeTask).with(as(body.union())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/forms/hold-session").param("taskId", noticeTask).with(as(body.union()))).andExpect(status().isNotFound());

        assertThat(sessions.session(s.id()).status()).isEqualTo(CongressSession.Status.CONVENED);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
                .isWaitingAt(WorkersCongressSession.TASK_SEND_NOTICE);
    }

    /** A notified or running session is never given up; only a missed notice or an adjournment leads to cancelling. */
    @Test
    void a_session_is_cancelled_only_from_a_missed_notice_or_an_adjournment() throws Exception {
        CongressSession open = convenedAndOpen();
        assertThatThrownBy(() -> sessions.cancel(open, "取消")).hasMessage("session.status");
        sessionSteps.sendNotice(noticeTaskOfNewSession(), body.union());
        CongressSession notified = sessions.ofCongress(open.congressId()).stream()
                .filter(x -> x.status() == CongressSession.Status.NOTIFIED).findFirst().orElseThrow();
        assertThatThrownBy(() -> sessions.cancel(notified, "取消")).hasMessage("session.status");
        assertThat(sessions.session(notified.id()).status()).isEqualTo(CongressSession.Status.NOTIFIED);
    }

    private String noticeTaskOfNewSession() {
        CongressSession s = sessionSteps.convene(body.owner(), new Agenda.Plan(SessionKind.EXTRAORDINARY, "临时会议",
                deadlines.today().plusDays(12).atTime(9, 0), "职工之家", deadlines.today().plusDays(2),
                List.of(new Agenda.NewItem(ItemKind.APPROVE, "高温补贴方案", null, BallotKind.OPEN, null, List.of()))), body.union());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(s.sessionNo()).singleResult();
        ProcessTestSupport.fireTimer(engine, instance, WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    @Test
    void a_session_set_too_soon_is_refused_in_the_users_language() throws Exception {
        MvcResult tooSoon = mvc.perform(post(body.owner().path() + "/sessions").with(csrf()).with(as(body.union()))
                        .param("kind", "EXTRAORDINARY").param("title", "临时会议")
                        .param("startsAt", deadlines.today().plusDays(3) + "T09:00").param("place", "职工之家")
                        .param("proposalsCloseOn", deadlines.today().toString())
                        .param("items[0].kind", "APPROVE").param("items[0].title", "高温补贴方案").param("items[0].ballot", "OPEN"))
                .andExpect(redirectedUrl(body.owner().path() + "/sessions/new")).andReturn();
        Redirects.follow(mvc, tooSoon, as(body.union()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("现已来不及，请另定会期")))
                .andExpect(content().string(containsString("高温补贴方案")));
        Cookie english = new Cookie("xieshang-lang", "en");
        MvcResult tooSoonInEnglish = mvc.perform(post(body.owner().path() + "/sessions").with(csrf()).with(as(body.union()))
                        .cookie(english).param("kind", "EXTRAORDINARY").param("title", "临时会议")
                        .param("startsAt", deadlines.today().plusDays(3) + "T09:00").param("place", "职工之家")
                        .param("proposalsCloseOn", deadlines.today().toString()))
                .andReturn();
        Redirects.follow(mvc, tooSoonInEnglish, as(body.union()), english)
                .andExpect(content().string(containsString("that is no longer possible")))
                .andExpect(content().string(containsString("The agenda needs at least one item.")));
    }

    @Test
    void a_delegate_signs_in_by_code_and_votes_once_on_his_phone_page() throws Exception {
        CongressSession s = convenedAndOpen();
        PortalUser delegate = body.delegates().get(0);
        mvc.perform(post("/congress/sessions/{id}/sign-in", s.id()).param("code", "000000".equals(attendance.currentCode(s)) ? "111111" : "000000")
                        .with(csrf()).with(as(delegate)))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/congress/sessions/{id}/sign-in", s.id()).param("code", attendance.currentCode(s)).with(csrf()).with(as(delegate)))
                .andExpect(redirectedUrl("/congress/me"));
        body.delegates().subList(1, 20).forEach(d -> attendance.signIn(s.id(), attendance.currentCode(s), d));
        mvc.perform(get("/congress/me").with(as(delegate)))
                .andExpect(content().string(containsString("已签到")))
                .andExpect(content().string(not(containsString(attendance.currentCode(s)))));

        long item = agenda.items(s.id()).get(0).id();
        mvc.perform(post("/congress/items/{id}/open", item).with(csrf()).with(as(body.union())))
                .andExpect(status().is3xxRedirection());
        long round = ballots.openRound(s.id()).orElseThrow().id();
        mvc.perform(get("/congress/me").with(as(delegate)))
                .andExpect(content().string(containsString("无记名投票：系统只记录您已投票")))
                .andExpect(content().string(containsString("id=\"vote-for\"")));
        mvc.perform(post("/congress/rounds/{id}/ballot", round).param("line-0", "FOR").with(csrf()).with(as(delegate)))
                .andExpect(flash().attribute("notice", "ballot.cast"));
        var again = mvc.perform(post("/congress/rounds/{id}/ballot", round).param("line-0", "AGAINST").with(csrf()).with(as(delegate)))
                .andExpect(flash().attributeExists("errors")).andReturn();
        org.xieshang.testing.Redirects.follow(mvc, again, as(delegate))
                .andExpect(content().string(containsString("您已在本轮投过票")))
                .andExpect(content().string(containsString("您已投票。")));

        // The union sees who has voted, live; the projector shows figures only.
        mvc.perform(get("/congress/sessions/{id}/live", s.id()).with(as(body.union())))
                .andExpect(content().string(containsString("20 / 30")))
                .andExpect(content().string(containsString("代表1")))
                .andExpect(content().string(containsString("1 / 20")));
        mvc.perform(get("/congress/sessions/{id}/screen", s.id()).with(as(body.union())))
                .andExpect(content().string(containsString("第二届职工代表大会第四次会议")))
                .andExpect(content().string(not(containsString("代表1<"))));
        // Nobody sees the running count, not even the union.
        assertThat(ballots.result(round)).isEmpty();
    }

    @Test
    void the_union_runs_the_day_from_its_console_and_closes_the_session() throws Exception {
        CongressSession s = convenedAndOpen();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(s.sessionNo()).singleResult().getId();
        mvc.perform(get("/forms/hold-session").param("taskId", taskId).with(as(body.union())))
                .andExpect(redirectedUrl("/congress/sessions/" + s.id() + "?taskId=" + taskId));
        mvc.perform(get("/congress/sessions/{id}", s.id()).param("taskId", taskId).with(as(body.union())))
                .andExpect(content().string(containsString(attendance.currentCode(s))))
                .andExpect(content().string(containsString("纸质签到登记")))
                .andExpect(content().string(containsString("未达法定人数，不能表决")))
                .andExpect(content().string(not(containsString("id=\"paper-ballots\""))))
                .andExpect(content().string(containsString("id=\"close-session\"")));
        var ids = congresses.sitting(s.congressId()).stream().map(Delegate::id).toList();
        var sheet = post("/congress/sessions/{id}/paper-sign-in", s.id()).with(csrf()).with(as(body.union()));
        ids.forEach(id -> sheet.param("delegateId", id.toString()));
        mvc.perform(sheet).andExpect(status().is3xxRedirection());
        SessionItem election = agenda.items(s.id()).get(1);
        mvc.perform(post("/congress/items/{id}/open", election.id()).with(csrf()).with(as(body.union())));
        long round = ballots.openRound(s.id()).orElseThrow().id();
        mvc.perform(get("/congress/sessions/{id}", s.id()).with(as(body.union())))
                .andExpect(content().string(containsString("id=\"paper-ballots\"")))
                .andExpect(content().string(containsString("纸质选票计票：选举职工监事")));
        for (int i = 0; i < 25; i++) {
            mvc.perform(post("/congress/rounds/{id}/ballot", round).param("line-1", i < 18 ? "FOR" : "AGAINST")
                    .param("line-2", i < 18 ? "AGAINST" : "FOR").with(csrf()).with(as(body.delegates().get(i))));
        }
        // 代表26–代表30 vote on paper; the scrutineers' counts go in through the console.
        var paperVoters = congresses.sitting(s.congressId()).stream()
                .filter(d -> List.of("代表26", "代表27", "代表28", "代表29", "代表30").contains(d.name())).map(Delegate::id).toList();
        var wrong = post("/congress/rounds/{id}/paper", round).with(csrf()).with(as(body.union()))
                .param("for-1", "3").param("against-1", "1").param("for-2", "2").param("against-2", "3");
        paperVoters.forEach(id -> wrong.param("delegateId", id.toString()));
        mvc.perform(wrong).andExpect(flash().attributeExists("errors"));
        var paper = post("/congress/rounds/{id}/paper", round).with(csrf()).with(as(body.union()))
                .param("for-1", "3").param("against-1", "2").param("for-2", "2").param("against-2", "3");
        paperVoters.forEach(id -> paper.param("delegateId", id.toString()));
        mvc.perform(paper).andExpect(flash().attribute("errors", nullValue()));
        mvc.perform(post("/congress/rounds/{id}/ballot", round).param("line-1", "FOR").param("line-2", "AGAINST")
                .with(csrf()).with(as(body.delegates().get(26)))).andExpect(flash().attributeExists("errors"));
        assertThat(ballots.voted(round)).hasSize(30);
        mvc.perform(post("/congress/rounds/{id}/close", round).with(csrf()).with(as(body.union())));
        mvc.perform(get("/congress/sessions/{id}", s.id()).with(as(body.delegates().get(3))))
                .andExpect(content().string(containsString("周敏: 21 / 9 / 0")))
                .andExpect(content().string(containsString("当选")))
                .andExpect(content().string(not(containsString(attendance.currentCode(s)))));
        mvc.perform(get("/congress/sessions/{id}/screen", s.id()).with(as(body.union())))
                .andExpect(content().string(containsString("周敏 21 ✓")));
        mvc.perform(post("/forms/hold-session").param("taskId", taskId).param("option", "close").with(csrf()).with(as(body.union())))
                .andExpect(redirectedUrl("/congress/sessions/" + s.id()));
        assertThat(sessions.session(s.id()).status()).isEqualTo(CongressSession.Status.CLOSED);
        mvc.perform(get(body.owner().path()).with(as(body.union())))
                .andExpect(content().string(containsString("第二届职工代表大会第四次会议")))
                .andExpect(content().string(containsString("已闭幕")));
    }

    @Test
    void the_union_prints_a_sign_in_sheet_of_every_sitting_delegate_and_a_ballot_per_voted_item() throws Exception {
        CongressSession s = convenedAndOpen();
        String paper = mvc.perform(get("/congress/sessions/{id}/print", s.id()).with(as(body.union())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(paper).contains("代表签到表", "全体代表 " + body.delegates().size() + " 人", "id=\"ballot-1\"");
        body.delegates().forEach(d -> assertThat(paper).contains(d.displayName()));
        mvc.perform(get("/congress/sessions/{id}/print", s.id()).with(as(body.delegates().get(0)))).andExpect(status().isNotFound());
        String name = body.delegates().get(body.delegates().size() - 1).displayName();
        String roster = mvc.perform(get(sessions.ownerOf(s).path()).param("q", name).with(as(body.union())))
                .andReturn().getResponse().getContentAsString();
        assertThat(roster).contains("共 1 人", name).doesNotContain(">" + body.delegates().get(3).displayName() + "<");
        mvc.perform(get("/congress/sessions/{id}/print", s.id()).with(as(body.employer()))).andExpect(status().isNotFound());
    }

    @Test
    void another_enterprises_parties_see_nothing_of_the_session() throws Exception {
        CongressSession s = convenedAndOpen();
        PortalUser otherEmployer = demo.user("wl.hr");
        mvc.perform(get("/congress/sessions/{id}", s.id()).with(as(otherEmployer))).andExpect(status().isNotFound());
        mvc.perform(get("/congress/sessions/{id}/live", s.id()).with(as(otherEmployer))).andExpect(status().isNotFound());
        mvc.perform(post("/congress/sessions/{id}/sign-in", s.id()).param("code", attendance.currentCode(s)).with(csrf())
                .with(demo.as("xjs.delegate"))).andExpect(status().isNotFound());
        mvc.perform(post("/congress/items/{id}/open", agenda.items(s.id()).get(0).id()).with(csrf())
                .with(as(body.employer()))).andExpect(status().isNotFound());
        mvc.perform(get("/congress").with(as(body.union()))).andExpect(status().isNotFound());
    }

    @Test
    void the_demo_delegate_finds_her_session_and_a_proposal_to_co_sign_and_the_union_a_proposal_to_review() throws Exception {
        mvc.perform(get("/congress/me").with(demo.as("xjs.delegate")))
                .andExpect(content().string(containsString("第三届职工代表大会第二次会议")))
                .andExpect(content().string(containsString("关于夜班职工通勤班车的建议")))
                .andExpect(content().string(containsString(">附议</button>")))
                .andExpect(content().string(containsString("提交提案")));
        mvc.perform(get("/").with(demo.as("xjs.union")))
                .andExpect(content().string(containsString("提案审查：立案或不予立案")));
        String taskId = engine.getTaskService().createTaskQuery().taskDefinitionKey(CongressProposal.TASK_REVIEW_PROPOSAL)
                .taskCandidateGroup(demo.user("xjs.union").partyId()).list().get(0).getId();
        mvc.perform(get("/forms/review-proposal").param("taskId", taskId).with(demo.as("xjs.union")))
                .andExpect(content().string(containsString("关于洁净车间更衣室扩容的建议")));
        mvc.perform(get("/forms/review-proposal").param("taskId", taskId).with(demo.as("xjs.hr")))
                .andExpect(status().isNotFound());
    }

    @Test
    void officials_see_the_congress_system_rate_of_the_district() throws Exception {
        mvc.perform(get("/congress").with(demo.as("rsj.zhao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("职代会建制率")))
                .andExpect(content().string(containsString("近12个月无有效会议")));
        mvc.perform(get("/congress").param("q", "鑫晶盛").param("valid", "false").with(demo.as("rsj.zhao")))
                .andExpect(content().string(allOf(containsString("鑫晶盛"), containsString("共 1 项"))));
        mvc.perform(get("/congress").param("valid", "true").with(demo.as("rsj.zhao")))
                .andExpect(content().string(not(containsString("鑫晶盛"))));
    }
}
