package org.xieshang.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xieshang.congress.Agenda;
import org.xieshang.congress.BallotKind;
import org.xieshang.congress.CongressOwner;
import org.xieshang.congress.CongressRegistry;
import org.xieshang.congress.CongressSession;
import org.xieshang.congress.ItemKind;
import org.xieshang.congress.SessionKind;
import org.xieshang.congress.SessionSteps;
import org.xieshang.congress.Sessions;
import org.xieshang.congress.WorkersCongressSession;
import org.xieshang.congress.WorkersCongressSessionProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * A fresh enterprise with a lawful congress (or all-staff meeting) whose delegates all have logins, so a test can
 * sign them in and let them vote as themselves.
 */
@Component
public class CongressFixture {

    private static final String CSV_HEADER = "姓名,选区,类别,性别,劳务派遣,登录账号";

    private final TestEnterprises enterprises;
    private final CongressRegistry congresses;
    private final SessionSteps sessionSteps;
    private final WorkersCongressSessionProcess process;
    private final Sessions sessions;
    private final DeadlineService deadlines;
    private final ProcessEngine engine;

    CongressFixture(TestEnterprises enterprises, CongressRegistry congresses, SessionSteps sessionSteps,
                    WorkersCongressSessionProcess process, Sessions sessions, DeadlineService deadlines, ProcessEngine engine) {
        this.enterprises = enterprises;
        this.congresses = congresses;
        this.sessionSteps = sessionSteps;
        this.process = process;
        this.sessions = sessions;
        this.deadlines = deadlines;
        this.engine = engine;
    }

    public record Body(long enterpriseId, CongressOwner owner, PortalUser union, PortalUser employer, List<PortalUser> delegates) {
    }

    /** A workers' congress of exactly {@code delegates} (headcount 20 per delegate, so 5 % is met). */
    public Body congress(int delegates) {
        return body(delegates * 20, delegates, DemocraticBody.WORKERS_CONGRESS);
    }

    /** An enterprise under 100 staff whose all-staff meeting has every employee on the roster. */
    public Body allStaffMeeting(int staff) {
        return body(staff, staff, DemocraticBody.ALL_STAFF_MEETING);
    }

    /** A congress for an enterprise whose union and employer a test already has (a bargaining case's). */
    public Body congressOf(long enterpriseId, PortalUser union, PortalUser employer, int delegates) {
        return roster(enterpriseId, union, employer, delegates, DemocraticBody.WORKERS_CONGRESS);
    }

    /** The body's annual session convened, its notice delivered and its sign-in open, with one item to vote on. */
    public CongressSession signInOpen(Body body, BallotKind ballot) {
        return signInOpen(body, new Agenda.Plan(SessionKind.ANNUAL, "职工代表大会年会", deadlines.today().plusDays(10).atTime(9, 0),
                "大礼堂", deadlines.today(), List.of(new Agenda.NewItem(ItemKind.APPROVE, "企业年金方案", null, ballot, null, List.of()))));
    }

    /** The body's session on this agenda convened, its notice delivered and its sign-in open. */
    public CongressSession signInOpen(Body body, Agenda.Plan plan) {
        CongressSession s = sessionSteps.convene(body.owner(), plan, body.union());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(s.sessionNo()).singleResult();
        ProcessTestSupport.fireTimer(engine, instance, WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        sessionSteps.sendNotice(process.task(s.sessionNo(), WorkersCongressSession.TASK_SEND_NOTICE, body.union()).getId(), body.union());
        ProcessTestSupport.executeJobFor(engine, instance, WorkersCongressSession.SERVICE_DELIVER_NOTICE);
        ProcessTestSupport.fireTimer(engine, instance, WorkersCongressSession.TIMER_SIGN_IN_OPENS);
        return sessions.session(s.id());
    }

    private Body body(int headcount, int delegates, DemocraticBody kind) {
        long id = enterprises.register("宁夏职代会会议测试", headcount, null, null);
        PortalUser union = enterprises.person("chair-s" + id, PartyDirectory.unionOf(id), PartyKind.UNION, id, Position.UNION_CHAIR);
        PortalUser employer = enterprises.person("hr-s" + id, PartyDirectory.employerOf(id), PartyKind.EMPLOYER, id, Position.HR);
        return roster(id, union, employer, delegates, kind);
    }

    /** The industry congress of a federation; its delegates are staff of {@code memberId}, one of its firms. */
    public Body federationCongress(long federationId, long memberId, PortalUser union, PortalUser employer, int delegates) {
        return roster(CongressOwner.federation(federationId), memberId, union, employer, delegates, DemocraticBody.WORKERS_CONGRESS);
    }

    private Body roster(long id, PortalUser union, PortalUser employer, int delegates, DemocraticBody kind) {
        return roster(CongressOwner.enterprise(id), id, union, employer, delegates, kind);
    }

    private Body roster(CongressOwner owner, long id, PortalUser union, PortalUser employer, int delegates, DemocraticBody kind) {
        congresses.establish(owner, kind, LocalDate.now().minusMonths(1), 5, union);
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        List<PortalUser> people = new ArrayList<>();
        for (int i = 1; i <= delegates; i++) {
            String account = "dlg" + id + "-" + i;
            // Every tenth a technician so that managers stay well under 20 %.
            csv.append("代表").append(i).append(",第").append(i % 7 + 1).append("选区,")
                    .append(i % 10 == 0 ? "技术人员" : "工人").append(',').append(i % 3 == 0 ? "女" : "男").append(",否,")
                    .append(account).append('\n');
            people.add(enterprises.namedPerson(account, "代", "表" + i, PartyDirectory.delegatesOf(id), Position.DELEGATE));
        }
        var errors = congresses.importCsv(owner, csv.toString(), union);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.toString());
        }
        return new Body(id, owner, union, employer, people);
    }

}
