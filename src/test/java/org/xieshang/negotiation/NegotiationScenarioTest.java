package org.xieshang.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.xieshang.bargaining.CollectiveBargaining.*;
import static org.xieshang.testing.NegotiationFixture.chief;
import static org.xieshang.testing.NegotiationFixture.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEvent;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.congress.Agenda;
import org.xieshang.congress.Attendance;
import org.xieshang.congress.Ballots;
import org.xieshang.congress.SessionKind;
import org.xieshang.congress.SessionSteps;
import org.xieshang.congress.VoteChoice;
import org.xieshang.congress.WorkersCongressSession;
import org.xieshang.congress.WorkersCongressSessionProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.monitoring.Attention;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.Position;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.ContractFixture;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestClock;
import org.xieshang.testing.XieshangTest;

/** One test per path through the negotiation stage of collective-bargaining.bpmn, and the rules behind it. */
@XieshangTest
class NegotiationScenarioTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NegotiationFixture fixture;
    @Autowired
    NegotiationSteps negotiation;
    @Autowired
    Delegations delegations;
    @Autowired
    Preparation preparation;
    @Autowired
    Rounds rounds;
    @Autowired
    WageCheck wageCheck;
    @Autowired
    BargainingCases cases;
    @Autowired
    DocumentService documents;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DemoUsers demo;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    CongressFixture congressFixture;
    @Autowired
    WorkersCongressSessionProcess sessionProcess;
    @Autowired
    Agenda agenda;
    @Autowired
    Attendance attendance;
    @Autowired
    Ballots ballots;
    @Autowired
    SessionSteps sessionSteps;
    @Autowired
    DisputeCoordinationProcess coordinationProcess;
    @Autowired
    CoordinationSteps coordinationSteps;
    @Autowired
    Coordinations coordinations;
    @Autowired
    Attention attention;

    NegotiationFixture.Table t;

    @BeforeEach
    void anAcceptedOffer() {
        ProcessTestSupport.init(engine);
        t = fixture.acceptedWageOffer();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Delegations.NewMember expert(String name, String by) {
        return new Delegations.NewMember(name, "外聘劳动关系专家", false, false, true, by, LocalDate.now());
    }

    void prepared() {
        fixture.prepare(t);
        assertThat(t.instance()).isWaitingAt(TASK_SCHEDULE_ROUND);
    }

    long scheduleRound(int daysAhead) {
        negotiation.schedule(fixture.taskId(t, TASK_SCHEDULE_ROUND, t.employer()), LocalDateTime.now().plusDays(daysAhead)
                .withHour(9).withMinute(0).withSecond(0).withNano(0), "公司三楼会议室", t.employer());
        ProcessTestSupport.executeJobFor(engine, t.instance(), SERVICE_ISSUE_MEETING_NOTICE);
        assertThat(t.instance()).isWaitingAt(TASK_RECORD_MINUTES);
        return rounds.current(t.bargainingCase().id()).orElseThrow().id();
    }

    List<Preparation.Item> openItems() {
        return preparation.items(t.bargainingCase().id()).stream().filter(i -> !i.settled()).toList();
    }

    Rounds.Position agreed(Preparation.Item i, String text) {
        return new Rounds.Position(i.id(), "职工方：" + i.title(), "企业方：" + i.title(), i.wages() ? new BigDecimal("6.5") : null,
                i.wages() ? new BigDecimal("5.0") : null, Preparation.Item.Status.AGREED, text);
    }

    Rounds.Position open(Preparation.Item i) {
        return new Rounds.Position(i.id(), "职工方坚持" + i.title(), "企业方暂不同意", i.wages() ? new BigDecimal("6.5") : null,
                i.wages() ? new BigDecimal("4.0") : null, Preparation.Item.Status.OPEN, null);
    }

    void recordAndConfirm(Rounds.Minutes minutes) {
        negotiation.recordMinutes(fixture.taskId(t, TASK_RECORD_MINUTES, t.recorder()), minutes, t.recorder());
        negotiation.answerMinutes(fixture.taskId(t, TASK_CONFIRM_MINUTES_UNION, t.union()), true, null, t.union());
        negotiation.answerMinutes(fixture.taskId(t, TASK_CONFIRM_MINUTES_EMPLOYER, t.employer()), true, null, t.employer());
        ProcessTestSupport.executeJobFor(engine, t.instance(), SERVICE_ISSUE_MINUTES);
    }

    static Rounds.Minutes minutes(List<Rounds.Position> positions, Rounds.Outcome outcome, LocalDateTime next) {
        return new Rounds.Minutes("职工方代表3人、企业方代表3人出席", positions, null, outcome, next,
                next == null ? null : "公司三楼会议室", next == null ? null : "工资增幅、工作时间",
                outcome == Rounds.Outcome.AGREEMENT ? ContractFixture.TERM.years() : null, null,
                outcome == Rounds.Outcome.AGREEMENT ? ContractFixture.WAGE_INCREASE : null);
    }

    /** Assembled, initialled by both chiefs and put before the congress. */
    void agreementReachesTheCongress() {
        ProcessTestSupport.executeJobFor(engine, t.instance(), SERVICE_ASSEMBLE_DRAFT);
        negotiation.initialDraft(fixture.taskId(t, TASK_INITIAL_DRAFT_UNION, t.union()), t.union());
        negotiation.initialDraft(fixture.taskId(t, TASK_INITIAL_DRAFT_EMPLOYER, t.employer()), t.employer());
        assertThat(t.instance()).hasPassed(SERVICE_SUBMIT_DRAFT_TO_CONGRESS).isWaitingAt(CALL_CONGRESS_APPROVAL);
        assertThat(cases.find(t.bargainingCase().id()).orElseThrow().stage()).isEqualTo(CaseStage.CONGRESS);
        var session = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(t.instance().getId()).singleResult();
        assertThat(session).isWaitingAt(WorkersCongressSession.TASK_CONVENE_SESSION);
    }

    StoredDocument latest(DocumentType type) {
        return documents.ofCaseVisibleTo(t.bargainingCase().caseNo(), t.union()).stream().filter(d -> d.type() == type)
                .reduce((a, b) -> a.version() > b.version() ? a : b).orElseThrow();
    }

    String text(DocumentType type) throws Exception {
        byte[] pdf = documents.content(latest(type).id(), t.union());
        PdfChecks.assertPdfA2b(pdf);
        return PdfChecks.text(pdf);
    }

    @Test
    void the_sides_agree_in_one_round_and_the_draft_goes_to_the_congress() throws Exception {
        assertThat(preparation.items(t.bargainingCase().id())).extracting(Preparation.Item::title)
                .containsExactly("劳动报酬", "工作时间", "休息休假");
        prepared();
        scheduleRound(7);
        List<Rounds.Position> all = new ArrayList<>();
        for (Preparation.Item i : openItems()) {
            all.add(agreed(i, i.wages() ? "2027年职工平均工资增长5.8%，最低工资不低于每月2300元。" : "执行标准工时制度，每周休息两日。"));
        }
        recordAndConfirm(minutes(all, Rounds.Outcome.AGREEMENT, null));
        agreementReachesTheCongress();

        String year = deadlines.today().getYear() + "年";
        String party = t.bargainingCase().partyName();
        assertThat(text(DocumentType.MEETING_NOTICE)).contains(party, year, "第1次集体协商会议", "职工方首席代表主持", "劳动报酬");
        assertThat(text(DocumentType.NEGOTIATION_MINUTES)).contains(party, year, "吴丽萍", "周建国", "李明", "达成一致");
        assertThat(text(DocumentType.ITEM_COMPARISON)).contains(party, year, "第1次", "6.50%", "5.00%");
        assertThat(text(DocumentType.DELEGATION_LIST)).contains("吴丽萍", "工会主席本人", "周建国", "法定代表人本人");
        assertThat(text(DocumentType.CONTRACT_DRAFT)).contains(party, year, "工资专项集体合同（草案）", "最低工资不低于每月2300元",
                "乙方首席代表（草签）：吴丽萍");
    }

    @Test
    void the_term_and_the_wage_increase_are_agreed_with_the_draft_the_term_warned_outside_1_to_3_years_and_both_refused_when_missing()
            throws Exception {
        prepared();
        scheduleRound(7);
        List<Rounds.Position> all = openItems().stream().map(i -> agreed(i, "条款：" + i.title())).toList();
        String task = fixture.taskId(t, TASK_RECORD_MINUTES, t.recorder());
        LocalDate start = deadlines.today().plusMonths(2).withDayOfMonth(1);
        java.util.Map<String, Rounds.Minutes> refused = new java.util.LinkedHashMap<>();
        refused.put("term.required", termed(all, null, null));
        refused.put("term.years.range", termed(all, 11, null));
        refused.put("term.startsOn.window", termed(all, 5, deadlines.today().minusDays(1)));
        Rounds.Minutes withoutIncrease = termed(all, 5, null);
        refused.put("wageIncrease.required", new Rounds.Minutes(withoutIncrease.attendance(), all, null, Rounds.Outcome.AGREEMENT,
                null, null, null, 5, null, null));
        refused.put("input.percent", new Rounds.Minutes(withoutIncrease.attendance(), all, null, Rounds.Outcome.AGREEMENT,
                null, null, null, 5, null, new BigDecimal("120")));
        refused.forEach((rule, minutes) -> assertThatThrownBy(() -> negotiation.recordMinutes(task, minutes, t.recorder()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.violations())
                        .extracting(BusinessRuleException.Violation::messageKey).containsExactly(rule)));
        assertThat(rounds.current(t.bargainingCase().id()).orElseThrow().status()).isEqualTo(Rounds.Status.SCHEDULED);
        assertThat(t.instance()).isWaitingAt(TASK_RECORD_MINUTES);

        negotiation.recordMinutes(task, termed(all, 5, start), t.recorder());
        mvc.perform(get("/forms/confirm-minutes").param("taskId", fixture.taskId(t, TASK_CONFIRM_MINUTES_UNION, t.union()))
                        .with(DemoUsers.as(t.union())))
                .andExpect(content().string(containsString("合同期限 5 年，自 " + start + " 起计算")))
                .andExpect(content().string(containsString("超出集体合同期限一般为1至3年的规定（《集体合同规定》第三十八条）")))
                .andExpect(content().string(containsString("约定职工平均工资增长 5.8%。")));
        assertThat(preparation.agreedTerm(t.bargainingCase().id())).as("agreed only once both chiefs confirm").isEmpty();
        assertThat(preparation.agreedWageIncrease(t.bargainingCase().id())).isEmpty();
        negotiation.answerMinutes(fixture.taskId(t, TASK_CONFIRM_MINUTES_UNION, t.union()), true, null, t.union());
        negotiation.answerMinutes(fixture.taskId(t, TASK_CONFIRM_MINUTES_EMPLOYER, t.employer()), true, null, t.employer());
        ProcessTestSupport.executeJobFor(engine, t.instance(), SERVICE_ISSUE_MINUTES);
        assertThat(preparation.agreedTerm(t.bargainingCase().id())).contains(new AgreedTerm(5, start));
        assertThat(preparation.agreedWageIncrease(t.bargainingCase().id())).contains(ContractFixture.WAGE_INCREASE);
        agreementReachesTheCongress();

        String from = start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日起计算";
        assertThat(text(DocumentType.NEGOTIATION_MINUTES)).contains("双方约定合同期限：5年，自" + from);
        assertThat(text(DocumentType.CONTRACT_DRAFT)).as("the congress votes on the term with the clauses")
                .contains("第4条　合同期限", "本合同期限为5年，自" + from, "《集体合同规定》第三十八条");
    }

    static Rounds.Minutes termed(List<Rounds.Position> positions, Integer years, LocalDate startsOn) {
        return new Rounds.Minutes("职工方代表3人、企业方代表3人出席", positions, null, Rounds.Outcome.AGREEMENT, null, null, null,
                years, startsOn, ContractFixture.WAGE_INCREASE);
    }

    @Test
    void the_workers_congress_approves_the_initialled_draft_and_the_case_moves_to_signing() throws Exception {
        agreedInOneRound();
        var session = congressVotes(16);
        assertThat(session).isEnded();
        assertThat(t.instance()).isWaitingAt(TASK_PREPARE_CONTRACT).hasPassed(CALL_CONGRESS_APPROVAL, SERVICE_RECORD_CONGRESS_APPROVAL);
        assertThat(cases.find(t.bargainingCase().id()).orElseThrow().stage()).isEqualTo(CaseStage.SIGNING);
        assertThat(cases.timeline(t.bargainingCase().id())).extracting(CaseEvent::kind)
                .contains(CaseEventKind.DRAFT_TO_CONGRESS, CaseEventKind.CONGRESS_APPROVED);
        mvc.perform(get("/cases/{id}/congress", t.bargainingCase().id()).with(DemoUsers.as(t.union())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("/congress/sessions/*"));
        mvc.perform(get("/cases/{id}/congress", t.bargainingCase().id()).with(demo.as("wl.union")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void the_workers_congress_rejects_the_draft_and_the_sides_negotiate_again_with_the_vote_on_record() {
        agreedInOneRound();
        var session = congressVotes(15);
        assertThat(session).isEnded();
        assertThat(t.instance()).isWaitingAt(TASK_SCHEDULE_ROUND).hasPassed(SERVICE_RECORD_CONGRESS_REJECTION)
                .hasNotPassed(TASK_PREPARE_CONTRACT);
        assertThat(cases.find(t.bargainingCase().id()).orElseThrow().stage()).isEqualTo(CaseStage.ROUNDS);
        CaseEvent rejected = cases.timeline(t.bargainingCase().id()).stream().filter(e -> e.kind() == CaseEventKind.CONGRESS_REJECTED)
                .findFirst().orElseThrow();
        assertThat(rejected.documentId()).as("the resolution with the counts is on the case").isNotNull();
        assertThat(openItems()).hasSize(3);
        scheduleRound(10);
    }

    void agreedInOneRound() {
        prepared();
        scheduleRound(7);
        recordAndConfirm(minutes(openItems().stream().map(i -> agreed(i, "条款：" + i.title())).toList(), Rounds.Outcome.AGREEMENT, null));
        agreementReachesTheCongress();
    }

    /** The union convenes the called session; all 30 delegates attend and {@code votesFor} approve the draft. */
    org.camunda.bpm.engine.runtime.ProcessInstance congressVotes(int votesFor) {
        var congress = congressFixture.congressOf(t.enterpriseId(), t.union(), t.employer(), 30);
        var instanceOfSession = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(t.instance().getId())
                .singleResult();
        var convene = engine.getTaskService().createTaskQuery().processInstanceId(instanceOfSession.getId()).singleResult();
        var s = sessionSteps.conveneCalled(convene.getId(),
                new Agenda.Plan(SessionKind.EXTRAORDINARY, "临时职工代表大会", deadlines.today().plusDays(9).atTime(9, 0),
                        "公司大礼堂", deadlines.today(), List.of()), "审议工资专项集体合同草案", t.union());
        ProcessTestSupport.fireTimer(engine, instanceOfSession, WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        sessionSteps.sendNotice(sessionProcess.task(s.sessionNo(), WorkersCongressSession.TASK_SEND_NOTICE, t.union()).getId(), t.union());
        ProcessTestSupport.executeJobFor(engine, instanceOfSession, WorkersCongressSession.SERVICE_DELIVER_NOTICE);
        ProcessTestSupport.fireTimer(engine, instanceOfSession, WorkersCongressSession.TIMER_SIGN_IN_OPENS);
        congress.delegates().forEach(d -> attendance.signIn(s.id(), attendance.currentCode(s), d));
        var draftItem = agenda.items(s.id()).get(0);
        assertThat(draftItem.bargainingCaseNo()).isEqualTo(t.bargainingCase().caseNo());
        assertThat(documents.get(draftItem.documentId(), congress.delegates().get(0)).type())
                .as("the delegates read the draft they vote on").isEqualTo(DocumentType.CONTRACT_DRAFT);
        long round = ballots.openVote(draftItem.id(), null, t.union());
        for (int i = 0; i < 30; i++) {
            ballots.cast(round, java.util.Map.of(0, i < votesFor ? VoteChoice.FOR : VoteChoice.AGAINST), congress.delegates().get(i));
        }
        ballots.closeVote(round, t.union());
        sessionSteps.close(sessionProcess.task(s.sessionNo(), WorkersCongressSession.TASK_HOLD_SESSION, t.union()).getId(), t.union());
        ProcessTestSupport.executeJobFor(engine, instanceOfSession, WorkersCongressSession.SERVICE_ISSUE_RESOLUTION);
        ProcessTestSupport.executeJobFor(engine, instanceOfSession, WorkersCongressSession.SERVICE_PUBLISH_DISCLOSURES);
        return instanceOfSession;
    }

    @Test
    void the_sides_suspend_and_agree_in_a_later_round_presided_by_the_other_chief() throws Exception {
        prepared();
        scheduleRound(7);
        List<Preparation.Item> items = openItems();
        LocalDateTime next = LocalDateTime.now().plusDays(14).withHour(9).withMinute(0).withSecond(0).withNano(0);
        recordAndConfirm(minutes(List.of(open(items.get(0)), agreed(items.get(1), "每周工作40小时。"),
                new Rounds.Position(items.get(2).id(), "增加年休假", "维持现状", null, null, Preparation.Item.Status.WITHDRAWN, null)),
                Rounds.Outcome.SUSPENDED, next));
        assertThat(t.instance()).isWaitingAt(TASK_SCHEDULE_ROUND);
        assertThat(openItems()).extracting(Preparation.Item::title).containsExactly("劳动报酬");

        clock.setToday(next.toLocalDate().plusDays(1));
        assertThat(rounds.stalled(t.bargainingCase().id())).as("past the agreed date without a new round").isTrue();
        assertThat(attention.of(demo.user("rsj.zhao"))).as("the bureau's 需关注 list names the stalled negotiation")
                .filteredOn(item -> item.kind() == Attention.Kind.STALLED_NEGOTIATIONS).singleElement()
                .satisfies(item -> assertThat(item.first()).anySatisfy(m -> {
                    assertThat(m.caseNo()).isEqualTo(t.bargainingCase().caseNo());
                    assertThat(m.daysPast()).isEqualTo(1);
                }));
        clock.reset();

        long second = scheduleRound(14);
        assertThat(rounds.round(second).presiding()).isEqualTo(Side.EMPLOYER);
        assertThat(rounds.stalled(t.bargainingCase().id())).isFalse();
        recordAndConfirm(minutes(List.of(agreed(openItems().get(0), "工资增长5.8%。")), Rounds.Outcome.AGREEMENT, null));
        agreementReachesTheCongress();
        assertThat(text(DocumentType.ITEM_COMPARISON)).contains("第1次", "第2次", "撤回");
    }

    @Test
    void minutes_returned_to_the_recorder_are_corrected_and_then_confirmed() {
        prepared();
        scheduleRound(7);
        List<Rounds.Position> all = openItems().stream().map(i -> agreed(i, "条款" + i.title())).toList();
        negotiation.recordMinutes(fixture.taskId(t, TASK_RECORD_MINUTES, t.recorder()), minutes(all, Rounds.Outcome.AGREEMENT, null),
                t.recorder());
        assertThatThrownBy(() -> negotiation.answerMinutes(fixture.taskId(t, TASK_CONFIRM_MINUTES_UNION, t.union()), false, " ",
                t.union()))
                .hasMessage("minutes.returnComment");
        negotiation.answerMinutes(fixture.taskId(t, TASK_CONFIRM_MINUTES_UNION, t.union()), false, "工资条款记录有误，应为5.8%", t.union());
        negotiation.answerMinutes(fixture.taskId(t, TASK_CONFIRM_MINUTES_EMPLOYER, t.employer()), true, null, t.employer());
        assertThat(t.instance()).isWaitingAt(TASK_RECORD_MINUTES);
        assertThat(rounds.current(t.bargainingCase().id()).orElseThrow().returnedComment()).contains("应为5.8%");

        recordAndConfirm(minutes(all, Rounds.Outcome.AGREEMENT, null));
        assertThat(t.instance()).isWaitingAt(SERVICE_ASSEMBLE_DRAFT);
        assertThat(rounds.current(t.bargainingCase().id()).orElseThrow().status()).isEqualTo(Rounds.Status.CONFIRMED);
    }

    @Test
    void a_delegation_breaking_a_rule_is_refused_with_the_rule_named() {
        var c = t.bargainingCase();
        assertRefused(c, Side.UNION, List.of(chief("吴丽萍", "工会主席"), member("马建国", "副主席")), "delegation.rule.minimum");
        assertRefused(c, Side.UNION, List.of(chief("吴丽萍", "工会主席"), chief("马建国", "副主席"), member("杨帆", "职工")),
                "delegation.rule.oneChief");
        assertRefused(c, Side.UNION, List.of(new Delegations.NewMember("马建国", "副主席", true, false, false, null, null),
                member("吴丽萍", "工会主席"), member("杨帆", "职工")), "delegation.rule.unionChief");
        assertRefused(c, Side.EMPLOYER, List.of(new Delegations.NewMember("陈静", "人力资源部经理", true, false, false, null, null),
                member("王芳", "财务"), member("李强", "生产")), "delegation.rule.employerChief");
        assertRefused(c, Side.UNION, List.of(chief("吴丽萍", "工会主席"), expert("张教授", "吴丽萍"), expert("刘律师", "吴丽萍")),
                "delegation.rule.experts");
        assertRefused(c, Side.UNION, List.of(new Delegations.NewMember("张教授", "专家", true, false, true, "吴丽萍", LocalDate.now()),
                member("吴丽萍", "工会主席"), member("杨帆", "职工")), "delegation.rule.expertChief");
        assertRefused(c, Side.UNION, List.of(chief("吴丽萍", "工会主席"), member("杨帆", "职工"),
                new Delegations.NewMember("张教授", "专家", false, false, true, null, null)), "delegation.rule.expertAuthorisation");
        // An authorised chief and an authorised expert within a third are lawful.
        delegations.name(c, Side.UNION, List.of(new Delegations.NewMember("马建国", "工会副主席", true, false, false, "吴丽萍", LocalDate.now()),
                member("杨帆", "职工"), expert("张教授", "马建国")), t.union().userId());
        assertRefused(c, Side.EMPLOYER, List.of(chief("周建国", "董事长"), member("陈静", "人力资源部经理"), member("王芳", "财务"),
                member("李强", "生产")), "delegation.rule.equal");
        assertRefused(c, Side.EMPLOYER, List.of(chief("周建国", "董事长"), member("杨帆", "车间主任"), member("王芳", "财务")),
                "delegation.rule.bothSides");
    }

    @Test
    void the_first_round_leaves_5_days_after_requested_wage_data_arrives_and_a_late_provider_is_shown_overdue() throws Exception {
        prepared();
        preparation.requestWageData(t.bargainingCase(), "近三年工资总额和职工平均工资", t.union());
        String task = fixture.taskId(t, TASK_SCHEDULE_ROUND, t.employer());
        LocalDateTime inThreeDays = LocalDateTime.now().plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        assertThatThrownBy(() -> negotiation.schedule(task, inThreeDays, "公司三楼会议室", t.employer()))
                .hasMessage("round.wageData.awaited");
        long round = scheduleRound(6);
        clock.setToday(rounds.round(round).startsAt().toLocalDate().minusDays(2));
        mvc.perform(get("/cases/{id}/negotiation", t.bargainingCase().id()).with(DemoUsers.as(t.union())))
                .andExpect(content().string(containsString("countdown-overdue")));
    }

    @Test
    void only_the_chief_or_the_person_he_authorised_in_writing_confirms_minutes_and_initials_the_draft() {
        prepared();
        scheduleRound(7);
        List<Rounds.Position> all = openItems().stream().map(i -> agreed(i, i.wages()
                ? "2027年职工平均工资增长5.8%，最低工资不低于每月2300元。" : "执行标准工时制度，每周休息两日。")).toList();
        negotiation.recordMinutes(fixture.taskId(t, TASK_RECORD_MINUTES, t.recorder()), minutes(all, Rounds.Outcome.AGREEMENT, null),
                t.recorder());
        PortalUser clerk = new PortalUser("clerk-" + t.enterpriseId(), "人事专员", t.employer().partyId(), t.employer().partyKind(),
                t.employer().partyName(), t.employer().districtId(), t.enterpriseId(), null, Position.HR, t.employer().areaId());
        String task = fixture.taskId(t, TASK_CONFIRM_MINUTES_EMPLOYER, t.employer());
        assertThatThrownBy(() -> negotiation.answerMinutes(task, true, null, clerk)).as("an HR clerk without the letter")
                .hasMessage("chief.unauthorised");
        negotiation.answerMinutes(fixture.taskId(t, TASK_CONFIRM_MINUTES_UNION, t.union()), true, null, t.union());
        negotiation.answerMinutes(task, true, null, t.employer());
        ProcessTestSupport.executeJobFor(engine, t.instance(), SERVICE_ISSUE_MINUTES);
        ProcessTestSupport.executeJobFor(engine, t.instance(), SERVICE_ASSEMBLE_DRAFT);
        assertThatThrownBy(() -> negotiation.initialDraft(fixture.taskId(t, TASK_INITIAL_DRAFT_EMPLOYER, t.employer()), clerk))
                .hasMessage("chief.unauthorised");
    }

    @Test
    void the_chief_is_the_registry_s_union_chair_not_a_box_the_user_ticks_about_himself() {
        assertRefused(t.bargainingCase(), Side.UNION, List.of(new Delegations.NewMember("马建国", "工会副主席", true, true, false, null, null),
                member("吴丽萍", "工会主席"), member("杨帆", "职工")), "delegation.rule.unionChief");
    }

    @Test
    void the_recorder_stays_neutral_when_a_delegation_changes() {
        prepared();
        assertRefused(t.bargainingCase(), Side.UNION, List.of(chief("吴丽萍", "工会主席"), member("马建国", "工会副主席"),
                member("李明", "职工代表")), "delegation.rule.recorder");
    }

    @Test
    void a_worker_delegate_whose_labour_contract_ends_while_serving_is_flagged_to_both_sides() throws Exception {
        var c = t.bargainingCase();
        delegations.name(c, Side.UNION, List.of(chief("吴丽萍", "工会主席"), member("马建国", "工会副主席"),
                new Delegations.NewMember("杨帆", "一线职工代表", false, false, false, null, null, deadlines.today().plusDays(40))),
                t.union().userId());
        assertRefused(c, Side.EMPLOYER, List.of(chief("周建国", "董事长"), member("陈静", "人力资源部经理"),
                new Delegations.NewMember("王芳", "财务部经理", false, false, false, null, null, deadlines.today().plusDays(40))),
                "delegation.rule.labourContract");
        mvc.perform(get("/cases/{id}/negotiation", c.id()).with(DemoUsers.as(t.employer())))
                .andExpect(content().string(containsString("第二十八条")));
    }

    @Test
    void a_coordination_extension_shorter_than_15_days_still_ends_on_a_working_day_counted_from_the_30th_day() {
        coordinationApplied();
        var bureau = demo.user("rsj.zhao");
        clock.setToday(LocalDate.of(2026, 12, 9));
        coordinationSteps.accept(coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_DECIDE_APPLICATION,
                bureau).getId(), bureau);
        var task = coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_COORDINATE_DISPUTE, bureau);
        long id = coordinations.running(t.bargainingCase().id()).orElseThrow().id();
        assertThat(coordinations.due(coordinations.get(id)).due()).isEqualTo(LocalDate.of(2027, 1, 8));
        coordinationSteps.extend(task.getId(), 1, bureau);
        assertThat(coordinations.due(coordinations.get(id)).due()).as("the 31st day is a Saturday (CC Art. 203)")
                .isEqualTo(LocalDate.of(2027, 1, 11));
    }

    void assertRefused(org.xieshang.bargaining.BargainingCase c, Side side, List<Delegations.NewMember> members, String rule) {
        assertThatThrownBy(() -> delegations.name(c, side, members, "test"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.violations())
                        .extracting(BusinessRuleException.Violation::messageKey).contains(rule));
    }

    @Test
    void a_vacancy_blocks_the_next_round_until_filled_and_misses_its_15_day_clock_visibly() {
        prepared();
        scheduleRound(7);
        List<Preparation.Item> items = openItems();
        recordAndConfirm(minutes(items.stream().map(this::open).toList(), Rounds.Outcome.SUSPENDED,
                LocalDateTime.now().plusDays(20)));
        var leaving = delegations.active(t.bargainingCase().id(), Side.UNION).stream().filter(m -> !m.chief()).findFirst().orElseThrow();
        delegations.vacate(t.bargainingCase(), Side.UNION, leaving.id(), "劳动合同期满离职");
        assertThatThrownBy(() -> negotiation.schedule(fixture.taskId(t, TASK_SCHEDULE_ROUND, t.union()),
                LocalDateTime.now().plusDays(10), "会议室", t.union()))
                .hasMessage("delegation.vacancy.blocks");
        Delegations.Vacancy vacancy = negotiation.vacancies(t.bargainingCase()).get(0);
        assertThat(vacancy.deadline().due()).isEqualTo(deadlines.compute("delegation-vacancy", deadlines.today()).due());
        assertThat(vacancy.overdue()).isFalse();
        clock.setToday(vacancy.deadline().due().plusDays(1));
        assertThat(negotiation.vacancies(t.bargainingCase()).get(0).overdue()).as("missed, and shown as missed").isTrue();
        clock.reset();

        delegations.fill(t.bargainingCase(), Side.UNION, leaving.id(), member("赵磊", "一线职工代表"), t.union().userId());
        assertThat(negotiation.vacancies(t.bargainingCase())).isEmpty();
        negotiation.schedule(fixture.taskId(t, TASK_SCHEDULE_ROUND, t.union()), LocalDateTime.now().plusDays(10), "会议室", t.union());
        assertThat(t.instance()).isWaitingAt(SERVICE_ISSUE_MEETING_NOTICE);
    }

    /** A round ends without agreement and the union applies: the case calls the coordination, waiting for the bureau. */
    org.camunda.bpm.engine.runtime.ProcessInstance coordinationApplied() {
        prepared();
        scheduleRound(7);
        recordAndConfirm(minutes(openItems().stream().map(this::open).toList(), Rounds.Outcome.COORDINATION, null));
        assertThat(t.instance()).isWaitingAt(CALL_DISPUTE_COORDINATION);
        assertThat(cases.find(t.bargainingCase().id()).orElseThrow().stage()).isEqualTo(CaseStage.DISPUTE);
        var coordination = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(t.instance().getId())
                .singleResult();
        assertThat(coordination).isWaitingAt(DisputeCoordination.TASK_APPLY_FOR_COORDINATION);
        coordinationSteps.apply(coordinationProcess.task(t.bargainingCase().caseNo(),
                        DisputeCoordination.TASK_APPLY_FOR_COORDINATION, t.union()).getId(),
                "企业方拒绝任何工资增长，双方经三次协商仍无法达成一致。", t.union());
        ProcessTestSupport.executeJobFor(engine, coordination, DisputeCoordination.SERVICE_ISSUE_APPLICATION);
        assertThat(coordination).isWaitingAt(DisputeCoordination.TASK_DECIDE_APPLICATION);
        return coordination;
    }

    @Test
    void coordination_is_accepted_extended_once_and_its_agreement_sends_the_open_items_back_to_rounds() throws Exception {
        var coordination = coordinationApplied();
        var bureau = demo.user("rsj.zhao");
        coordinationSteps.accept(coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_DECIDE_APPLICATION,
                bureau).getId(), bureau);
        var task = coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_COORDINATE_DISPUTE, bureau);
        long id = coordinations.running(t.bargainingCase().id()).orElseThrow().id();
        var thirtyDays = deadlines.compute("dispute-coordination", deadlines.today());
        assertThat(ProcessTestSupport.jobAt(engine, coordination, DisputeCoordination.TIMER_COORDINATION_DUE).getDuedate())
                .isEqualTo(deadlines.endOf(thirtyDays));

        coordinationSteps.extend(task.getId(), 10, bureau);
        assertThat(coordinations.due(coordinations.get(id)).due())
                .isEqualTo(deadlines.compute("dispute-coordination-extension", thirtyDays.due(), "640000", 10).due());
        assertThat(ProcessTestSupport.jobAt(engine, coordination, DisputeCoordination.TIMER_COORDINATION_DUE).getDuedate())
                .isEqualTo(deadlines.endOf(coordinations.due(coordinations.get(id))));
        assertThatThrownBy(() -> coordinationSteps.extend(task.getId(), 5, bureau)).hasMessage("coordination.extension.once");
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(deadlines.today(), coordinations.due(coordinations.get(id)).due());
        assertThat(attention.of(bureau)).as("the bureau's 需关注 list shows the dispute with its extended clock")
                .filteredOn(item -> item.kind() == Attention.Kind.COORDINATIONS).singleElement()
                .satisfies(item -> assertThat(item.first()).anySatisfy(m -> {
                    assertThat(m.caseNo()).isEqualTo(t.bargainingCase().caseNo());
                    assertThat(m.daysPast()).isEqualTo(-daysLeft);
                }));

        var items = openItems();
        coordinationSteps.agree(task.getId(), "区人社局劳动关系科、区总工会、区企业联合会三方", "调查核实工资数据；拟定协调方案；召开协调会议两次",
                List.of(new Coordinations.Settlement(items.get(1).id(), "每周工作40小时。")), null, null, null, bureau);
        ProcessTestSupport.executeJobFor(engine, coordination, DisputeCoordination.SERVICE_ISSUE_COORDINATION_AGREEMENT);
        coordinationSteps.confirm(coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_CONFIRM_AGREEMENT_UNION,
                t.union()).getId(), t.union());
        coordinationSteps.confirm(coordinationProcess.task(t.bargainingCase().caseNo(),
                DisputeCoordination.TASK_CONFIRM_AGREEMENT_EMPLOYER, t.employer()).getId(), t.employer());
        assertThat(coordination).isEnded().hasPassed(DisputeCoordination.EVENT_COORDINATION_CONCLUDED);
        assertThat(t.instance()).isWaitingAt(TASK_SCHEDULE_ROUND);
        assertThat(openItems()).extracting(Preparation.Item::title).containsExactly("劳动报酬", "休息休假");
        assertThat(text(DocumentType.COORDINATION_AGREEMENT)).contains("每周工作40小时", "需继续协商事项", "劳动报酬", "已延期10日",
                "吴丽萍", "周建国");
        assertThat(text(DocumentType.COORDINATION_APPLICATION)).contains("企业方拒绝任何工资增长");
    }

    @Test
    void coordination_declined_by_the_bureau_leaves_the_sides_to_their_rounds() {
        var coordination = coordinationApplied();
        var bureau = demo.user("rsj.zhao");
        var task = coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_DECIDE_APPLICATION, bureau);
        assertThatThrownBy(() -> coordinationSteps.decline(task.getId(), "", bureau)).hasMessage("coordination.decline.reason");
        coordinationSteps.decline(task.getId(), "双方尚未穷尽协商程序，请继续协商。", bureau);
        assertThat(coordination).isEnded().hasPassed(DisputeCoordination.EVENT_COORDINATION_DECLINED);
        assertThat(t.instance()).isWaitingAt(TASK_SCHEDULE_ROUND);
    }

    @Test
    void coordination_whose_clock_runs_out_leaves_the_items_open() {
        var coordination = coordinationApplied();
        var bureau = demo.user("rsj.zhao");
        coordinationSteps.accept(coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_DECIDE_APPLICATION,
                bureau).getId(), bureau);
        ProcessTestSupport.fireTimer(engine, coordination, DisputeCoordination.TIMER_COORDINATION_DUE);
        assertThat(coordination).isEnded().hasPassed(DisputeCoordination.EVENT_COORDINATION_LAPSED);
        assertThat(t.instance()).isWaitingAt(TASK_SCHEDULE_ROUND);
        assertThat(openItems()).hasSize(3);
    }

    @Test
    void the_labour_bureau_steps_in_on_its_own_initiative_and_settles_an_item() {
        prepared();
        var bureau = demo.user("rsj.zhao");
        assertThatThrownBy(() -> coordinationSteps.intervene(t.bargainingCase().id(), "争议", t.union()))
                .isInstanceOf(org.xieshang.system.NotFoundException.class);
        coordinationSteps.intervene(t.bargainingCase().id(), "双方分歧较大，职工情绪不稳定。", bureau);
        var coordination = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DisputeCoordination.PROCESS_ID).processInstanceBusinessKey(t.bargainingCase().caseNo())
                .singleResult();
        assertThat(coordination).isWaitingAt(DisputeCoordination.TASK_DECIDE_APPLICATION)
                .hasNotPassed(DisputeCoordination.TASK_APPLY_FOR_COORDINATION);
        coordinationSteps.accept(coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_DECIDE_APPLICATION,
                bureau).getId(), bureau);
        var item = openItems().get(2);
        coordinationSteps.agree(coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_COORDINATE_DISPUTE,
                bureau).getId(), "三方", "座谈两次", List.of(new Coordinations.Settlement(item.id(), "年休假按国家规定执行。")), null, null, null, bureau);
        ProcessTestSupport.executeJobFor(engine, coordination, DisputeCoordination.SERVICE_ISSUE_COORDINATION_AGREEMENT);
        coordinationSteps.confirm(coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_CONFIRM_AGREEMENT_UNION,
                t.union()).getId(), t.union());
        coordinationSteps.confirm(coordinationProcess.task(t.bargainingCase().caseNo(),
                DisputeCoordination.TASK_CONFIRM_AGREEMENT_EMPLOYER, t.employer()).getId(), t.employer());
        assertThat(coordination).isEnded();
        assertThat(openItems()).extracting(Preparation.Item::title).containsExactly("劳动报酬", "工作时间");
        assertThat(t.instance()).isWaitingAt(TASK_SCHEDULE_ROUND);
    }

    @Test
    void a_coordination_agreement_settling_every_item_states_the_term_and_the_draft_carries_it() throws Exception {
        var coordination = coordinationApplied();
        var bureau = demo.user("rsj.zhao");
        coordinationSteps.accept(coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_DECIDE_APPLICATION,
                bureau).getId(), bureau);
        String task = coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_COORDINATE_DISPUTE, bureau).getId();
        List<Coordinations.Settlement> every = openItems().stream()
                .map(i -> new Coordinations.Settlement(i.id(), "条款：" + i.title())).toList();
        BigDecimal increase = new BigDecimal("5.50");
        assertThatThrownBy(() -> coordinationSteps.agree(task, "三方", "座谈两次", every, null, null, increase, bureau))
                .as("settling the last items ends the talks, so the term is settled too").hasMessage("term.required");
        assertThatThrownBy(() -> coordinationSteps.agree(task, "三方", "座谈两次", every, 2, null, null, bureau))
                .as("and, the agenda having a wage item, the wage increase").hasMessage("wageIncrease.required");
        coordinationSteps.agree(task, "三方", "座谈两次", every, 2, null, increase, bureau);
        ProcessTestSupport.executeJobFor(engine, coordination, DisputeCoordination.SERVICE_ISSUE_COORDINATION_AGREEMENT);
        coordinationSteps.confirm(coordinationProcess.task(t.bargainingCase().caseNo(), DisputeCoordination.TASK_CONFIRM_AGREEMENT_UNION,
                t.union()).getId(), t.union());
        coordinationSteps.confirm(coordinationProcess.task(t.bargainingCase().caseNo(),
                DisputeCoordination.TASK_CONFIRM_AGREEMENT_EMPLOYER, t.employer()).getId(), t.employer());
        assertThat(preparation.agreedTerm(t.bargainingCase().id())).contains(new AgreedTerm(2, null));
        assertThat(preparation.agreedWageIncrease(t.bargainingCase().id())).contains(increase);
        assertThat(text(DocumentType.COORDINATION_AGREEMENT)).contains("合同期限", "2年，自本合同生效之日起计算");
        ProcessTestSupport.executeJobFor(engine, t.instance(), SERVICE_ASSEMBLE_DRAFT);
        assertThat(text(DocumentType.CONTRACT_DRAFT)).contains("本合同期限为2年，自本合同生效之日起计算");
    }

    @Test
    void the_wage_check_flags_positions_against_the_guideline_and_the_minimum_wage_and_costs_them_to_the_yuan() {
        var official = demo.user("rsj.zhao");
        wageCheck.setGuideline(new WageCheck.Guideline(official.districtId(), deadlines.today().getYear(), new BigDecimal("3.0"),
                new BigDecimal("6.0"), new BigDecimal("9.0"), new BigDecimal("2050")), official);
        preparation.provideWageData(t.bargainingCase(), 320, new BigDecimal("5200.00"), new BigDecimal("2400.00"), t.employer());
        var guideline = wageCheck.guideline(official.districtId(), deadlines.today().getYear());
        var data = preparation.wageData(t.bargainingCase().id());

        WageCheck.Finding low = wageCheck.check(new BigDecimal("2.0"), new BigDecimal("1900"), guideline, data);
        assertThat(low.flags()).containsExactly(WageCheck.Flag.BELOW_LOWER_LINE, WageCheck.Flag.BELOW_MINIMUM_WAGE);
        WageCheck.Finding high = wageCheck.check(new BigDecimal("10.0"), new BigDecimal("2300"), guideline, data);
        assertThat(high.flags()).containsExactly(WageCheck.Flag.ABOVE_UPPER_LINE);
        WageCheck.Finding union = wageCheck.check(new BigDecimal("6.5"), new BigDecimal("2300"), guideline, data);
        assertThat(union.flags()).containsExactly(WageCheck.Flag.ABOVE_BASELINE);
        // 5,200 yuan × 12 months × 320 staff = 19,968,000 a year: 199,680 per 1 %, 1,297,920 for 6.5 %.
        assertThat(union.costPerPercent()).isEqualByComparingTo("199680");
        assertThat(union.extraAnnualPayroll()).isEqualByComparingTo("1297920");
        assertThatThrownBy(() -> wageCheck.setGuideline(new WageCheck.Guideline(official.districtId(), 2027, new BigDecimal("7"),
                new BigDecimal("6"), new BigDecimal("9"), new BigDecimal("2050")), official)).hasMessage("wage.guideline.order");
        assertThat(wageCheck.check(new BigDecimal("5"), null, Optional.empty(), Optional.empty()).flags()).isEmpty();
    }
}
