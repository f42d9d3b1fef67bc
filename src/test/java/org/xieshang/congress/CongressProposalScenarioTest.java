package org.xieshang.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.xieshang.congress.CongressProposal.*;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestClock;
import org.xieshang.testing.XieshangTest;

/** One test per path through congress-proposal.bpmn. */
@XieshangTest
class CongressProposalScenarioTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CongressFixture fixture;
    @Autowired
    WorkersCongressSessionProcess sessionProcess;
    @Autowired
    SessionSteps sessionSteps;
    @Autowired
    CongressProposalProcess process;
    @Autowired
    ProposalSteps steps;
    @Autowired
    Proposals proposals;
    @Autowired
    DocumentService documents;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    TestClock clock;

    CongressFixture.Body body;
    CongressSession session;

    @BeforeEach
    void aSessionTakingProposals() {
        ProcessTestSupport.init(engine);
        body = fixture.congress(40);
        session = sessionSteps.convene(body.owner(), new Agenda.Plan(SessionKind.ANNUAL, "第三届职工代表大会第三次会议",
                deadlines.today().plusDays(20).atTime(9, 0), "公司大礼堂", deadlines.today().plusDays(5),
                List.of(new Agenda.NewItem(ItemKind.REPORT, "总经理工作报告", null, BallotKind.NONE, null, List.of()))),
                body.union());
    }

    PortalUser delegate(int i) {
        return body.delegates().get(i);
    }

    Proposal filedAndCosigned() {
        Proposal p = steps.file(session.id(), "关于增设夜班职工班车的建议", "夜班下班后无公交，建议增设两条班车线路。", delegate(0));
        assertThat(p.status()).isEqualTo(Proposal.Status.AWAITING_COSIGNERS);
        assertThatThrownBy(() -> steps.cosign(p.id(), delegate(0))).hasMessage("proposal.cosign.own");
        steps.cosign(p.id(), delegate(1));
        assertThatThrownBy(() -> steps.cosign(p.id(), delegate(1))).hasMessage("proposal.cosign.again");
        assertThat(instance(p)).as("one co-signer is not enough").isNull();
        steps.cosign(p.id(), delegate(2));
        assertThat(proposals.get(p.id()).status()).isEqualTo(Proposal.Status.SUBMITTED);
        assertThat(instance(p)).isWaitingAt(TASK_REVIEW_PROPOSAL);
        return proposals.get(p.id());
    }

    ProcessInstance instance(Proposal p) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(p.proposalNo()).singleResult();
    }

    @Test
    void a_proposal_is_registered_replied_rated_unsatisfied_replied_again_and_closed() throws Exception {
        Proposal p = filedAndCosigned();
        ProcessInstance instance = instance(p);
        steps.register(process.task(p.proposalNo(), TASK_REVIEW_PROPOSAL, body.union()).getId(), "行政后勤部",
                deadlines.today().plusDays(30), body.union());
        assertThat(instance).isWaitingAt(TASK_REPLY_TO_PROPOSAL);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
                .isEqualTo(deadlines.startOf(deadlines.today().plusDays(31)));

        steps.reply(process.task(p.proposalNo(), TASK_REPLY_TO_PROPOSAL, body.employer()).getId(), "已联系公交公司，正在协商。", body.employer());
        assertThat(instance).isWaitingAt(TASK_RATE_REPLY);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getAssignee())
                .as("the proposer rates the reply himself").isEqualTo(delegate(0).userId());
        steps.rate(process.task(p.proposalNo(), TASK_RATE_REPLY, delegate(0)).getId(), Proposal.Rating.UNSATISFIED, delegate(0));
        assertThat(instance).as("an unsatisfied rating reopens it once").isWaitingAt(TASK_REPLY_TO_PROPOSAL);

        steps.reply(process.task(p.proposalNo(), TASK_REPLY_TO_PROPOSAL, body.employer()).getId(),
                "自下月起开通两条夜班班车线路，由公司承担费用。", body.employer());
        steps.rate(process.task(p.proposalNo(), TASK_RATE_REPLY, delegate(0)).getId(), Proposal.Rating.UNSATISFIED, delegate(0));
        assertThat(instance).as("a second unsatisfied rating closes it").isWaitingAt(SERVICE_RECORD_PROPOSAL_HANDLING);
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_RECORD_PROPOSAL_HANDLING);
        assertThat(instance).isEnded().hasPassed(EVENT_PROPOSAL_CLOSED);

        Proposal closed = proposals.get(p.id());
        assertThat(closed.status()).isEqualTo(Proposal.Status.CLOSED);
        assertThat(closed.reopened()).isTrue();
        assertThat(proposals.replies(p.id())).extracting(Proposal.Reply::rating)
                .containsExactly(Proposal.Rating.UNSATISFIED, Proposal.Rating.UNSATISFIED);
        List<StoredDocument> docs = documents.ofCaseVisibleTo(p.proposalNo(), delegate(0));
        assertThat(docs).extracting(StoredDocument::type).containsExactly(DocumentType.PROPOSAL);
        byte[] record = documents.content(docs.get(0).id(), body.employer());
        PdfChecks.assertPdfA2b(record);
        assertThat(PdfChecks.text(record)).contains("关于增设夜班职工班车的建议", "行政后勤部", "自下月起开通两条夜班班车线路", "不满意");
    }

    @Test
    void a_proposal_declined_by_the_review_committee_states_its_reason() {
        Proposal p = filedAndCosigned();
        ProcessInstance instance = instance(p);
        assertThatThrownBy(() -> steps.decline(process.task(p.proposalNo(), TASK_REVIEW_PROPOSAL, body.union()).getId(), " ", body.union()))
                .hasMessage("proposal.decline.reason");
        steps.decline(process.task(p.proposalNo(), TASK_REVIEW_PROPOSAL, body.union()).getId(), "属于个人诉求，已转工会劳动保护部门办理",
                body.union());
        ProcessTestSupport.executeJobFor(engine, instance, SERVICE_DECLINE_PROPOSAL);
        assertThat(instance).isEnded().hasPassed(EVENT_PROPOSAL_DECLINED).hasNotPassed(TASK_REPLY_TO_PROPOSAL);
        assertThat(proposals.get(p.id()).declineReason()).isEqualTo("属于个人诉求，已转工会劳动保护部门办理");
    }

    @Test
    void proposals_are_refused_after_the_window_and_reported_to_the_next_session() throws Exception {
        Proposal p = filedAndCosigned();
        clock.setToday(session.proposalsCloseOn().plusDays(1));
        assertThatThrownBy(() -> steps.file(session.id(), "关于食堂延长供餐时间的建议", "夜班职工就餐不便。", delegate(3)))
                .hasMessage("proposal.window.closed");
        CongressSession next = sessionSteps.convene(body.owner(), new Agenda.Plan(SessionKind.EXTRAORDINARY, "临时会议",
                deadlines.today().plusDays(40).atTime(9, 0), "公司大礼堂", deadlines.today(),
                List.of(new Agenda.NewItem(ItemKind.APPROVE, "年度福利方案", null, BallotKind.SECRET, null, List.of()))),
                body.union());
        assertThat(proposals.reportedTo(next)).extracting(Proposal::id).containsExactly(p.id());
        ProcessInstance nextInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(next.sessionNo()).singleResult();
        ProcessTestSupport.fireTimer(engine, nextInstance, WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        sessionSteps.sendNotice(sessionProcess.task(next.sessionNo(), WorkersCongressSession.TASK_SEND_NOTICE, body.union()).getId(),
                body.union());
        ProcessTestSupport.executeJobFor(engine, nextInstance, WorkersCongressSession.SERVICE_DELIVER_NOTICE);
        StoredDocument report = documents.ofCaseVisibleTo(next.sessionNo(), delegate(5)).stream()
                .filter(d -> d.type() == DocumentType.PROPOSAL_REPORT).findFirst().orElseThrow();
        byte[] pdf = documents.content(report.id(), body.union());
        PdfChecks.assertPdfA2b(pdf);
        assertThat(PdfChecks.text(pdf)).contains(p.proposalNo(), "关于增设夜班职工班车的建议", "待审查");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
