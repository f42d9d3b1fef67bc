package org.xieshang.testing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.congress.Agenda;
import org.xieshang.congress.Attendance;
import org.xieshang.congress.Ballots;
import org.xieshang.congress.SessionSteps;
import org.xieshang.congress.SessionKind;
import org.xieshang.congress.VoteChoice;
import org.xieshang.congress.WorkersCongressSession;
import org.xieshang.congress.WorkersCongressSessionProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.negotiation.AgreedTerm;
import org.xieshang.negotiation.NegotiationSteps;
import org.xieshang.negotiation.Preparation;
import org.xieshang.negotiation.Rounds;

/**
 * Drives a bargaining case from an accepted offer to the congress's approval of the draft: one round agrees every
 * item (the wage clause names 5.8 % and a lowest wage of 2,300 yuan), both chiefs initial, and the congress of 30
 * approves with {@code votesFor}. The case then waits for the union to set the contract's term.
 */
@Component
public class ContractFixture {

    public static final AgreedTerm TERM = new AgreedTerm(1, null);
    /** The average wage increase the minutes of an agreement state. */
    public static final BigDecimal WAGE_INCREASE = new BigDecimal("5.80");
    public static final String WAGE_CLAUSE = "2027年职工平均工资增长5.8%，最低工资不低于每月2300元。";

    private final NegotiationFixture negotiationFixture;
    private final CongressFixture congressFixture;
    private final NegotiationSteps negotiation;
    private final Preparation preparation;
    private final WorkersCongressSessionProcess sessionProcess;
    private final SessionSteps sessionSteps;
    private final Attendance attendance;
    private final Ballots ballots;
    private final Agenda agenda;
    private final DeadlineService deadlines;
    private final ProcessEngine engine;
    private final BargainingCases cases;

    ContractFixture(NegotiationFixture negotiationFixture, CongressFixture congressFixture, NegotiationSteps negotiation,
                    Preparation preparation, WorkersCongressSessionProcess sessionProcess, SessionSteps sessionSteps,
                    Attendance attendance, Ballots ballots, Agenda agenda, DeadlineService deadlines, ProcessEngine engine,
                    BargainingCases cases) {
        this.cases = cases;
        this.negotiationFixture = negotiationFixture;
        this.congressFixture = congressFixture;
        this.negotiation = negotiation;
        this.preparation = preparation;
        this.sessionProcess = sessionProcess;
        this.sessionSteps = sessionSteps;
        this.attendance = attendance;
        this.ballots = ballots;
        this.agenda = agenda;
        this.deadlines = deadlines;
        this.engine = engine;
    }

    /** The congress elected for the case's party, which approves again after a renegotiation. */
    public CongressFixture.Body approvedDraft(NegotiationFixture.Table t) {
        negotiated(t);
        return congressApproves(t, 30, 30);
    }

    /** Both sides prepared with the wage data, and one round agrees every item: the draft waits for the congress. */
    public void negotiated(NegotiationFixture.Table t) {
        negotiated(t, TERM);
    }

    /** As above, the sides agreeing {@code term}. */
    public void negotiated(NegotiationFixture.Table t, AgreedTerm term) {
        negotiationFixture.prepare(t);
        preparation.requestWageData(t.bargainingCase(), "近三年工资总额、职工平均工资和最低工资", t.union());
        preparation.provideWageData(t.bargainingCase(), 320, new BigDecimal("5200"), new BigDecimal("2300"), t.employer());
        minutesOfAnAgreement(t, 7, WAGE_CLAUSE, term);
        confirmAndInitial(t);
    }

    /** A round in which every open item is agreed, then the draft assembled and initialled by both chiefs. */
    public void agreeEveryOpenItem(NegotiationFixture.Table t, int daysAhead) {
        minutesOfAnAgreement(t, daysAhead, WAGE_CLAUSE);
        confirmAndInitial(t);
    }

    /** Both chiefs confirm the minutes, the draft is assembled, and both initial it. */
    public void confirmAndInitial(NegotiationFixture.Table t) {
        negotiation.answerMinutes(negotiationFixture.taskId(t, CollectiveBargaining.TASK_CONFIRM_MINUTES_UNION, t.union()), true, null,
                t.union());
        negotiation.answerMinutes(negotiationFixture.taskId(t, CollectiveBargaining.TASK_CONFIRM_MINUTES_EMPLOYER, t.employer()), true,
                null, t.employer());
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_ISSUE_MINUTES);
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_ASSEMBLE_DRAFT);
        negotiation.initialDraft(negotiationFixture.taskId(t, CollectiveBargaining.TASK_INITIAL_DRAFT_UNION, t.union()), t.union());
        negotiation.initialDraft(negotiationFixture.taskId(t, CollectiveBargaining.TASK_INITIAL_DRAFT_EMPLOYER, t.employer()),
                t.employer());
    }

    /** A round is held and its minutes, agreeing every open item, wait for both chiefs' confirmation. */
    public void minutesOfAnAgreement(NegotiationFixture.Table t, int daysAhead) {
        minutesOfAnAgreement(t, daysAhead, WAGE_CLAUSE);
    }

    /** As above, the wage item agreed in {@code wageClause}'s words, for the usual one year from the day of effect. */
    public void minutesOfAnAgreement(NegotiationFixture.Table t, int daysAhead, String wageClause) {
        minutesOfAnAgreement(t, daysAhead, wageClause, TERM);
    }

    /** As above with the term the sides agree; a case ending a contract agrees none. */
    public void minutesOfAnAgreement(NegotiationFixture.Table t, int daysAhead, String wageClause, AgreedTerm term) {
        boolean ending = cases.origin(t.bargainingCase().id()).filter(o -> "TERMINATION".equals(o.purpose())).isPresent();
        negotiation.schedule(negotiationFixture.taskId(t, CollectiveBargaining.TASK_SCHEDULE_ROUND, t.employer()), LocalDateTime.now().plusDays(daysAhead).withHour(9).withMinute(0).withSecond(0)
                .withNano(0), "公司三楼会议室", t.employer());
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_ISSUE_MEETING_NOTICE);
        List<Rounds.Position> positions = preparation.items(t.bargainingCase().id()).stream().filter(i -> !i.settled())
                .map(i -> new Rounds.Position(i.id(), "职工方：" + i.title(), "企业方：" + i.title(),
                        i.wages() ? new BigDecimal("6.5") : null, i.wages() ? new BigDecimal("5.8") : null,
                        Preparation.Item.Status.AGREED, i.wages() ? wageClause : "执行标准工时制度，" + i.title() + "按国家规定执行。"))
                .toList();
        negotiation.recordMinutes(negotiationFixture.taskId(t, CollectiveBargaining.TASK_RECORD_MINUTES, t.recorder()), new Rounds.Minutes("职工方代表3人、企业方代表3人出席", positions, null,
                Rounds.Outcome.AGREEMENT, null, null, null, ending ? null : term.years(), ending ? null : term.startsOn(),
                ending ? null : WAGE_INCREASE), t.recorder());
    }

    /** The union convenes the called session; {@code delegates} attend and {@code votesFor} approve the draft. */
    public CongressFixture.Body congressApproves(NegotiationFixture.Table t, int delegates, int votesFor) {
        var congress = t.bargainingCase().federationId() != null
                ? congressFixture.federationCongress(t.bargainingCase().federationId(), t.enterpriseId(), t.union(), t.employer(), delegates)
                : congressFixture.congressOf(t.enterpriseId(), t.union(), t.employer(), delegates);
        holdSession(t, congress, votesFor);
        return congress;
    }

    public ProcessInstance holdSession(NegotiationFixture.Table t, CongressFixture.Body congress, int votesFor) {
        var session = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(t.instance().getId())
                .singleResult();
        var convene = engine.getTaskService().createTaskQuery().processInstanceId(session.getId()).singleResult();
        var s = sessionSteps.conveneCalled(convene.getId(),
                new Agenda.Plan(SessionKind.EXTRAORDINARY, "临时职工代表大会", deadlines.today().plusDays(9).atTime(9, 0),
                        "公司大礼堂", deadlines.today(), List.of()), "审议工资专项集体合同草案", t.union());
        ProcessTestSupport.fireTimer(engine, session, WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        sessionSteps.sendNotice(sessionProcess.task(s.sessionNo(), WorkersCongressSession.TASK_SEND_NOTICE, t.union()).getId(), t.union());
        ProcessTestSupport.executeJobFor(engine, session, WorkersCongressSession.SERVICE_DELIVER_NOTICE);
        ProcessTestSupport.fireTimer(engine, session, WorkersCongressSession.TIMER_SIGN_IN_OPENS);
        congress.delegates().forEach(d -> attendance.signIn(s.id(), attendance.currentCode(s), d));
        long round = ballots.openVote(agenda.items(s.id()).get(0).id(), null, t.union());
        for (int i = 0; i < congress.delegates().size(); i++) {
            ballots.cast(round, Map.of(0, i < votesFor ? VoteChoice.FOR : VoteChoice.AGAINST), congress.delegates().get(i));
        }
        ballots.closeVote(round, t.union());
        sessionSteps.close(sessionProcess.task(s.sessionNo(), WorkersCongressSession.TASK_HOLD_SESSION, t.union()).getId(), t.union());
        ProcessTestSupport.executeJobFor(engine, session, WorkersCongressSession.SERVICE_ISSUE_RESOLUTION);
        ProcessTestSupport.executeJobFor(engine, session, WorkersCongressSession.SERVICE_PUBLISH_DISCLOSURES);
        return session;
    }
}
