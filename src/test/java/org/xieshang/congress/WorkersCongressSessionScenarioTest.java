package org.xieshang.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.xieshang.congress.WorkersCongressSession.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestClock;
import org.xieshang.testing.XieshangTest;

/** One test per path through workers-congress-session.bpmn, and the counting rules on real ballots. */
@XieshangTest
class WorkersCongressSessionScenarioTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CongressFixture fixture;
    @Autowired
    WorkersCongressSessionProcess process;
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
    DocumentService documents;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    JointMeetings jointMeetings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @BeforeEach
    void init() {
        ProcessTestSupport.init(engine);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Agenda.NewItem approve(String title, BallotKind ballot) {
        return new Agenda.NewItem(ItemKind.APPROVE, title, null, ballot, null, List.of());
    }

    static Agenda.NewItem rule(String title) {
        return new Agenda.NewItem(ItemKind.RULE, title, "第三章 考勤与休假", BallotKind.OPEN, null, List.of());
    }

    Agenda.Plan plan(int daysAhead, Agenda.NewItem... items) {
        LocalDate day = deadlines.today().plusDays(daysAhead);
        return new Agenda.Plan(SessionKind.ANNUAL, "第三届职工代表大会第二次会议", day.atTime(9, 0), "公司三楼会议室",
                deadlines.today().plusDays(1), List.of(items));
    }

    /** Convenes, closes the proposal window, sends the notice and opens sign-in on the day. */
    ProcessInstance sessionInProgress(CongressFixture.Body body, Agenda.Plan plan) {
        CongressSession session = sessionSteps.convene(body.owner(), plan, body.union());
        ProcessInstance instance = instance(session);
        assertThat(instance).isWaitingAt(TIMER_PROPOSAL_WINDOW_CLOSES);
        ProcessTestSupport.fireTimer(engine, instance, TIMER_PROPOSAL_WINDOW_CLOSES);
        assertThat(instance).isWaitingAt(TASK_SEND_NOTICE);
        sessionSteps.sendNotice(process.task(session.sessionNo(), TASK_SEND_NOTICE, body.union()).getId(), body.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_DELIVER_NOTICE);
        ProcessTestSupport.fireTimer(engine, instance, TIMER_SIGN_IN_OPENS);
        assertThat(instance).isWaitingAt(TASK_HOLD_SESSION).hasPassed(SERVICE_OPEN_SIGN_IN);
        return instance;
    }

    ProcessInstance instance(CongressSession session) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(session.sessionNo())
                .singleResult();
    }

    CongressSession sessionOf(ProcessInstance instance) {
        return sessions.session((Long) engine.getRuntimeService().getVariable(instance.getId(), SESSION_ID.name()));
    }

    void signIn(CongressSession s, List<PortalUser> delegates) {
        delegates.forEach(d -> attendance.signIn(s.id(), attendance.currentCode(s), d));
    }

    void vote(long round, List<PortalUser> voters, VoteChoice choice) {
        voters.forEach(d -> ballots.cast(round, Map.of(0, choice), d));
    }

    byte[] pdf(StoredDocument document, PortalUser user) {
        return documents.content(document.id(), user);
    }

    @Test
    void a_valid_annual_session_passes_one_item_fails_another_discusses_a_rule_and_publishes_what_passed_or_was_settled()
            throws Exception {
        CongressFixture.Body body = fixture.congress(40);
        ProcessInstance instance = sessionInProgress(body, plan(10, approve("2027年度职工福利基金使用方案", BallotKind.SECRET),
                approve("职工教育培训经费使用方案", BallotKind.OPEN), rule("考勤与休假管理办法（修订）")));
        CongressSession s = sessionOf(instance);
        signIn(s, body.delegates().subList(0, 30));
        assertThat(attendance.turnout(s.id())).isEqualTo(new Attendance.Turnout(40, 30, 27, true));
        List<SessionItem> items = agenda.items(s.id());

        long welfare = ballots.openVote(items.get(0).id(), null, body.union());
        vote(welfare, body.delegates().subList(0, 25), VoteChoice.FOR);
        vote(welfare, body.delegates().subList(25, 30), VoteChoice.AGAINST);
        assertThat(ballots.result(welfare)).as("no tally while the vote is open").isEmpty();
        assertThat(ballots.closeVote(welfare, body.union()).passed()).isTrue();

        long training = ballots.openVote(items.get(1).id(), null, body.union());
        vote(training, body.delegates().subList(0, 20), VoteChoice.FOR);
        vote(training, body.delegates().subList(20, 30), VoteChoice.AGAINST);
        VoteRound.Result trainingResult = ballots.closeVote(training, body.union());
        assertThat(trainingResult.passed()).as("20 of 40 is not more than half of all delegates").isFalse();

        SessionItem rule = items.get(2);
        assertThatThrownBy(() -> ballots.openVote(rule.id(), null, body.union())).as("a rule is discussed, not passed (LCL Art. 4)")
                .hasMessage("session.vote.notVoted");
        assertThatThrownBy(() -> ballots.recordDiscussion(rule.id(), " ", true, body.union())).hasMessage("session.discussion.opinions");
        ballots.recordDiscussion(rule.id(), "建议年休假按工龄递增，哺乳假按国家规定执行", true, body.union());

        sessionSteps.close(process.task(s.sessionNo(), TASK_HOLD_SESSION, body.union()).getId(), body.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_RESOLUTION);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_PUBLISH_DISCLOSURES);
        assertThat(instance).isEnded().hasPassed(EVENT_SESSION_CLOSED);
        assertThat(jdbc.sql("select congress_held_on from enterprise where id = ?").param(body.enterpriseId())
                .query(java.time.LocalDate.class).single()).as("the congress system rate counts this firm from the session's day")
                .isEqualTo(s.startsAt().toLocalDate());

        List<StoredDocument> docs = documents.ofCaseVisibleTo(s.sessionNo(), body.delegates().get(0));
        assertThat(docs).extracting(StoredDocument::type).contains(DocumentType.CONGRESS_NOTICE, DocumentType.CONGRESS_RESOLUTION,
                DocumentType.DISCLOSURE_NOTICE);
        for (StoredDocument d : docs) {
            PdfChecks.assertPdfA2b(pdf(d, body.union()));
        }
        String resolution = PdfChecks.text(pdf(docs.stream().filter(d -> d.type() == DocumentType.CONGRESS_RESOLUTION)
                .findFirst().orElseThrow(), body.employer()));
        assertThat(resolution).contains("应到代表40人，实到30人", "同意25，反对5，弃权0", "同意20，反对10，弃权0", "未通过",
                "全体代表过半数（21票）", "已讨论，职工代表意见：建议年休假按工龄递增", "经与工会平等协商确定");
        assertThat(jdbc.sql("select title from disclosure where congress_id = (select congress_id from congress_session where id = ?)")
                .param(s.id()).query(String.class).list()).containsExactlyInAnyOrder("2027年度职工福利基金使用方案", "考勤与休假管理办法（修订）");
        String disclosure = PdfChecks.text(pdf(docs.stream().filter(d -> d.type() == DocumentType.DISCLOSURE_NOTICE)
                .findFirst().orElseThrow(), body.employer()));
        assertThat(disclosure).contains("经职工代表大会讨论，与工会平等协商确定").doesNotContain("审议通过了");
    }

    @Test
    void a_session_without_a_quorum_refuses_the_vote_and_is_adjourned_to_a_new_date() {
        CongressFixture.Body body = fixture.congress(40);
        ProcessInstance instance = sessionInProgress(body, plan(10, approve("劳动定额调整方案", BallotKind.SECRET)));
        CongressSession s = sessionOf(instance);
        signIn(s, body.delegates().subList(0, 26));
        SessionItem item = agenda.items(s.id()).get(0);

        assertThatThrownBy(() -> ballots.openVote(item.id(), null, body.union()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("session.vote.noQuorum");
        assertThatThrownBy(() -> sessionSteps.close(process.task(s.sessionNo(), TASK_HOLD_SESSION, body.union()).getId(), body.union()))
                .hasMessage("session.close.noQuorum");
        sessionSteps.adjourn(process.task(s.sessionNo(), TASK_HOLD_SESSION, body.union()).getId(), "出席代表26人，不足全体代表三分之二", body.union());
        assertThat(instance).isWaitingAt(TASK_RESCHEDULE_SESSION);
        assertThat(sessions.session(s.id()).status()).isEqualTo(CongressSession.Status.ADJOURNED);

        LocalDateTime newDate = deadlines.today().plusDays(14).atTime(14, 0);
        sessionSteps.reschedule(process.task(s.sessionNo(), TASK_RESCHEDULE_SESSION, body.union()).getId(), newDate, "职工活动中心", body.union());
        assertThat(instance).isWaitingAt(TASK_SEND_NOTICE);
        assertThat(attendance.turnout(s.id()).present()).as("sign-in starts afresh").isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
                .isEqualTo(deadlines.endOf(deadlines.compute("congress-notice", newDate.toLocalDate())));
    }

    @Test
    void a_session_set_sooner_than_the_notice_allows_is_refused_and_a_missed_notice_clock_leads_to_cancellation() {
        CongressFixture.Body body = fixture.congress(40);
        assertThatThrownBy(() -> sessionSteps.convene(body.owner(), plan(6, approve("年度工作报告决议", BallotKind.OPEN)), body.union()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("session.notice.tooLate");

        CongressSession session = sessionSteps.convene(body.owner(), plan(8, approve("年度工作报告决议", BallotKind.OPEN)), body.union());
        ProcessInstance instance = instance(session);
        ProcessTestSupport.fireTimer(engine, instance, TIMER_PROPOSAL_WINDOW_CLOSES);
        clock.setToday(deadlines.today().plusDays(2));
        assertThatThrownBy(() -> sessionSteps.sendNotice(process.task(session.sessionNo(), TASK_SEND_NOTICE, body.union()).getId(), body.union()))
                .hasMessage("session.notice.tooLate");
        assertThat(ProcessTestSupport.jobAt(engine, instance, TIMER_NOTICE_DUE).getDuedate())
                .isEqualTo(deadlines.timerFor("congress-notice", session.startsAt().toLocalDate()));
        ProcessTestSupport.fireTimer(engine, instance, TIMER_NOTICE_DUE);
        assertThat(instance).isWaitingAt(TASK_RESCHEDULE_SESSION);
        sessionSteps.cancel(process.task(session.sessionNo(), TASK_RESCHEDULE_SESSION, body.union()).getId(), "通知未能按时送达", body.union());
        assertThat(instance).isEnded().hasPassed(EVENT_SESSION_CANCELLED).hasNotPassed(TASK_HOLD_SESSION);
        assertThat(sessions.session(session.id()).status()).isEqualTo(CongressSession.Status.CANCELLED);
    }

    @Test
    void an_election_with_more_candidates_than_seats_elects_those_with_a_majority_of_all_delegates() {
        CongressFixture.Body body = fixture.congress(40);
        ProcessInstance instance = sessionInProgress(body, plan(9, new Agenda.NewItem(ItemKind.ELECT,
                "选举职工董事", null, BallotKind.SECRET, 2, List.of("王海", "李娜", "赵强"))));
        CongressSession s = sessionOf(instance);
        signIn(s, body.delegates().subList(0, 36));
        SessionItem election = agenda.items(s.id()).get(0);
        assertThat(election.competitiveRatio()).isEqualTo(1.5);
        long round = ballots.openVote(election.id(), null, body.union());
        assertThatThrownBy(() -> ballots.cast(round, Map.of(1, VoteChoice.FOR, 2, VoteChoice.FOR, 3, VoteChoice.FOR),
                body.delegates().get(0))).hasMessage("session.ballot.tooMany");
        // 王海 30, 李娜 24, 赵强 6: the pass mark is 21 of 40.
        for (int i = 0; i < 36; i++) {
            VoteChoice wang = i < 30 ? VoteChoice.FOR : VoteChoice.AGAINST;
            VoteChoice li = i < 24 ? VoteChoice.FOR : VoteChoice.ABSTAIN;
            VoteChoice zhao = i >= 30 ? VoteChoice.FOR : VoteChoice.AGAINST;
            ballots.cast(round, Map.of(1, wang, 2, li, 3, zhao), body.delegates().get(i));
        }
        VoteRound.Result result = ballots.closeVote(round, body.union());
        assertThat(result.line(1).votesFor()).isEqualTo(30);
        assertThat(result.line(2).votesFor()).isEqualTo(24);
        assertThat(result.line(3).votesFor()).isEqualTo(6);
        assertThat(result.elected()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void a_passed_congress_vote_stays_passed_and_a_failed_one_is_revoted_only_with_a_reason_in_the_minutes() {
        CongressFixture.Body body = fixture.congress(100);
        ProcessInstance instance = sessionInProgress(body, plan(12, approve("住房公积金缴存比例调整方案", BallotKind.SECRET)));
        CongressSession s = sessionOf(instance);
        signIn(s, body.delegates().subList(0, 70));
        SessionItem item = agenda.items(s.id()).get(0);

        long first = ballots.openVote(item.id(), null, body.union());
        vote(first, body.delegates().subList(0, 49), VoteChoice.FOR);
        vote(first, body.delegates().subList(49, 70), VoteChoice.AGAINST);
        assertThat(ballots.closeVote(first, body.union()).passed()).as("49 of 100 fails although 49 of 70 present is a majority").isFalse();

        assertThatThrownBy(() -> ballots.openVote(item.id(), " ", body.union())).as("a revote of a failed item needs a reason")
                .hasMessage("session.vote.revoteReason");
        long second = ballots.openVote(item.id(), "第一轮部分代表未领到选票，经主席团决定重新表决", body.union());
        vote(second, body.delegates().subList(0, 51), VoteChoice.FOR);
        vote(second, body.delegates().subList(51, 70), VoteChoice.AGAINST);
        assertThat(ballots.closeVote(second, body.union()).passed()).as("51 of 100 passes").isTrue();
        assertThat(ballots.decision(item.id()).orElseThrow().round().revoteReason()).startsWith("第一轮部分代表");
        assertThatThrownBy(() -> ballots.openVote(item.id(), "再表决一次", body.union())).as("a passed vote stays passed")
                .hasMessage("session.vote.passedStays");

        assertThat(ballots.result(first).orElseThrow().line(0).votesFor()).as("round 1 stays frozen").isEqualTo(49);
        assertThatThrownBy(() -> ballots.cast(first, Map.of(0, VoteChoice.FOR), body.delegates().get(80)))
                .hasMessage("session.ballot.notSignedIn");
        assertThatThrownBy(() -> ballots.cast(first, Map.of(0, VoteChoice.FOR), body.delegates().get(69)))
                .hasMessage("session.ballot.closed");
        assertThat(ballots.decision(item.id()).orElseThrow().round().roundNo()).isEqualTo(2);
        assertThat(Majority.passes(50, 100)).isFalse();
        assertThat(Majority.quorum(67, 100)).isTrue();
        assertThat(Majority.quorum(66, 100)).isFalse();
    }

    @Test
    void an_all_staff_meeting_counts_every_employee() {
        CongressFixture.Body body = fixture.allStaffMeeting(40);
        ProcessInstance instance = sessionInProgress(body, plan(10, approve("年度带薪休假安排方案", BallotKind.OPEN)));
        CongressSession s = sessionOf(instance);
        signIn(s, body.delegates().subList(0, 27));
        long round = ballots.openVote(agenda.items(s.id()).get(0).id(), null, body.union());
        vote(round, body.delegates().subList(0, 21), VoteChoice.FOR);
        vote(round, body.delegates().subList(21, 27), VoteChoice.ABSTAIN);
        assertThat(ballots.closeVote(round, body.union()).passed()).isTrue();
        assertThat(jdbc.sql("select count(*) from open_ballot where round_id = ?").param(round).query(Integer.class).single())
                .as("an open vote keeps the named record").isEqualTo(27);
        sessionSteps.close(process.task(s.sessionNo(), TASK_HOLD_SESSION, body.union()).getId(), body.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_RESOLUTION);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_PUBLISH_DISCLOSURES);
        assertThat(instance).isEnded();
    }

    @Test
    void a_joint_meeting_decision_is_put_to_the_next_session_for_confirmation() {
        CongressFixture.Body body = fixture.congress(40);
        jointMeetings.record(body.owner(), deadlines.today(), "各代表团团长12人", "高温季节作息时间调整",
                "7月至8月车间作息提前一小时", body.union());
        CongressSession session = sessionSteps.convene(body.owner(), plan(10, approve("年度工作报告决议", BallotKind.OPEN)), body.union());
        assertThat(agenda.items(session.id())).extracting(SessionItem::title)
                .containsExactly("年度工作报告决议", "确认联席会议决定：高温季节作息时间调整（" + deadlines.today() + "）");
        assertThat(jointMeetings.ofCongress(session.congressId()).get(0).confirmedItemId()).isNotNull();
    }
}
