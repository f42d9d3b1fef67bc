package org.xieshang.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.xieshang.bargaining.CollectiveBargaining.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;


import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.system.PartyDirectory;
import org.xieshang.testing.PdfChecks;
import org.xieshang.offer.AnswerForm;
import org.xieshang.offer.AnswerKind;
import org.xieshang.offer.OfferForm;
import org.xieshang.offer.OfferService;
import org.xieshang.offer.OfferSteps;
import org.xieshang.offer.SupervisionLetters;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestClock;
import org.xieshang.testing.XieshangTest;

/** One test per path through the offer stage of collective-bargaining.bpmn. */
@XieshangTest
class CollectiveBargainingScenarioTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    BargainingFixture fixture;
    @Autowired
    CaseOpening opening;
    @Autowired
    CollectiveBargainingProcess process;
    @Autowired
    BargainingCases cases;
    @Autowired
    OfferService offers;
    @Autowired
    SupervisionLetters letters;
    @Autowired
    OfferSteps steps;

    @Autowired
    DeadlineService deadlines;
    @Autowired
    DocumentService documents;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    TestClock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    BargainingFixture.Sides sides;
    BargainingCase bargainingCase;
    ProcessInstance instance;

    @BeforeEach
    void aUnionWithAnOpenCase() {
        ProcessTestSupport.init(engine);
        sides = fixture.newEnterprise();
        bargainingCase = opening.forEnterprise(sides.enterpriseId(), null, sides.union());
        instance = fixture.instanceOf(bargainingCase);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_employer_accepts_in_time_and_both_sides_start_preparing() {
        sendOffer();
        answer(TASK_ANSWER_OFFER, AnswerKind.ACCEPT);

        assertThat(instance).isWaitingAt(TASK_START_UNION_PREPARATION, TASK_START_EMPLOYER_PREPARATION)
                .hasPassed(SERVICE_OPEN_PREPARATION).hasNotPassed(TASK_ISSUE_REMINDER_LETTER);
        assertThat(stage()).isEqualTo(CaseStage.PREPARATION);
        assertThat(offers.answers(bargainingCase.id()).get(0).onTime()).isTrue();
        assertThat(offers.answers(bargainingCase.id()).get(0).documentId()).isNotNull();
    }

    @Test
    void an_offer_received_before_national_day_is_due_after_the_holiday() {
        clock.setToday(LocalDate.of(2026, 9, 12));
        sendOffer();

        var answer = process.task(bargainingCase.caseNo(), TASK_ANSWER_OFFER, sides.employer());
        LocalDate due = deadlines.compute("offer-response", LocalDate.of(2026, 9, 12)).due();
        assertThat(due).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(answer.getDueDate()).isEqualTo(endOf(due));
        assertThat(ProcessTestSupport.jobAt(engine, instance, TIMER_RESPONSE_DUE).getDuedate()).isEqualTo(endOf(due));
        assertThat(ProcessTestSupport.jobAt(engine, instance, TIMER_FIRST_REMINDER).getDuedate())
                .isEqualTo(Date.from(due.minusDays(5).atTime(9, 0).atZone(deadlines.zone()).toInstant()));
        assertThat(offers.offer(bargainingCase.id()).orElseThrow().answerDueOn()).isEqualTo(due);
    }

    @Test
    void an_offer_handed_over_on_paper_25_days_ago_is_already_overdue() {
        LocalDate delivered = deadlines.today().minusDays(25);
        OfferForm form = BargainingOffers.wageOffer();
        form.setDeliveredOn(delivered);
        steps.sendOffer(task(TASK_DRAFT_OFFER, sides.union()), form, sides.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_SEND_OFFER);

        LocalDate due = deadlines.compute("offer-response", delivered).due();
        assertThat(offers.offer(bargainingCase.id()).orElseThrow().receivedOn()).isEqualTo(delivered);
        assertThat(ProcessTestSupport.jobAt(engine, instance, TIMER_RESPONSE_DUE).getDuedate())
                .isEqualTo(endOf(due)).isBefore(new Date());
        ProcessTestSupport.fireTimer(engine, instance, TIMER_RESPONSE_DUE);
        steps.draftLetter(task(TASK_ISSUE_REMINDER_LETTER, sides.union()), "逾期未回应，经纸质送达提示函。", delivered.plusDays(22),
                sides.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_REMINDER_LETTER);
        assertThat(ProcessTestSupport.jobAt(engine, instance, TIMER_REMINDER_LETTER_DUE).getDuedate())
                .isEqualTo(endOf(deadlines.compute("reminder-letter", delivered.plusDays(22)).due()));
    }

    @Test
    void a_paper_date_in_the_future_or_before_the_offer_is_refused() {
        OfferForm form = BargainingOffers.wageOffer();
        form.setDeliveredOn(deadlines.today().plusDays(1));
        assertThatThrownBy(() -> steps.sendOffer(task(TASK_DRAFT_OFFER, sides.union()), form, sides.union()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("offer.deliveredOn.range");
        sendOffer();
        ProcessTestSupport.fireTimer(engine, instance, TIMER_RESPONSE_DUE);
        assertThatThrownBy(() -> steps.draftLetter(task(TASK_ISSUE_REMINDER_LETTER, sides.union()),
                "逾期未回应，经纸质送达提示函。", deadlines.today().minusDays(1), sides.union()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("letter.servedOn.range");
    }

    @Test
    void the_employer_is_reminded_before_the_deadline_and_the_task_stays_open() {
        sendOffer();
        ProcessTestSupport.fireTimer(engine, instance, TIMER_FIRST_REMINDER);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_REMIND_ANSWER_FIRST);
        ProcessTestSupport.fireTimer(engine, instance, TIMER_LAST_REMINDER);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_REMIND_ANSWER_LAST);

        assertThat(instance).isWaitingAt(TASK_ANSWER_OFFER);
        assertThat(cases.noticesFor(sides.employer().partyId(), 10))
                .filteredOn(e -> e.kind() == CaseEventKind.ANSWER_REMINDER).hasSize(2);
    }

    @Test
    void another_time_is_proposed_and_the_union_accepts_it() {
        sendOffer();
        answer(TASK_ANSWER_OFFER, AnswerKind.OTHER_TIME);
        assertThat(stage()).isEqualTo(CaseStage.TIME_PROPOSED);

        steps.considerProposedTime(task(TASK_CONSIDER_PROPOSED_TIME, sides.union()), true, sides.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_OPEN_PREPARATION);
        assertThat(instance).isWaitingAt(TASK_START_UNION_PREPARATION, TASK_START_EMPLOYER_PREPARATION);
        assertThat(stage()).isEqualTo(CaseStage.PREPARATION);
    }

    @Test
    void a_contested_refusal_is_answered_after_the_reminder_letter() {
        sendOffer();
        answer(TASK_ANSWER_OFFER, AnswerKind.REFUSE);
        assertThat(stage()).isEqualTo(CaseStage.REFUSAL_REVIEW);
        steps.reviewRefusal(task(TASK_REVIEW_REFUSAL, sides.union()), true, sides.union());

        assertThat(instance).isWaitingAt(TASK_ISSUE_REMINDER_LETTER, TASK_RECONSIDER_REFUSAL);
        issueLetter(TASK_ISSUE_REMINDER_LETTER, sides.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_REMINDER_LETTER);
        assertThat(instance).isWaitingAt(TIMER_REMINDER_LETTER_DUE, TASK_RECONSIDER_REFUSAL);
        assertThat(ProcessTestSupport.jobAt(engine, instance, TIMER_REMINDER_LETTER_DUE).getDuedate())
                .isEqualTo(endOf(deadlines.compute("reminder-letter", deadlines.today()).due()));

        answer(TASK_RECONSIDER_REFUSAL, AnswerKind.ACCEPT);
        assertThat(instance).isWaitingAt(TASK_START_UNION_PREPARATION, TASK_START_EMPLOYER_PREPARATION)
                .hasNotPassed(TASK_ISSUE_OPINION_LETTER);
        assertThat(letters.letters(bargainingCase.id())).singleElement()
                .satisfies(l -> assertThat(l.documentId()).isNotNull());
    }

    @Test
    void a_refusal_the_union_accepts_ends_the_case_as_refused() {
        sendOffer();
        answer(TASK_ANSWER_OFFER, AnswerKind.REFUSE);
        steps.reviewRefusal(task(TASK_REVIEW_REFUSAL, sides.union()), false, sides.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_CLOSE_REFUSED);

        assertThat(instance).isEnded().hasPassed(EVENT_REFUSED).hasNotPassed(TASK_ISSUE_REMINDER_LETTER);
        assertThat(stage()).isEqualTo(CaseStage.REFUSED);
    }

    @Test
    void a_silent_employer_goes_up_the_whole_ladder_to_the_labour_bureau_and_the_case_closes_as_refused() {
        sendOffer();
        ProcessTestSupport.fireTimer(engine, instance, TIMER_RESPONSE_DUE);
        assertThat(instance).isWaitingAt(TASK_ANSWER_OFFER, TASK_ISSUE_REMINDER_LETTER);

        issueLetter(TASK_ISSUE_REMINDER_LETTER, sides.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_REMINDER_LETTER);
        ProcessTestSupport.fireTimer(engine, instance, TIMER_REMINDER_LETTER_DUE);

        issueLetter(TASK_ISSUE_OPINION_LETTER, sides.union());
        PortalUser upperUnion = demo.user("zgh.liu");
        steps.countersignOpinionLetter(task(TASK_COUNTERSIGN_OPINION_LETTER, upperUnion), upperUnion);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_OPINION_LETTER);
        assertThat(ProcessTestSupport.jobAt(engine, instance, TIMER_OPINION_LETTER_DUE).getDuedate())
                .isEqualTo(endOf(deadlines.compute("opinion-letter", deadlines.today()).due()));
        ProcessTestSupport.fireTimer(engine, instance, TIMER_OPINION_LETTER_DUE);

        issueLetter(TASK_ISSUE_RECOMMENDATION_LETTER, upperUnion);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_RECOMMENDATION_LETTER);
        assertThat(cases.find(bargainingCase.id()).orElseThrow().ladderStep()).isEqualTo(LadderStep.BUREAU_ACTION);

        PortalUser bureau = demo.user("rsj.zhao");
        steps.recordBureauAction(task(TASK_RECORD_BUREAU_ACTION, bureau), "已约谈企业法定代表人，责令其在5日内书面回应工会要约。", bureau);
        steps.decideUnanswered(task(TASK_DECIDE_UNANSWERED_CASE, sides.union()), false, sides.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_RESPONSE_LETTER);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_CLOSE_REFUSED);

        assertThat(instance).isEnded().hasPassed(TASK_RECORD_BUREAU_ACTION, EVENT_REFUSED);
        assertThat(stage()).isEqualTo(CaseStage.REFUSED);
        assertThat(letters.letters(bargainingCase.id())).extracting(SupervisionLetters.Letter::kind).containsExactly(
                SupervisionLetters.Kind.REMINDER_LETTER, SupervisionLetters.Kind.OPINION_LETTER,
                SupervisionLetters.Kind.RECOMMENDATION_LETTER);
        assertThat(letters.letters(bargainingCase.id()).get(1).countersignedBy()).isEqualTo("zgh.liu");
    }

    @Test
    void an_answer_during_the_ladder_stops_it_and_the_case_goes_on() {
        sendOffer();
        ProcessTestSupport.fireTimer(engine, instance, TIMER_RESPONSE_DUE);
        issueLetter(TASK_ISSUE_REMINDER_LETTER, sides.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_REMINDER_LETTER);

        answer(TASK_ANSWER_OFFER, AnswerKind.ACCEPT);
        assertThat(instance).isWaitingAt(TASK_START_UNION_PREPARATION, TASK_START_EMPLOYER_PREPARATION)
                .hasNotPassed(TASK_ISSUE_OPINION_LETTER);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_REMINDER_LETTER_DUE).count()).isZero();
        assertThat(offers.answers(bargainingCase.id()).get(0).onTime()).isTrue();
    }

    @Test
    void the_union_keeps_waiting_after_the_bureau_acted_and_the_employer_can_still_answer() {
        sendOffer();
        ProcessTestSupport.fireTimer(engine, instance, TIMER_RESPONSE_DUE);
        // The three letters before the bureau are the silent employer's scenario above.
        ProcessTestSupport.moveTo(engine, instance, TASK_ISSUE_REMINDER_LETTER, TASK_RECORD_BUREAU_ACTION);
        PortalUser bureau = demo.user("rsj.zhao");
        steps.recordBureauAction(task(TASK_RECORD_BUREAU_ACTION, bureau), "已约谈企业法定代表人，责令其在5日内书面回应工会要约。", bureau);
        steps.decideUnanswered(task(TASK_DECIDE_UNANSWERED_CASE, sides.union()), true, sides.union());

        assertThat(instance).hasPassed(EVENT_STILL_WAITING).isWaitingAt(TASK_ANSWER_OFFER);
        answer(TASK_ANSWER_OFFER, AnswerKind.ACCEPT);
        assertThat(instance).isWaitingAt(TASK_START_UNION_PREPARATION, TASK_START_EMPLOYER_PREPARATION);
    }

    @Test
    void an_industry_federation_bargains_for_the_firms_it_covers_with_the_industry_association() {
        PortalUser federationUnion = demo.user("dzrj.union");
        PortalUser association = demo.user("dzrj.employer");
        // The federation bargains once at a time: close what an earlier test left open.
        jdbc.sql("update bargaining_case set stage = ? where federation_id = ?").params(CaseStage.REFUSED.name(),
                federationUnion.federationId()).update();
        bargainingCase = opening.forFederation(federationUnion.federationId(), null, federationUnion);
        instance = fixture.instanceOf(bargainingCase);
        sides = new BargainingFixture.Sides(0, bargainingCase.partyName(), federationUnion, association);
        assertThat(bargainingCase.enterpriseId()).isNull();

        sendOffer();
        assertThat(task(TASK_ANSWER_OFFER, association)).isNotNull();
        answer(TASK_ANSWER_OFFER, AnswerKind.ACCEPT);
        assertThat(instance).isWaitingAt(TASK_START_UNION_PREPARATION, TASK_START_EMPLOYER_PREPARATION);
        assertThat(offers.answers(bargainingCase.id()).get(0).answeredBy()).isEqualTo("dzrj.employer");
    }

    @Test
    void the_employer_offers_and_the_union_answers_on_the_same_clock_in_letters_worded_for_each_side() throws Exception {
        employerOpensACase();
        assertThat(process.openTask(bargainingCase.caseNo(), TASK_DRAFT_OFFER, sides.union())).isEmpty();
        assertThatThrownBy(() -> steps.askWorkersFirst(task(TASK_DRAFT_OFFER, sides.employer()), sides.employer()))
                .hasMessage("offer.questionnaire.unionOnly");
        employerSendsTheOffer();

        var answer = process.task(bargainingCase.caseNo(), TASK_ANSWER_OFFER, sides.union());
        assertThat(process.openTask(bargainingCase.caseNo(), TASK_ANSWER_OFFER, sides.employer())).isEmpty();
        LocalDate due = deadlines.compute("offer-response", deadlines.today()).due();
        assertThat(answer.getDueDate()).as("the same 20-day clock (CCR Art. 32)").isEqualTo(endOf(due));
        assertThat(cases.noticesFor(sides.union().partyId(), 10)).extracting(CaseEvent::kind).contains(CaseEventKind.OFFER_RECEIVED);
        String unionName = sides.name() + "工会";
        assertThat(letter(DocumentType.OFFER_LETTER)).contains(unionName + "：", sides.name() + "（用人单位一方）",
                "法定代表人（首席代表）", "送达" + unionName);

        answer(TASK_ANSWER_OFFER, AnswerKind.ACCEPT, sides.union());
        assertThat(instance).isWaitingAt(TASK_START_UNION_PREPARATION, TASK_START_EMPLOYER_PREPARATION)
                .hasNotPassed(GATEWAY_WHO_OFFERED);
        assertThat(letter(DocumentType.RESPONSE_LETTER)).contains(sides.name() + "：", unionName + "（盖章）", "工会主席（首席代表）");
        assertThat(cases.noticesFor(sides.employer().partyId(), 10)).extracting(CaseEvent::kind)
                .contains(CaseEventKind.ANSWERED_ACCEPT);
    }

    @Test
    void an_employer_offer_left_unanswered_is_reported_upwards_without_the_supervision_ladder_and_the_employer_may_close() throws Exception {
        employerOpensACase();
        employerSendsTheOffer();
        ProcessTestSupport.fireTimer(engine, instance, TIMER_FIRST_REMINDER);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_REMIND_ANSWER_FIRST);
        assertThat(cases.noticesFor(sides.union().partyId(), 10)).extracting(CaseEvent::kind).contains(CaseEventKind.ANSWER_REMINDER);

        ProcessTestSupport.fireTimer(engine, instance, TIMER_RESPONSE_DUE);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_REPORT_UNANSWERED_OFFER);
        assertThat(instance).hasPassed(GATEWAY_WHO_OFFERED, SERVICE_REPORT_UNANSWERED_OFFER).hasNotPassed(TASK_ISSUE_REMINDER_LETTER)
                .isWaitingAt(TASK_ANSWER_OFFER, TASK_DECIDE_UNANSWERED_CASE);
        for (String party : List.of(PartyDirectory.upperUnionOf(bargainingCase.districtId()),
                PartyDirectory.labourBureauOf(bargainingCase.districtId()), sides.employer().partyId())) {
            assertThat(cases.noticesFor(party, 10)).extracting(CaseEvent::kind).as(party)
                    .contains(CaseEventKind.OFFER_UNANSWERED_REPORTED);
        }
        assertThat(process.openTask(bargainingCase.caseNo(), TASK_DECIDE_UNANSWERED_CASE, sides.union())).isEmpty();
        mvc.perform(get("/forms/unanswered-case").param("taskId", task(TASK_DECIDE_UNANSWERED_CASE, sides.employer()))
                        .with(DemoUsers.as(sides.employer())))
                .andExpect(content().string(containsString("要约未获回应：继续等待或结案")))
                .andExpect(content().string(containsString("已报告上级工会和人社局")));
        steps.decideUnanswered(task(TASK_DECIDE_UNANSWERED_CASE, sides.employer()), false, sides.employer());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_RESPONSE_LETTER);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_CLOSE_REFUSED);
        assertThat(instance).isEnded().hasPassed(EVENT_REFUSED);
        assertThat(stage()).isEqualTo(CaseStage.REFUSED);
    }

    private void employerOpensACase() {
        sides = fixture.newEnterprise();
        bargainingCase = opening.forEnterprise(sides.enterpriseId(), null, sides.employer());
        instance = fixture.instanceOf(bargainingCase);
        assertThat(bargainingCase.initiator()).isEqualTo(Initiator.EMPLOYER);
    }

    private void employerSendsTheOffer() {
        steps.sendOffer(task(TASK_DRAFT_OFFER, sides.employer()), BargainingOffers.wageOffer(), sides.employer());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_SEND_OFFER);
        assertThat(instance).isWaitingAt(TASK_ANSWER_OFFER);
    }

    private String letter(DocumentType type) throws Exception {
        var stored = documents.ofCaseVisibleTo(bargainingCase.caseNo(), sides.union()).stream().filter(d -> d.type() == type)
                .findFirst().orElseThrow();
        return PdfChecks.text(documents.content(stored.id(), sides.union()));
    }

    private void sendOffer() {
        steps.sendOffer(task(TASK_DRAFT_OFFER, sides.union()), BargainingOffers.wageOffer(), sides.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_SEND_OFFER);
        assertThat(instance).isWaitingAt(TASK_ANSWER_OFFER);
        assertThat(stage()).isEqualTo(CaseStage.OFFER_SENT);
    }

    private void answer(String taskKey, AnswerKind kind) {
        answer(taskKey, kind, sides.employer());
    }

    private void answer(String taskKey, AnswerKind kind, PortalUser by) {
        AnswerForm form = new AnswerForm();
        form.setKind(kind);
        if (kind == AnswerKind.REFUSE) {
            form.setReason("公司正在进行资产重组，暂不具备开展工资集体协商的条件。");
        } else {
            form.setMeetingAt(LocalDateTime.now().plusDays(12).withHour(14).withMinute(0).withSecond(0).withNano(0));
            form.setMeetingPlace("公司行政楼二楼会议室");
        }
        steps.answerOffer(task(taskKey, by), form, by);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_ISSUE_RESPONSE_LETTER);
        if (kind == AnswerKind.ACCEPT) {
            ProcessTestSupport.executeJobFor(engine, instance, SERVICE_OPEN_PREPARATION);
        }
    }

    private void issueLetter(String taskKey, PortalUser by) {
        steps.draftLetter(task(taskKey, by), "企业自收到集体协商要约书之日起已逾期，未作书面回应。", null, by);
    }

    private String task(String key, PortalUser user) {
        return process.task(bargainingCase.caseNo(), key, user).getId();
    }

    private CaseStage stage() {
        return cases.find(bargainingCase.id()).orElseThrow().stage();
    }

    private Date endOf(LocalDate due) {
        return Date.from(due.plusDays(1).atStartOfDay(deadlines.zone()).toInstant());
    }

}
