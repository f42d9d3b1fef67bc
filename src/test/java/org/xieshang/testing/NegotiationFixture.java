package org.xieshang.testing;

import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CaseOpening;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Federation;
import org.xieshang.negotiation.Delegations;
import org.xieshang.negotiation.NegotiationSteps;
import org.xieshang.negotiation.Preparation;
import org.xieshang.negotiation.Side;
import org.xieshang.offer.AnswerForm;
import org.xieshang.offer.AnswerKind;
import org.xieshang.offer.BargainingSubject;
import org.xieshang.offer.OfferForm;
import org.xieshang.offer.OfferService;
import org.xieshang.offer.OfferSteps;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * A fresh enterprise whose wage offer the employer has accepted: the case waits at both sides' preparation, with
 * people for the union, the employer and the recorder.
 */
@Component
public class NegotiationFixture {

    private final TestEnterprises enterprises;
    private final CaseOpening opening;
    private final OfferService offers;
    private final CollectiveBargainingProcess process;
    private final ProcessEngine engine;
    private final Delegations delegations;
    private final Preparation preparation;
    private final NegotiationSteps negotiation;
    private final OfferSteps offerSteps;

    private final EnterpriseRegistry registry;
    private final JdbcClient jdbc;
    private final DeadlineService deadlines;

    /** The minimum wage the bureau published for the fixtures' districts this year (LCL Art. 55's floor). */
    public static final java.math.BigDecimal MINIMUM_WAGE = new java.math.BigDecimal("2050");

    NegotiationFixture(TestEnterprises enterprises, CaseOpening opening, OfferService offers, CollectiveBargainingProcess process,
                       ProcessEngine engine, Delegations delegations, Preparation preparation, NegotiationSteps negotiation,
                       OfferSteps offerSteps, EnterpriseRegistry registry, JdbcClient jdbc, DeadlineService deadlines) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.enterprises = enterprises;
        this.opening = opening;
        this.offers = offers;
        this.process = process;
        this.engine = engine;
        this.delegations = delegations;
        this.preparation = preparation;
        this.negotiation = negotiation;
        this.offerSteps = offerSteps;
    }

    public static Delegations.NewMember chief(String name, String title) {
        return new Delegations.NewMember(name, title, true, true, false, null, null);
    }

    public static Delegations.NewMember member(String name, String title) {
        return new Delegations.NewMember(name, title, false, false, false, null, null);
    }

    /** Both delegations of three, the recorder 李明 agreed, both sides prepared: the case waits to schedule a round. */
    public void prepare(Table t) {
        delegations.name(t.bargainingCase(), Side.UNION, List.of(chief("吴丽萍", "工会主席"), member("马建国", "工会副主席"),
                member("杨帆", "一线职工代表")), t.union().userId());
        negotiation.finishPreparation(taskId(t, CollectiveBargaining.TASK_START_UNION_PREPARATION, t.union()), t.union());
        delegations.name(t.bargainingCase(), Side.EMPLOYER, List.of(chief("周建国", "董事长、法定代表人"), member("陈静", "人力资源部经理"),
                member("王芳", "财务部经理")), t.employer().userId());
        preparation.proposeRecorder(t.bargainingCase(), "李明", t.recorder().userId(), t.union());
        preparation.agreeRecorder(t.bargainingCase(), t.employer());
        negotiation.finishPreparation(taskId(t, CollectiveBargaining.TASK_START_EMPLOYER_PREPARATION, t.employer()), t.employer());
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_ISSUE_DELEGATION_LIST);
    }

    /** The open task of this kind in the table's case, for the person who works on it. */
    public String taskId(Table t, String taskKey, PortalUser user) {
        return process.task(t.bargainingCase().caseNo(), taskKey, user).getId();
    }

    public record Table(long enterpriseId, BargainingCase bargainingCase, ProcessInstance instance, PortalUser union,
                        PortalUser employer, PortalUser recorder) {
    }

    /** Headcount 320; the offer asks 6.5 % and a lowest wage of 2,300 yuan on pay, hours and leave. */
    public Table acceptedWageOffer() {
        long id = enterprises.register("宁夏协商会议测试", 320, null, null);
        PortalUser union = enterprises.person("chair-n" + id, PartyDirectory.unionOf(id), PartyKind.UNION, id, Position.UNION_CHAIR);
        PortalUser employer = enterprises.person("hr-n" + id, PartyDirectory.employerOf(id), PartyKind.EMPLOYER, id, Position.HR);
        PortalUser recorder = enterprises.namedPerson("rec-n" + id, "李", "明", PartyDirectory.recorderOf(id), Position.RECORDER);
        return accepted(id, opening.forEnterprise(id, null, union), union, employer, recorder);
    }

    /**
     * An industry federation of {@code firms} small firms (40 staff each) whose wage offer the employers' association
     * has accepted; {@code enterpriseId} of the table is the first member firm.
     */
    public Table acceptedFederationWageOffer(int firms) {
        List<Long> members = new java.util.ArrayList<>();
        for (int i = 0; i < firms; i++) {
            members.add(enterprises.register("宁夏行业协商测试", 40, null, null));
        }
        PortalUser official = enterprises.official();
        long f = registry.registerFederation(official.districtId(), null, Federation.Kind.INDUSTRY, "宁夏行业工会联合会测试" + members.get(0),
                "吴丽萍", "宁夏行业协会测试", "周建国", members);
        PortalUser union = enterprises.federationPerson("chair-f" + f, PartyDirectory.federationUnionOf(f), PartyKind.UNION, f,
                Position.UNION_CHAIR);
        PortalUser employer = enterprises.federationPerson("rep-f" + f, PartyDirectory.federationEmployerOf(f), PartyKind.EMPLOYER, f,
                Position.EMPLOYER_REPRESENTATIVE);
        PortalUser recorder = enterprises.namedPerson("rec-f" + f, "李", "明", PartyDirectory.federationRecorderOf(f), Position.RECORDER);
        return accepted(members.get(0), opening.forFederation(f, null, union), union, employer, recorder);
    }

    /**
     * The district's wage guideline and minimum wage for this year, as its bureau would have published them: without
     * them the floor of LCL Art. 55 cannot be checked and the review says so. {@code minimumWage} replaces the figure.
     */
    public void publishGuideline(long districtId, java.math.BigDecimal minimumWage) {
        int year = deadlines.today().getYear();
        jdbc.sql("delete from wage_guideline where district_id = ? and guideline_year = ?").params(districtId, year).update();
        jdbc.sql("""
                        insert into wage_guideline (district_id, guideline_year, lower_percent, baseline_percent, upper_percent,
                            minimum_wage, set_by) values (?, ?, 4.0, 6.0, 9.0, ?, 'test')""")
                .params(districtId, year, minimumWage).update();
    }

    /**
     * The legal representative's written authorisation for {@code person} to act as the employer's chief at the table
     * (confirm minutes, initial the draft), as recorded under 签字授权; a principal needs none.
     */
    public void authoriseChief(PortalUser person) {
        if (org.xieshang.negotiation.Authorisations.principal(person)) {
            return;
        }
        jdbc.sql("""
                        insert into signing_authorisation (party_id, user_id, granted_by_user, granted_by_name, letter_date,
                            valid_until, scope, act, recorded_at) values (?, ?, 'legal-rep', '周建国', ?, ?, '担任企业方首席代表', 'CHIEF', ?)""")
                .params(person.partyId(), person.userId(), java.sql.Date.valueOf(deadlines.today().minusDays(1)),
                        java.sql.Date.valueOf(deadlines.today().plusYears(3)), java.sql.Timestamp.from(java.time.Instant.now()))
                .update();
    }

    /** The union offers on the opened case {@code c} and the employer accepts: the case waits at preparation. */
    public Table accepted(long enterpriseId, BargainingCase c, PortalUser union, PortalUser employer, PortalUser recorder) {
        authoriseChief(employer);
        if (jdbc.sql("select count(*) from wage_guideline where district_id = ? and guideline_year = ?")
                .params(c.districtId(), deadlines.today().getYear()).query(Integer.class).single() == 0) {
            publishGuideline(c.districtId(), MINIMUM_WAGE);
        }
        OfferForm form = BargainingOffers.wageOffer();
        form.setSubjects(List.of(BargainingSubject.REMUNERATION, BargainingSubject.WORKING_HOURS, BargainingSubject.REST_AND_LEAVE));
        offerSteps.sendOffer(process.task(c.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, union).getId(), form, union);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey(CollectiveBargaining.PROCESS_ID).singleResult();
        ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_SEND_OFFER);
        AnswerForm answer = new AnswerForm();
        answer.setKind(AnswerKind.ACCEPT);
        answer.setMeetingAt(LocalDateTime.now().plusDays(12).withHour(14).withMinute(0).withSecond(0).withNano(0));
        answer.setMeetingPlace("公司行政楼二楼会议室");
        offerSteps.answerOffer(process.task(c.caseNo(), CollectiveBargaining.TASK_ANSWER_OFFER, employer).getId(), answer, employer);
        ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_ISSUE_RESPONSE_LETTER);
        ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_OPEN_PREPARATION);
        return new Table(enterpriseId, c, instance, union, employer, recorder);
    }
}
