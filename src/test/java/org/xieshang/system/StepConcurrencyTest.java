package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEvent;
import org.xieshang.bargaining.CaseOpening;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.congress.Agenda;
import org.xieshang.congress.SessionKind;
import org.xieshang.congress.SessionSteps;
import org.xieshang.congress.WorkersCongressSession;
import org.xieshang.contract.Contract;
import org.xieshang.contract.ContractSigning;
import org.xieshang.contract.ContractSteps;
import org.xieshang.contract.Contracts;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.negotiation.NegotiationSteps;
import org.xieshang.negotiation.Rounds;
import org.xieshang.offer.AnswerKind;
import org.xieshang.offer.OfferService;
import org.xieshang.offer.OfferSteps;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.ContractFixture;
import org.xieshang.testing.ContractWork;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/**
 * Two people (or one person twice) acting on the same task at the same moment: two threads released together, on
 * H2 and on PostgreSQL. Exactly one step wins; the other changes nothing and hears who acted and when; afterwards the
 * case row, the timeline, the documents and the process tell the same story.
 */
@XieshangTest
class StepConcurrencyTest {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MessageSource messages;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    CaseOpening opening;
    @Autowired
    BargainingCases cases;
    @Autowired
    CollectiveBargainingProcess process;
    @Autowired
    OfferSteps offerSteps;
    @Autowired
    OfferService offers;
    @Autowired
    NegotiationSteps negotiation;
    @Autowired
    Rounds rounds;
    @Autowired
    NegotiationFixture negotiationFixture;
    @Autowired
    ContractFixture contractFixture;
    @Autowired
    CongressFixture congressFixture;
    @Autowired
    ContractWork work;
    @Autowired
    ContractSteps contractSteps;
    @Autowired
    ContractSigning signing;
    @Autowired
    Contracts contracts;
    @Autowired
    SessionSteps sessionSteps;
    @Autowired
    DocumentService documents;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    JdbcClient jdbc;

    PortalUser chair;
    PortalUser hr;
    PortalUser boss;
    PortalUser member;
    BargainingCase bargainingCase;
    ProcessInstance instance;

    /** An enterprise whose union has offered to bargain; its HR 陈静, legal representative 张伟 and union chair 吴丽萍 log in. */
    @BeforeEach
    void anOfferAwaitingItsAnswer() {
        ProcessTestSupport.init(engine);
        long id = enterprises.register("宁夏并发测试", 260, null, null);
        String n = String.valueOf(id);
        chair = enterprises.namedPerson("race.chair" + n, "吴", "丽萍", PartyDirectory.unionOf(id), Position.UNION_CHAIR);
        member = enterprises.namedPerson("race.member" + n, "马", "建国", PartyDirectory.unionOf(id), Position.UNION_MEMBER);
        hr = enterprises.namedPerson("race.hr" + n, "陈", "静", PartyDirectory.employerOf(id), Position.HR);
        boss = enterprises.namedPerson("race.boss" + n, "张", "伟", PartyDirectory.employerOf(id), Position.LEGAL_REPRESENTATIVE);
        bargainingCase = opening.forEnterprise(id, null, chair);
        instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(bargainingCase.caseNo())
                .singleResult();
        offerSteps.sendOffer(taskId(CollectiveBargaining.TASK_DRAFT_OFFER, chair), BargainingOffers.wageOffer(), chair);
        ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_SEND_OFFER);
    }

    @Test
    void the_same_answer_posted_twice_is_saved_once_and_the_second_post_hears_who_answered() throws Exception {
        String taskId = taskId(CollectiveBargaining.TASK_ANSWER_OFFER, hr);
        List<Object> outcomes = race(() -> postAnswer(taskId, hr, AnswerKind.ACCEPT), () -> postAnswer(taskId, hr, AnswerKind.ACCEPT));

        MvcResult loser = loserOf(outcomes, taskId);
        assertThat(takenMessage(loser)).startsWith("此任务已由 陈静 于 ").contains("办理");
        mvc.perform(get(loser.getResponse().getRedirectedUrl()).with(DemoUsers.as(hr)))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("此任务已由 陈静 于"));
        afterTheLetter();
        assertOneAnswer(AnswerKind.ACCEPT);
        assertThat(stage()).isEqualTo(CaseStage.PREPARATION);
        assertThat(instance).isWaitingAt(CollectiveBargaining.TASK_START_UNION_PREPARATION,
                CollectiveBargaining.TASK_START_EMPLOYER_PREPARATION);
    }

    @Test
    void hr_accepting_while_the_legal_representative_refuses_leaves_one_answer_and_the_case_where_the_process_is() throws Exception {
        String taskId = taskId(CollectiveBargaining.TASK_ANSWER_OFFER, hr);
        List<Object> outcomes = race(() -> postAnswer(taskId, hr, AnswerKind.ACCEPT), () -> postAnswer(taskId, boss, AnswerKind.REFUSE));

        boolean hrWon = redirectOf(outcomes.get(0)).equals("/cases/" + bargainingCase.id());
        MvcResult loser = loserOf(outcomes, taskId);
        assertThat(takenMessage(loser)).startsWith("此任务已由 " + (hrWon ? "陈静" : "张伟") + " 于 ");
        afterTheLetter();
        AnswerKind won = hrWon ? AnswerKind.ACCEPT : AnswerKind.REFUSE;
        assertOneAnswer(won);
        if (hrWon) {
            assertThat(stage()).isEqualTo(CaseStage.PREPARATION);
            assertThat(instance).isWaitingAt(CollectiveBargaining.TASK_START_UNION_PREPARATION,
                    CollectiveBargaining.TASK_START_EMPLOYER_PREPARATION);
        } else {
            assertThat(stage()).isEqualTo(CaseStage.REFUSAL_REVIEW);
            assertThat(instance).isWaitingAt(CollectiveBargaining.TASK_REVIEW_REFUSAL);
        }
    }

    @Test
    void the_same_minutes_confirmed_twice_count_once() throws Exception {
        NegotiationFixture.Table t = negotiationFixture.acceptedWageOffer();
        negotiationFixture.prepare(t);
        contractFixture.minutesOfAnAgreement(t, 7);
        String taskId = negotiationFixture.taskId(t, CollectiveBargaining.TASK_CONFIRM_MINUTES_UNION, t.union());

        List<Object> outcomes = race(() -> negotiation.answerMinutes(taskId, true, null, t.union()),
                () -> negotiation.answerMinutes(taskId, true, null, t.union()));

        assertOneWonAndOneHeard(outcomes, "task.taken.done");
        Rounds.Round round = rounds.rounds(t.bargainingCase().id()).get(0);
        assertThat(round.unionConfirmed()).isTrue();
        assertThat(round.employerConfirmed()).isFalse();
        assertThat(round.status()).isEqualTo(Rounds.Status.MINUTES_SUBMITTED);
        assertThat(t.instance()).isWaitingAt(CollectiveBargaining.TASK_CONFIRM_MINUTES_EMPLOYER);
    }

    @Test
    void two_union_members_convening_the_same_session_convene_it_once() throws Exception {
        NegotiationFixture.Table t = negotiationFixture.acceptedWageOffer();
        contractFixture.negotiated(t);
        congressFixture.congressOf(t.enterpriseId(), t.union(), t.employer(), 30);
        PortalUser second = enterprises.person("race-second" + t.enterpriseId(), PartyDirectory.unionOf(t.enterpriseId()),
                PartyKind.UNION, t.enterpriseId(), Position.UNION_MEMBER);
        var called = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(t.instance().getId()).singleResult();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(called.getId()).singleResult().getId();
        Agenda.Plan plan = new Agenda.Plan(SessionKind.EXTRAORDINARY, "临时职工代表大会", deadlines.today().plusDays(9).atTime(9, 0),
                "公司大礼堂", deadlines.today(), List.of());

        List<Object> outcomes = race(() -> sessionSteps.conveneCalled(taskId, plan, "审议工资专项集体合同草案", t.union()),
                () -> sessionSteps.conveneCalled(taskId, plan, "审议工资专项集体合同草案", second));

        assertOneWonAndOneHeard(outcomes, "task.taken.done");
        assertThat(jdbc.sql("select count(*) from congress_session where bargaining_case_no = ?").param(t.bargainingCase().caseNo())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(called).isWaitingAt(WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
    }

    @Test
    void the_same_signature_posted_twice_signs_the_contract_once() throws Exception {
        NegotiationFixture.Table t = negotiationFixture.acceptedWageOffer();
        contractFixture.approvedDraft(t);
        long id = work.prepare(t.bargainingCase(), t.union());
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        String taskId = negotiationFixture.taskId(t, CollectiveBargaining.TASK_SIGN_WORKER_CHIEF, t.union());

        List<Object> outcomes = race(() -> contractSteps.sign(taskId, null, t.union()), () -> contractSteps.sign(taskId, null, t.union()));

        assertOneWonAndOneHeard(outcomes, "task.taken.done");
        Contract k = contracts.contract(id);
        assertThat(signing.verify(k)).as("one signature in the file").hasSize(1);
        assertThat(k.workerSignerName()).isNotNull();
        assertThat(documents.ofCase(k.caseNo()).stream().filter(d -> d.type() == DocumentType.COLLECTIVE_CONTRACT))
                .as("the unsigned text and one signed version").hasSize(2);
        assertThat(t.instance()).isWaitingAt(CollectiveBargaining.TASK_SIGN_EMPLOYER_CHIEF);
    }

    @Test
    void two_union_members_claiming_one_task_at_once_hear_who_got_it() throws Exception {
        String taskId = taskId(CollectiveBargaining.TASK_ANSWER_OFFER, hr);
        List<Object> outcomes = race(() -> claim(taskId, hr), () -> claim(taskId, boss));

        String assignee = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
        assertThat(assignee).isIn(hr.userId(), boss.userId());
        MvcResult loser = (MvcResult) outcomes.get(assignee.equals(hr.userId()) ? 1 : 0);
        assertThat(loser.getResponse().getStatus()).as("never a 500").isEqualTo(302);
        List<?> errors = (List<?>) loser.getFlashMap().get("errors");
        BusinessRuleException.Violation v = (BusinessRuleException.Violation) errors.get(0);
        assertThat(v.messageKey()).isEqualTo("task.taken.claimed");
        assertThat(messages.getMessage(v.messageKey(), v.arguments(), Locale.SIMPLIFIED_CHINESE))
                .startsWith("此任务已由 " + (assignee.equals(hr.userId()) ? "陈静" : "张伟") + " 于 ").contains("认领");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private String taskId(String taskKey, PortalUser user) {
        return process.task(bargainingCase.caseNo(), taskKey, user).getId();
    }

    private MvcResult postAnswer(String taskId, PortalUser user, AnswerKind kind) throws Exception {
        var request = post("/forms/answer-offer").param("taskId", taskId).param("kind", kind.name()).with(csrf())
                .with(DemoUsers.as(user));
        if (kind == AnswerKind.REFUSE) {
            request.param("reason", "公司正在进行股权重组，暂不具备开展工资集体协商的条件。");
        } else {
            request.param("meetingAt", INPUT.format(LocalDateTime.now().plusDays(12).withHour(14).withMinute(0)))
                    .param("meetingPlace", "公司行政楼二楼会议室");
        }
        return mvc.perform(request).andReturn();
    }

    private MvcResult claim(String taskId, PortalUser user) throws Exception {
        return mvc.perform(post("/tasks/{id}/claim", taskId).with(csrf()).with(DemoUsers.as(user))).andReturn();
    }

    /** Runs both at the same moment; answers each one's result, or the exception it ended with. */
    private static List<Object> race(Callable<?> first, Callable<?> second) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<?> step : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        return step.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Where a post went: both sides of a race must end on a page, never with an error. */
    private static String redirectOf(Object outcome) {
        assertThat(outcome).as("a post that failed instead of answering").isInstanceOf(MvcResult.class);
        String target = ((MvcResult) outcome).getResponse().getRedirectedUrl();
        assertThat(target).as("status %s", ((MvcResult) outcome).getResponse().getStatus()).isNotNull();
        return target;
    }

    private MvcResult loserOf(List<Object> outcomes, String taskId) {
        List<String> targets = outcomes.stream().map(StepConcurrencyTest::redirectOf).toList();
        assertThat(targets).containsExactlyInAnyOrder("/cases/" + bargainingCase.id(), "/forms/answer-offer?taskId=" + taskId);
        return (MvcResult) outcomes.get(targets.indexOf("/forms/answer-offer?taskId=" + taskId));
    }

    private String takenMessage(MvcResult loser) {
        List<?> errors = (List<?>) loser.getFlashMap().get("errors");
        assertThat(errors).hasSize(1);
        BusinessRuleException.Violation v = (BusinessRuleException.Violation) errors.get(0);
        assertThat(v.messageKey()).isEqualTo("task.taken.done");
        return messages.getMessage(v.messageKey(), v.arguments(), Locale.SIMPLIFIED_CHINESE);
    }

    private static void assertOneWonAndOneHeard(List<Object> outcomes, String messageKey) {
        assertThat(outcomes).filteredOn(o -> o instanceof Exception).singleElement()
                .isInstanceOfSatisfying(TaskTakenException.class, e -> assertThat(e.violations().get(0).messageKey()).isEqualTo(messageKey));
        assertThat(outcomes).filteredOn(o -> !(o instanceof Exception)).hasSize(1);
    }

    private void afterTheLetter() {
        ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_ISSUE_RESPONSE_LETTER);
        if (engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(CollectiveBargaining.SERVICE_OPEN_PREPARATION).count() > 0) {
            ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_OPEN_PREPARATION);
        }
    }

    /** One answer, one response letter, one timeline entry, and the letter is the entry's document. */
    private void assertOneAnswer(AnswerKind kind) {
        var answers = offers.answers(bargainingCase.id());
        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(kind);
            assertThat(a.documentId()).isNotNull();
        });
        assertThat(documents.ofCase(bargainingCase.caseNo()).stream().filter(d -> d.type() == DocumentType.RESPONSE_LETTER))
                .hasSize(1);
        List<CaseEvent> answered = cases.timeline(bargainingCase.id()).stream().filter(e -> e.kind().name().startsWith("ANSWERED_"))
                .toList();
        assertThat(answered).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(kind.event());
            assertThat(e.documentId()).isEqualTo(answers.get(0).documentId());
        });
    }

    private CaseStage stage() {
        return cases.find(bargainingCase.id()).orElseThrow().stage();
    }
}
