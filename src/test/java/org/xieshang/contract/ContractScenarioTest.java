package org.xieshang.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;


import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEvent;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.bargaining.Initiator;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.negotiation.AgreedTerm;
import org.xieshang.negotiation.Authorisations;
import org.xieshang.negotiation.Preparation;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.ContractFixture;
import org.xieshang.testing.ContractWork;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.HttpPortal;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.Seals;
import org.xieshang.testing.TestClock;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.TestPdfs;
import org.xieshang.testing.XieshangTest;

/**
 * One test per path from the congress-approved draft to the contract's end: collective-bargaining's signing and
 * filing, contract-review and collective-contract.
 */
@XieshangTest
class ContractScenarioTest {

    @Autowired
    CollectiveBargainingProcess bargainingProcess;
    @Autowired
    ProcessEngine engine;
    @Autowired
    NegotiationFixture negotiationFixture;
    @Autowired
    ContractFixture fixture;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    PartyDirectory parties;
    @Autowired
    ContractSigning signing;
    @Autowired
    Authorisations authorisations;
    @Autowired
    ContractWork work;
    @Autowired
    Filings filings;
    @Autowired
    Reviews reviews;
    @Autowired
    ContractTerms terms;
    @Autowired
    Contracts contracts;
    @Autowired
    BargainingCases cases;
    @Autowired
    Preparation preparation;
    @Autowired
    DocumentService documents;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DemoUsers demo;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    ContractReviewProcess reviewTasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.xieshang.monitoring.Tallies tallies;
    @LocalServerPort
    int port;

    NegotiationFixture.Table t;
    CongressFixture.Body congress;
    PortalUser legalRep;
    PortalUser bureau;

    @BeforeEach
    void anApprovedDraft() {
        ProcessTestSupport.init(engine);
        t = negotiationFixture.acceptedWageOffer();
        congress = fixture.approvedDraft(t);
        legalRep = legalRepresentativeOf(t);
        bureau = demo.user("rsj.zhao");
        assertThat(t.instance()).isWaitingAt(CollectiveBargaining.TASK_PREPARE_CONTRACT);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signed_filed_and_effective_when_the_bureau_raises_no_objection_within_15_days() throws Exception {
        Contract k = signedAndFiled();
        assertThat(k.status()).isEqualTo(ContractStatus.FILED);
        assertThat(k.filingClock()).as("a wage agreement is filed within 7 days by default (WBM Art. 22)").isEqualTo("wage-agreement-filing");
        mvc.perform(get("/cases/{id}", k.caseId()).with(DemoUsers.as(t.union())))
                .andExpect(content().string(containsString("/cases/" + k.caseId() + "/contract")));
        mvc.perform(get("/cases/{id}/contract", k.caseId()).with(DemoUsers.as(t.union())))
                .andExpect(redirectedUrl("/contracts/" + k.id()));
        mvc.perform(get("/cases/{id}/contract", k.caseId()).with(demo.as("wl.union"))).andExpect(status().isNotFound());
        assertThat(k.filingDueOn()).isEqualTo(deadlines.compute("wage-agreement-filing", k.signedOn()).due());
        assertThat(PdfChecks.text(documents.content(k.documentId(), t.union()))).as("the text prints the clocks, not typed numbers")
                .contains("7日内报送劳动保障行政部门审查（《工资集体协商试行办法》第二十二条）", "15日内未提出异议",
                        "合同期满前60日内", "《工资集体协商试行办法》第二十五条");
        assertThat(reviews.findings(k)).extracting(Reviews.Finding::key).as("the usual one-year wage agreement")
                .doesNotContain("term.wageYear");
        ProcessInstance review = review();
        work.accept(k, bureau);
        k = contracts.contract(k.id());
        assertThat(k.reviewDueOn()).isEqualTo(deadlines.compute("contract-review", deadlines.today()).due());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult().getDueDate())
                .isEqualTo(deadlines.endOf(deadlines.compute("contract-review", deadlines.today())));

        ProcessTestSupport.fireTimer(engine, review, ContractReview.TIMER_REVIEW_DUE);
        assertThat(review).isEnded().hasPassed(ContractReview.EVENT_EFFECTIVE_BY_SILENCE);
        assertThat(t.instance()).isEnded().hasPassed(CollectiveBargaining.SERVICE_PUT_CONTRACT_IN_FORCE);
        k = contracts.contract(k.id());
        assertThat(k.status()).isEqualTo(ContractStatus.EFFECTIVE);
        assertThat(k.effectiveBy()).isEqualTo("SILENCE");
        assertThat(k.effectiveOn()).as("the day after the 15th day (CCR Art. 47)").isEqualTo(k.reviewDueOn().plusDays(1));
        assertThat(k.expiresOn()).isEqualTo(k.effectiveOn().plusYears(1).minusDays(1));
        assertThat(cases.find(k.caseId()).orElseThrow().stage()).isEqualTo(CaseStage.CONCLUDED);

        ProcessInstance term = term(k);
        ProcessTestSupport.executeJobFor(engine, term, CollectiveContract.SERVICE_ISSUE_PUBLICATION_NOTICE);
        k = contracts.contract(k.id());
        assertThat(k.publicationDueOn()).as("a wage agreement is published within 5 days (WBM Art. 24)")
                .isEqualTo(deadlines.compute("wage-publication", k.effectiveOn()).due());
        PortalUser staff = congress.delegates().get(0);
        assertThat(contracts.visibleTo(staff)).extracting(Contract::id).containsExactly(k.id());
        assertThat(documents.get(k.documentId(), staff).type()).as("staff read the signed text").isEqualTo(DocumentType.COLLECTIVE_CONTRACT);
        assertThat(PdfChecks.text(documents.content(k.publicationDocumentId(), staff))).contains("集体合同公示", t.bargainingCase().partyName(),
                "第1条劳动报酬", "工资协议生效之日起5日内公布", "《工资集体协商试行办法》第二十四条");
        for (long doc : List.of(k.documentId(), k.publicationDocumentId(), filings.filings(k.id()).get(0).formDocumentId())) {
            PdfChecks.assertPdfA2b(documents.content(doc, t.union()));
        }
        assertThat(PdfChecks.text(documents.content(k.documentId(), t.union()))).contains(t.bargainingCase().partyName(),
                "工资专项集体合同", "合同期限", "1年，自本合同生效之日起计算", "实到30人", "赞成30票", ContractFixture.WAGE_CLAUSE.substring(0, 12));
        assertThat(PdfChecks.text(documents.content(filings.filings(k.id()).get(0).formDocumentId(), bureau))).contains(
                "集体合同报送审查登记表", "集体协商情况说明", "双方主体资格", "统一社会信用代码", "职工代表大会决议", "集体协商会议记录",
                "月平均工资");
        work.publish(k, t.union());
        work.publish(k, legalRep);
        assertThat(contracts.contract(k.id()).published()).isTrue();
        assertThat(term).isWaitingAt(CollectiveContract.TIMER_RENEWAL_WINDOW_OPENS);
    }

    @Test
    void effective_on_the_bureau_s_confirmation_after_the_three_checks_with_the_product_s_findings() throws Exception {
        Contract k = signedAndFiled();
        ProcessInstance review = review();
        work.accept(k, bureau);
        Contract accepted = contracts.contract(k.id());
        List<Reviews.Finding> findings = reviews.findings(accepted);
        assertThat(findings).extracting(Reviews.Finding::key).contains("delegations", "quorum", "majority", "minutes", "term");
        assertThat(findings).filteredOn(f -> f.level() == Reviews.Level.PROBLEM).isEmpty();
        assertThatThrownBy(() -> work.decide(accepted, new Reviews.Decision(true, true, null, null, false,
                List.of(), null), bureau)).isInstanceOf(BusinessRuleException.class).hasMessage("review.checks.required");
        work.decide(accepted, new Reviews.Decision(true, true, true, "材料齐全，程序合法", false, List.of(), null), bureau);
        assertThat(review).isEnded().hasPassed(ContractReview.EVENT_EFFECTIVE_BY_CONFIRMATION);
        k = contracts.contract(k.id());
        assertThat(k.effectiveBy()).isEqualTo("CONFIRMATION");
        assertThat(k.effectiveOn()).isEqualTo(deadlines.today());
        Long opinion = reviews.review(k.id()).orElseThrow().opinionDocumentId();
        assertThat(opinion).as("a wage agreement's review always ends in an opinion letter (WBM Art. 23)").isNotNull();
        assertThat(PdfChecks.text(documents.content(opinion, legalRep))).contains("工资协议审查意见书", "无异议",
                "《工资集体协商试行办法》第二十三条");
        assertThat(cases.noticesFor(PartyDirectory.employerOf(t.enterpriseId()), 50)).extracting(CaseEvent::kind)
                .contains(CaseEventKind.REVIEW_NO_OBJECTION);
        assertThat(k.phase(deadlines.today())).isEqualTo(ContractStatus.IN_FORCE);
    }

    @Test
    void review_clock_runs_from_receipt_even_when_acceptance_is_later() throws Exception {
        LocalDate receipt = LocalDate.now(clock).plusDays(7);
        clock.setToday(receipt);
        Contract k = signedAndFiled();
        Deadline review = deadlines.compute("contract-review", receipt, "640000");
        assertThat(k.receivedOn()).isEqualTo(receipt);
        assertThat(k.reviewDueOn()).isEqualTo(review.due());
        ProcessInstance reviewProcess = review();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(reviewProcess.getId()).singleResult().getDueDate())
                .as("acceptance has its own 5-working-day clock from receipt")
                .isEqualTo(deadlines.endOf(deadlines.compute("filing-acceptance", receipt, "640000")));

        clock.setToday(receipt.plusDays(9));
        work.accept(k, bureau);
        Contract accepted = contracts.contract(k.id());
        assertThat(accepted.reviewDueOn()).as("acceptance 9 days later does not restart the 15 days").isEqualTo(review.due());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(reviewProcess.getId()).singleResult().getDueDate())
                .isEqualTo(deadlines.endOf(review));
        work.decide(accepted, new Reviews.Decision(true, true, false, null, true,
                List.of(contracts.clauses(k.id()).get(0).position()), "条款表述不清，请重新协商"), bureau);
        ProcessTestSupport.executeJobFor(engine, reviewProcess, ContractReview.SERVICE_ISSUE_REVIEW_OPINION);
        assertThat(PdfChecks.text(documents.content(reviews.review(k.id()).orElseThrow().opinionDocumentId(), t.union())))
                .as("the opinion names the day of receipt, not of acceptance").contains(chinese(receipt) + "报送")
                .doesNotContain(chinese(receipt.plusDays(9)) + "报送");
    }

    @Test
    void a_filing_the_bureau_neither_accepts_nor_returns_is_reported_late_and_takes_effect_15_days_after_receipt() {
        LocalDate receipt = LocalDate.now(clock).plusDays(7);
        clock.setToday(receipt);
        Contract k = signedAndFiled();
        ProcessInstance review = review();
        ProcessTestSupport.fireTimer(engine, review, ContractReview.TIMER_ACCEPTANCE_DUE);
        assertThat(review).isWaitingAt(ContractReview.TASK_ACCEPT_FILING).hasPassed(ContractReview.SERVICE_NOTIFY_ACCEPTANCE_OVERDUE);
        for (String party : List.of(PartyDirectory.labourBureauOf(bureau.districtId()), PartyDirectory.upperUnionOf(bureau.districtId()))) {
            assertThat(cases.noticesFor(party, 50)).filteredOn(e -> e.caseId() == k.caseId()).extracting(CaseEvent::kind)
                    .as(party).contains(CaseEventKind.ACCEPTANCE_OVERDUE);
        }
        clock.setToday(deadlines.compute("contract-review", receipt, "640000").due().plusDays(1));
        ProcessTestSupport.fireTimer(engine, review, ContractReview.TIMER_REVIEW_DUE_BEFORE_ACCEPTANCE);
        assertThat(review).isEnded().hasPassed(ContractReview.EVENT_EFFECTIVE_BY_SILENCE);
        Contract effective = contracts.contract(k.id());
        assertThat(effective.effectiveBy()).isEqualTo("SILENCE");
        assertThat(effective.effectiveOn()).isEqualTo(deadlines.compute("contract-review", receipt, "640000").due().plusDays(1));
    }

    @Test
    void a_returned_filing_s_review_runs_from_the_day_the_complete_supplement_arrives() {
        LocalDate receipt = LocalDate.now(clock).plusDays(7);
        clock.setToday(receipt);
        Contract k = signedAndFiled();
        clock.setToday(receipt.plusDays(2));
        work.returnIncomplete(k, "缺少营业执照复印件", bureau);
        assertThat(contracts.contract(k.id()).reviewDueOn()).as("a return stops the review clock").isNull();
        LocalDate supplemented = receipt.plusDays(6);
        clock.setToday(supplemented);
        work.supplement(contracts.contract(k.id()), "补交营业执照复印件", TestPdfs.blank(), legalRep);
        assertThat(contracts.contract(k.id()).reviewDueOn()).isEqualTo(deadlines.compute("contract-review", supplemented, "640000").due());
        clock.setToday(supplemented.plusDays(3));
        work.accept(contracts.contract(k.id()), bureau);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review().getId()).singleResult().getDueDate())
                .isEqualTo(deadlines.endOf(deadlines.compute("contract-review", supplemented, "640000")));
    }

    @Test
    void a_wage_below_the_minimum_cannot_be_confirmed_at_review_and_silence_leaves_that_clause_void() throws Exception {
        Contract k = signedAndFiled();
        ProcessInstance review = review();
        // The bureau raised the minimum wage after the chiefs initialled 2,300 yuan.
        negotiationFixture.publishGuideline(k.districtId(), new java.math.BigDecimal("2400"));
        try {
            minimumRaisedAfterInitialling(k, review);
        } finally {
            negotiationFixture.publishGuideline(k.districtId(), NegotiationFixture.MINIMUM_WAGE);
        }
    }

    private void minimumRaisedAfterInitialling(Contract k, ProcessInstance review) throws Exception {
        work.accept(k, bureau);
        Contract filed = contracts.contract(k.id());
        assertThat(reviews.findings(filed)).filteredOn(f -> f.level() == Reviews.Level.PROBLEM).extracting(Reviews.Finding::key)
                .containsExactly("wage.belowMinimum");
        assertThatThrownBy(() -> work.decide(filed, new Reviews.Decision(true, true, true, null, false, List.of(), null), bureau))
                .hasMessage("review.floor.mustObject");

        ProcessTestSupport.fireTimer(engine, review, ContractReview.TIMER_REVIEW_DUE);
        assertThat(contracts.contract(k.id()).effectiveBy()).isEqualTo("SILENCE");
        Contracts.Clause wage = contracts.clauses(k.id()).stream().filter(Contracts.Clause::wages).findFirst().orElseThrow();
        assertThat(wage.voidedByMinimumWage()).as("silence cannot make a wage below the minimum valid (LCL Art. 55)")
                .isEqualByComparingTo("2400");
        for (String party : List.of(PartyDirectory.unionOf(t.enterpriseId()), PartyDirectory.employerOf(t.enterpriseId()),
                PartyDirectory.labourBureauOf(bureau.districtId()))) {
            assertThat(cases.noticesFor(party, 50)).filteredOn(e -> e.caseId() == k.caseId()).extracting(CaseEvent::kind)
                    .as(party).contains(CaseEventKind.CLAUSE_VOID_BELOW_MINIMUM);
        }
        mvc.perform(get("/contracts/{id}", k.id()).with(DemoUsers.as(t.union())))
                .andExpect(content().string(containsString("依法无效，按最低工资标准")));
    }

    @Test
    void a_missing_minimum_wage_for_the_year_is_a_review_problem_not_a_silent_pass() {
        Contract k = signedAndFiled();
        jdbc.sql("delete from wage_guideline where district_id = ?").param(k.districtId()).update();
        try {
            work.accept(k, bureau);
            Contract filed = contracts.contract(k.id());
            assertThat(reviews.findings(filed)).filteredOn(f -> f.level() == Reviews.Level.PROBLEM).extracting(Reviews.Finding::key)
                    .containsExactly("wage.noGuideline");
            assertThatThrownBy(() -> work.decide(filed, new Reviews.Decision(true, true, true, null, false, List.of(), null), bureau))
                    .hasMessage("review.floor.mustObject");
        } finally {
            negotiationFixture.publishGuideline(k.districtId(), NegotiationFixture.MINIMUM_WAGE);
        }
    }

    @Test
    void an_incomplete_filing_is_returned_and_supplemented_in_time() {
        Contract k = signedAndFiled();
        ProcessInstance review = review();
        assertThatThrownBy(() -> work.returnIncomplete(k, " ", bureau)).hasMessage("filing.missing.required");
        work.returnIncomplete(k, "缺少用人单位营业执照复印件", bureau);
        assertThat(review).isWaitingAt(ContractReview.TASK_SUPPLEMENT_FILING);
        assertThat(contracts.contract(k.id()).status()).isEqualTo(ContractStatus.RETURNED);
        Filings.Filing returned = filings.filings(k.id()).get(0);
        assertThat(returned.supplementDueOn()).isEqualTo(deadlines.compute("filing-supplement", deadlines.today()).due());
        assertThat(cases.noticesFor(PartyDirectory.employerOf(t.enterpriseId()), 5)).extracting(CaseEvent::kind).contains(CaseEventKind.FILING_RETURNED);

        work.supplement(k, "补交营业执照复印件", TestPdfs.blank(), legalRep);
        assertThat(review).isWaitingAt(ContractReview.TASK_ACCEPT_FILING);
        assertThat(filings.items(returned.id())).extracting(ContractDocuments.Item::kind).contains(FilingItem.SUPPLEMENT);
        work.accept(k, bureau);
        assertThat(review).isWaitingAt(ContractReview.TASK_REVIEW_CONTRACT);
        assertThat(contracts.contract(k.id()).status()).isEqualTo(ContractStatus.UNDER_REVIEW);
    }

    @Test
    void a_scan_of_2_mb_is_kept_and_one_over_20_mb_comes_back_to_the_form_with_the_limit_named() throws Exception {
        Contract k = signedAndFiled();
        work.returnIncomplete(k, "缺少用人单位营业执照复印件", bureau);
        PortalUser boss = enterprises.namedPerson("scan" + t.enterpriseId(), "周", "建国", PartyDirectory.employerOf(t.enterpriseId()),
                Position.LEGAL_REPRESENTATIVE);
        HttpPortal portal = new HttpPortal(port);
        portal.signIn(boss.userId(), "secret-" + boss.userId());
        String page = "/contracts/" + k.id();
        Map<String, String> form = Map.of("taskId", reviewTasks.task(k.caseNo(), ContractReview.TASK_SUPPLEMENT_FILING, boss).getId(),
                "note", "补交营业执照复印件");
        int stored = documentCount();

        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, huge, 0, 9);
        HttpResponse<String> tooLarge = portal.upload(page, page + "/supplement", form, "file", "扫描件.pdf", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(302);
        assertThat(tooLarge.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));
        assertThat(portal.get(page).body()).contains("上传的文件超过 20 MB，未保存任何内容");
        assertThat(documentCount()).isEqualTo(stored);
        assertThat(review()).isWaitingAt(ContractReview.TASK_SUPPLEMENT_FILING);

        byte[] scan = TestPdfs.scan(2_200_000);
        assertThat(scan.length).isGreaterThan(2 * 1024 * 1024);
        HttpResponse<String> kept = portal.upload(page, page + "/supplement", form, "file", "扫描件.pdf", scan);
        assertThat(kept.statusCode()).isEqualTo(302);
        assertThat(portal.get(page).body()).contains("id=\"notice\"");
        assertThat(documentCount()).isEqualTo(stored + 1);
        assertThat(review()).isWaitingAt(ContractReview.TASK_ACCEPT_FILING);
    }

    @Test
    void a_supplement_carrying_a_script_or_an_attachment_is_refused_and_nothing_is_kept() {
        Contract k = signedAndFiled();
        work.returnIncomplete(k, "缺少用人单位营业执照复印件", bureau);
        int stored = documentCount();

        assertThatThrownBy(() -> work.supplement(k, "补交营业执照复印件", TestPdfs.withJavaScript(), legalRep))
                .hasMessage("document.upload.active");
        assertThatThrownBy(() -> work.supplement(k, "补交营业执照复印件", TestPdfs.withEmbeddedFile(), legalRep))
                .hasMessage("document.upload.active");
        assertThatThrownBy(() -> work.supplement(k, "补交营业执照复印件", "%PDF-1.4 broken".getBytes(), legalRep))
                .hasMessage("document.upload.unreadable");
        assertThat(documentCount()).isEqualTo(stored);
        assertThat(review()).isWaitingAt(ContractReview.TASK_SUPPLEMENT_FILING);
    }

    @Test
    void a_seal_image_that_would_unpack_to_20000_pixels_a_side_is_refused_unopened() {
        Contract k = prepared();
        byte[] bomb = Seals.claimingSize(Seals.png(), 20_000, 20_000);
        assertThatThrownBy(() -> work.sign(k, bomb, t.union())).hasMessage("contract.sign.seal");
        assertThatThrownBy(() -> work.sign(k, "GIF89a".getBytes(), t.union())).hasMessage("contract.sign.seal");
        assertThat(signing.verify(contracts.contract(k.id()))).isEmpty();
        work.sign(k, Seals.png(), t.union());
        assertThat(signing.verify(contracts.contract(k.id()))).hasSize(1);
    }

    private int documentCount() {
        return jdbc.sql("select count(*) from document").query(Integer.class).single();
    }

    @Test
    void a_supplement_not_made_in_7_days_is_notified_and_the_task_stays_open() {
        Contract k = signedAndFiled();
        ProcessInstance review = review();
        work.returnIncomplete(k, "缺少职工代表大会决议原件", bureau);
        ProcessTestSupport.fireTimer(engine, review, ContractReview.TIMER_SUPPLEMENT_DUE);
        assertThat(review).isWaitingAt(ContractReview.TASK_SUPPLEMENT_FILING).hasPassed(ContractReview.SERVICE_NOTIFY_SUPPLEMENT_MISSED);
        assertThat(cases.noticesFor(PartyDirectory.labourBureauOf(bureau.districtId()), 50)).extracting(CaseEvent::kind)
                .contains(CaseEventKind.SUPPLEMENT_MISSED);
    }

    @Test
    void an_objection_sends_the_clause_back_to_the_table_and_the_new_text_is_approved_signed_filed_and_effective() throws Exception {
        Contract k = signedAndFiled();
        ProcessInstance review = review();
        work.accept(k, bureau);
        Contract filed = contracts.contract(k.id());
        int wageClause = contracts.clauses(k.id()).stream().filter(Contracts.Clause::wages).findFirst().orElseThrow().position();
        assertThatThrownBy(() -> work.decide(filed, new Reviews.Decision(true, true, true, null, true, List.of(wageClause),
                "最低工资条款需明确适用范围"), bureau)).hasMessage("review.objection.checks");
        work.decide(filed, new Reviews.Decision(true, true, false, null, true, List.of(wageClause),
                "最低工资条款应明确适用于试用期职工，请重新协商"), bureau);
        ProcessTestSupport.executeJobFor(engine, review, ContractReview.SERVICE_ISSUE_REVIEW_OPINION);
        assertThat(review).isEnded().hasPassed(ContractReview.EVENT_OBJECTED);
        assertThat(t.instance()).isWaitingAt(CollectiveBargaining.TASK_SCHEDULE_ROUND)
                .hasPassed(CollectiveBargaining.SERVICE_REOPEN_OBJECTED_CLAUSES);
        Contract objected = contracts.contract(k.id());
        assertThat(objected.status()).isEqualTo(ContractStatus.OBJECTED);
        Reviews.Review r = reviews.review(k.id()).orElseThrow();
        assertThat(PdfChecks.text(documents.content(r.opinionDocumentId(), t.union()))).contains("审查意见书", "试用期职工", "第四十六条");
        PdfChecks.assertPdfA2b(documents.content(r.opinionDocumentId(), t.union()));
        assertThat(preparation.items(t.bargainingCase().id())).filteredOn(i -> !i.settled()).extracting(Preparation.Item::wages)
                .containsExactly(true);

        fixture.agreeEveryOpenItem(t, 10);
        fixture.holdSession(t, congress, 30);
        Contract second = signedAndFiled();
        assertThat(second.id()).isNotEqualTo(k.id());
        ProcessInstance secondReview = review();
        work.accept(second, bureau);
        work.decide(contracts.contract(second.id()), new Reviews.Decision(true, true, true, null, false, List.of(), null), bureau);
        assertThat(secondReview).isEnded().hasPassed(ContractReview.EVENT_EFFECTIVE_BY_CONFIRMATION);
        assertThat(t.instance()).isEnded();
        assertThat(contracts.ofCase(t.bargainingCase().id())).extracting(Contract::status)
                .containsExactly(ContractStatus.OBJECTED, ContractStatus.EFFECTIVE);
    }

    @Test
    void the_filing_clock_runs_out_and_the_union_the_upper_union_and_the_bureau_are_told() {
        Contract k = signed();
        ProcessTestSupport.fireTimer(engine, t.instance(), CollectiveBargaining.TIMER_FILING_DUE);
        assertThat(t.instance()).isWaitingAt(CollectiveBargaining.TASK_FILE_CONTRACT).hasPassed(CollectiveBargaining.SERVICE_NOTIFY_FILING_MISSED);
        for (String party : List.of(PartyDirectory.unionOf(t.enterpriseId()), PartyDirectory.upperUnionOf(bureau.districtId()),
                PartyDirectory.labourBureauOf(bureau.districtId()))) {
            assertThat(cases.noticesFor(party, 50)).filteredOn(e -> e.caseId() == k.caseId()).extracting(CaseEvent::kind)
                    .as(party).contains(CaseEventKind.FILING_MISSED);
        }
        assertThat(contracts.contract(k.id()).filingMissedOn()).isEqualTo(deadlines.today());
        assertThat(jdbc.sql("select clock from clock_miss where case_id = ?").param(k.caseId()).query(String.class).list())
                .as("one missed clock for the officials' figures, however many were told").containsExactly(k.filingClock());
        work.file(contracts.contract(k.id()), legalRep);
        assertThat(reviews.findings(contracts.contract(k.id()))).extracting(Reviews.Finding::key).contains("filedOnTime");
    }

    @Test
    void the_wage_agreement_s_renewal_window_opens_60_days_before_expiry_and_a_new_case_starts_from_the_old_clauses() {
        Contract k = effective();
        ProcessInstance term = term(k);
        publish(k, term);
        assertThatThrownBy(() -> terms.startCase(contracts.contract(k.id()), Contract.Purpose.RENEWAL, t.union()))
                .hasMessage("contract.newCase.renewal");
        Contract inForce = contracts.contract(k.id());
        assertThat(inForce.renewalOpensOn()).as("a wage agreement's window: 60 days before the day after its last day")
                .isEqualTo(inForce.expiresOn().plusDays(1).minusDays(60));
        clock.setToday(inForce.renewalOpensOn());
        ProcessTestSupport.fireTimer(engine, term, CollectiveContract.TIMER_RENEWAL_WINDOW_OPENS);
        assertThat(term).isWaitingAt(CollectiveContract.TIMER_CONTRACT_EXPIRES);
        Contract window = contracts.contract(k.id());
        assertThat(window.phase(deadlines.today())).isEqualTo(ContractStatus.RENEWAL_WINDOW);
        for (String party : List.of(PartyDirectory.unionOf(t.enterpriseId()), PartyDirectory.employerOf(t.enterpriseId()),
                PartyDirectory.upperUnionOf(bureau.districtId()))) {
            assertThat(cases.noticesFor(party, 50)).extracting(CaseEvent::kind).as(party).contains(CaseEventKind.RENEWAL_WINDOW_OPEN);
        }
        long area = jdbc.sql("select area_id from district where id = ?").param(bureau.districtId()).query(Long.class).single();
        Map<String, Long> before = tallies.of(area, deadlines.today().getYear());
        BargainingCase renewal = terms.startCase(window, Contract.Purpose.RENEWAL, t.union());
        assertThat(renewal.id()).isNotEqualTo(t.bargainingCase().id());
        Map<String, Long> after = tallies.of(area, deadlines.today().getYear());
        assertThat(after.get("RENEWAL_WINDOW")).as("the officials' renewal figure counts the contract in its window")
                .isEqualTo(before.get("RENEWAL_WINDOW")).isPositive();
        assertThat(after.getOrDefault("RENEWAL_STARTED", 0L)).as("and now the case opened from it")
                .isEqualTo(before.getOrDefault("RENEWAL_STARTED", 0L) + 1);
        preparation.openAgenda(renewal);
        List<Preparation.Item> items = preparation.items(renewal.id());
        assertThat(items).extracting(Preparation.Item::previousText).contains(ContractFixture.WAGE_CLAUSE);
        assertThat(items).filteredOn(i -> "CONTRACT".equals(i.source())).hasSize(contracts.clauses(k.id()).size());
    }

    @Test
    void each_side_s_publication_counts_its_days_from_the_day_the_contract_took_effect_in_the_deadline_figures() {
        Contract k = effective();
        long area = jdbc.sql("select area_id from district where id = ?").param(k.districtId()).query(Long.class).single();
        int year = deadlines.today().getYear();
        String key = "CLOCK_DAYS:" + (k.wages() ? "wage-publication" : "contract-publication") + ":"
                + java.time.temporal.ChronoUnit.DAYS.between(k.effectiveOn(), deadlines.today());
        long before = tallies.of(area, year).getOrDefault(key, 0L);
        publish(k, term(k));
        assertThat(tallies.of(area, year).getOrDefault(key, 0L)).as("the union's and the employer's publication")
                .isEqualTo(before + 2);
    }

    @Test
    void the_employer_requests_renewal_and_drafts_the_offer_the_union_then_answers() throws Exception {
        Contract k = effective();
        publish(k, term(k));
        clock.setToday(contracts.contract(k.id()).renewalOpensOn());
        ProcessTestSupport.fireTimer(engine, term(k), CollectiveContract.TIMER_RENEWAL_WINDOW_OPENS);
        mvc.perform(get("/contracts/{id}", k.id()).with(DemoUsers.as(legalRep)))
                .andExpect(content().string(containsString("id=\"new-case-form\"")));
        assertThatThrownBy(() -> terms.startCase(contracts.contract(k.id()), Contract.Purpose.RENEWAL, bureau))
                .as("the bureau is no side to the contract").isInstanceOf(org.xieshang.system.NotFoundException.class);

        BargainingCase renewal = terms.startCase(contracts.contract(k.id()), Contract.Purpose.RENEWAL, legalRep);
        assertThat(renewal.initiator()).isEqualTo(Initiator.EMPLOYER);
        assertThat(renewal.offeringGroup()).isEqualTo(PartyDirectory.employerOf(t.enterpriseId()));
        assertThat(bargainingProcess.openTask(renewal.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, legalRep)).isPresent();
        assertThat(bargainingProcess.openTask(renewal.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, t.union())).isEmpty();
        assertThat(cases.timeline(renewal.id())).extracting(CaseEvent::kind).contains(CaseEventKind.CASE_FROM_CONTRACT_RENEWAL);
    }

    @Test
    void an_amendment_agreed_at_the_table_takes_effect_and_supersedes_the_contract_it_amends() {
        Contract k = effective();
        ProcessInstance term = term(k);
        publish(k, term);
        NegotiationFixture.Table amendment = caseFrom(k, Contract.Purpose.AMENDMENT);
        long id = work.prepare(amendment.bargainingCase(), t.union());
        Contract amended = confirmed(amendment, filedSecondText(amendment, id));

        assertThat(amended.title()).endsWith("（变更）");
        assertThat(amended.previousContractId()).isEqualTo(k.id());
        assertThat(term).isEnded().hasPassed(CollectiveContract.EVENT_CONTRACT_REPLACED);
        Contract old = contracts.contract(k.id());
        assertThat(old.status()).isEqualTo(ContractStatus.SUPERSEDED);
        assertThat(old.endedOn()).isEqualTo(deadlines.today());
        assertThat(contracts.inForceFor(t.enterpriseId())).extracting(Contract::id).containsExactly(amended.id());
        assertThat(term(amended)).isWaitingAt(CollectiveContract.SERVICE_ISSUE_PUBLICATION_NOTICE);
    }

    @Test
    void an_early_termination_agreement_has_no_term_and_ends_the_contract_when_it_takes_effect() throws Exception {
        Contract k = effective();
        ProcessInstance term = term(k);
        publish(k, term);
        assertThatThrownBy(() -> terms.startCase(contracts.contract(k.id()), Contract.Purpose.RENEWAL, t.union()))
                .hasMessage("contract.newCase.renewal");
        NegotiationFixture.Table ending = caseFrom(k, Contract.Purpose.TERMINATION);
        String prepareTask = engine.getTaskService().createTaskQuery().processInstanceId(ending.instance().getId())
                .taskDefinitionKey(CollectiveBargaining.TASK_PREPARE_CONTRACT).singleResult().getId();
        mvc.perform(get("/forms/prepare-contract").param("taskId", prepareTask).with(DemoUsers.as(t.union())))
                .andExpect(content().string(containsString("解除协议不设期限")))
                .andExpect(content().string(not(containsString("name=\"termYears\""))));
        long id = work.prepare(ending.bargainingCase(), t.union());
        Contract filed = filedSecondText(ending, id);
        assertThat(reviews.findings(filed)).extracting(Reviews.Finding::key).contains("term.termination").doesNotContain("term");
        Contract agreement = confirmed(ending, filed);

        assertThat(agreement.termination()).isTrue();
        assertThat(agreement.termYears()).isNull();
        assertThat(agreement.expiresOn()).isNull();
        assertThat(agreement.phase(deadlines.today())).isEqualTo(ContractStatus.EFFECTIVE);
        assertThat(PdfChecks.text(documents.content(agreement.documentId(), t.union()))).contains("解除", "不设期限")
                .doesNotContain("年，自本合同生效之日起计算");
        assertThat(term).isEnded().hasPassed(CollectiveContract.EVENT_CONTRACT_REPLACED);
        assertThat(contracts.contract(k.id()).status()).isEqualTo(ContractStatus.TERMINATED);
        assertThat(contracts.inForceFor(t.enterpriseId())).as("nothing covers the enterprise any more").isEmpty();
        mvc.perform(get("/contracts/{id}", id).with(DemoUsers.as(t.union())))
                .andExpect(content().string(containsString("解除协议")));

        ProcessInstance agreementTerm = term(agreement);
        publish(agreement, agreementTerm);
        assertThat(PdfChecks.text(documents.content(contracts.contract(id).publicationDocumentId(), t.union())))
                .contains("原集体合同同日解除").doesNotContain("有效期至");
        assertThat(agreementTerm).isEnded().hasPassed(CollectiveContract.EVENT_TERMINATION_PUBLISHED);
        for (long doc : List.of(agreement.documentId(), contracts.contract(id).publicationDocumentId())) {
            PdfChecks.assertPdfA2b(documents.content(doc, t.union()));
        }
    }

    @Test
    void renewal_and_expiry_run_on_when_one_side_never_publishes_and_the_late_side_is_told() {
        Contract k = effective();
        ProcessInstance term = term(k);
        ProcessTestSupport.executeJobFor(engine, term, CollectiveContract.SERVICE_ISSUE_PUBLICATION_NOTICE);
        assertThat(term).isWaitingAt(CollectiveContract.TASK_PUBLISH_UNION_SIDE, CollectiveContract.TASK_PUBLISH_EMPLOYER_SIDE,
                CollectiveContract.TIMER_RENEWAL_WINDOW_OPENS);
        work.publish(contracts.contract(k.id()), t.union());
        Contract published = contracts.contract(k.id());
        assertThat(published.publicationDueOn()).isEqualTo(deadlines.compute("wage-publication", published.effectiveOn(), "640000").due());
        ProcessTestSupport.fireTimer(engine, term, CollectiveContract.TIMER_PUBLICATION_DUE);
        assertThat(cases.noticesFor(PartyDirectory.employerOf(t.enterpriseId()), 50)).filteredOn(e -> e.caseId() == k.caseId())
                .extracting(CaseEvent::kind).contains(CaseEventKind.PUBLICATION_MISSED);
        assertThat(cases.noticesFor(PartyDirectory.upperUnionOf(bureau.districtId()), 50)).filteredOn(e -> e.caseId() == k.caseId())
                .extracting(CaseEvent::kind).contains(CaseEventKind.PUBLICATION_MISSED);
        assertThat(cases.noticesFor(PartyDirectory.unionOf(t.enterpriseId()), 50)).filteredOn(e -> e.caseId() == k.caseId())
                .extracting(CaseEvent::kind).as("the union published in time").doesNotContain(CaseEventKind.PUBLICATION_MISSED);

        clock.setToday(published.renewalOpensOn());
        ProcessTestSupport.fireTimer(engine, term, CollectiveContract.TIMER_RENEWAL_WINDOW_OPENS);
        assertThat(term).isWaitingAt(CollectiveContract.TASK_PUBLISH_EMPLOYER_SIDE, CollectiveContract.TIMER_CONTRACT_EXPIRES);
        assertThat(cases.noticesFor(PartyDirectory.unionOf(t.enterpriseId()), 50)).extracting(CaseEvent::kind)
                .contains(CaseEventKind.RENEWAL_WINDOW_OPEN);
        clock.setToday(published.expiresOn().plusDays(1));
        ProcessTestSupport.fireTimer(engine, term, CollectiveContract.TIMER_CONTRACT_EXPIRES);
        assertThat(term).isEnded().hasPassed(CollectiveContract.EVENT_CONTRACT_EXPIRED);
        assertThat(contracts.contract(k.id()).status()).isEqualTo(ContractStatus.EXPIRED);
    }

    @Test
    void a_comprehensive_contract_s_window_opens_exactly_3_months_before_the_day_after_its_last_day() {
        LocalDate last = LocalDate.of(2027, 12, 31);
        assertThat(deadlines.compute("renewal-window", last.plusDays(1), "640000").due()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(deadlines.compute("wage-renewal-window", last.plusDays(1), "640000").due()).isEqualTo(LocalDate.of(2027, 11, 2));
    }

    @Test
    void the_contract_expires_at_the_end_of_its_term() {
        Contract k = effective();
        ProcessInstance term = term(k);
        publish(k, term);
        // The renewal window is the scenario above; expiry does not depend on it.
        ProcessTestSupport.moveTo(engine, term, CollectiveContract.TIMER_RENEWAL_WINDOW_OPENS, CollectiveContract.TIMER_CONTRACT_EXPIRES);
        assertThat(ProcessTestSupport.jobAt(engine, term, CollectiveContract.TIMER_CONTRACT_EXPIRES).getDuedate())
                .isEqualTo(contracts.expiresAt(k.id()));
        clock.setToday(contracts.contract(k.id()).expiresOn().plusDays(1));
        ProcessTestSupport.fireTimer(engine, term, CollectiveContract.TIMER_CONTRACT_EXPIRES);
        assertThat(term).isEnded().hasPassed(CollectiveContract.EVENT_CONTRACT_EXPIRED);
        assertThat(contracts.contract(k.id()).status()).isEqualTo(ContractStatus.EXPIRED);
        assertThat(contracts.inForceFor(t.enterpriseId())).isEmpty();
    }

    @Test
    void a_term_bargained_beyond_3_years_is_warned_about_not_refused_and_runs_from_its_agreed_start() throws Exception {
        NegotiationFixture.Table five = negotiationFixture.acceptedWageOffer();
        LocalDate start = deadlines.today().plusMonths(3).withDayOfMonth(1);
        fixture.negotiated(five, new AgreedTerm(5, start));
        fixture.congressApproves(five, 30, 30);
        String prepareTask = engine.getTaskService().createTaskQuery().processInstanceId(five.instance().getId())
                .taskDefinitionKey(CollectiveBargaining.TASK_PREPARE_CONTRACT).singleResult().getId();
        mvc.perform(get("/forms/prepare-contract").param("taskId", prepareTask).with(DemoUsers.as(five.union())))
                .andExpect(content().string(containsString("合同期限 5 年，自 " + start + " 起计算")))
                .andExpect(content().string(containsString("《集体合同规定》第三十八条")))
                .andExpect(content().string(not(containsString("name=\"termYears\""))));
        long id = work.prepare(five.bargainingCase(), five.union());
        mvc.perform(get("/contracts/{id}", id).with(DemoUsers.as(five.union())))
                .andExpect(content().string(containsString("id=\"steps-pending\"")));
        ProcessTestSupport.executeJobFor(engine, five.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        mvc.perform(get("/contracts/{id}", id).with(DemoUsers.as(five.union())))
                .andExpect(content().string(not(containsString("id=\"steps-pending\""))));
        Contract k = contracts.contract(id);
        assertThat(k.termYears()).isEqualTo(5);
        assertThat(k.termStartsOn()).isEqualTo(start);
        assertThat(PdfChecks.text(documents.content(k.documentId(), five.union()))).contains("5年，自" + chinese(start) + "起计算");
        assertThat(reviews.findings(k)).filteredOn(f -> f.key().startsWith("term")).extracting(Reviews.Finding::key, Reviews.Finding::level)
                .containsExactlyInAnyOrder(tuple("term", Reviews.Level.WARNING), tuple("term.wageYear", Reviews.Level.WARNING));

        PortalUser boss = legalRepresentativeOf(five);
        work.sign(k, null, five.union());
        work.sign(contracts.contract(id), null, boss);
        work.file(contracts.contract(id), boss);
        work.accept(contracts.contract(id), bureau);
        work.decide(contracts.contract(id), new Reviews.Decision(true, true, true, null, false, List.of(), null), bureau);
        k = contracts.contract(id);
        assertThat(k.effectiveOn()).isEqualTo(deadlines.today());
        assertThat(k.expiresOn()).as("the agreed start is later than the effect").isEqualTo(start.plusYears(5).minusDays(1));
    }

    @Test
    void hr_signs_for_the_employer_only_with_the_legal_representative_s_recorded_authorisation() throws Exception {
        Contract k = prepared();
        mvc.perform(get("/contracts/{id}", k.id()).with(DemoUsers.as(t.union())))
                .andExpect(content().string(containsString("将以“职工方首席代表（工会主席）”的身份")))
                .andExpect(content().string(containsString("id=\"read-before-signing\"")));
        work.sign(k, null, t.union());
        Contract first = contracts.contract(k.id());
        mvc.perform(get("/contracts/{id}", k.id()).with(DemoUsers.as(t.employer())))
                .andExpect(content().string(containsString("没有本方首席代表的签字权")));
        assertThatThrownBy(() -> work.sign(first, null, t.employer())).isInstanceOf(BusinessRuleException.class)
                .hasMessage("contract.sign.unauthorised");
        assertThat(contracts.contract(k.id()).employerSigned()).isFalse();
        assertThat(signing.verify(first)).hasSize(1);

        PortalUser boss = person("boss-a", Position.LEGAL_REPRESENTATIVE);
        PortalUser hr = person("hr-a", Position.HR);
        assertThatThrownBy(() -> authorisations.authorise(hr.userId(), deadlines.today().plusDays(1), deadlines.today().plusMonths(6),
                "签署本次集体合同", Authorisations.Act.SIGN, boss)).hasMessage("authorisation.letterDate");
        authorisations.authorise(hr.userId(), deadlines.today(), deadlines.today().plusMonths(3), "担任企业方首席代表",
                Authorisations.Act.CHIEF, boss);
        assertThatThrownBy(() -> work.sign(first, null, hr)).as("a letter to act as chief at the table is no letter to sign")
                .hasMessage("contract.sign.unauthorised");
        authorisations.authorise(hr.userId(), deadlines.today(), deadlines.today().plusMonths(6), "签署2027年工资专项集体合同",
                Authorisations.Act.SIGN, boss);
        work.sign(first, org.xieshang.testing.Seals.png(), hr);
        Contract both = contracts.contract(k.id());
        assertThat(both.status()).isEqualTo(ContractStatus.SIGNED);
        assertThat(signing.verify(both)).hasSize(2).allMatch(v -> v.intact())
                .extracting(v -> v.role()).contains("企业方首席代表（受法定代表人" + boss.displayName() + "书面授权）");
        assertThat(signing.signingAuthorisations(both)).singleElement().asString().contains("签署2027年工资专项集体合同");
    }

    @Test
    void an_industry_contract_covers_every_member_firm_and_its_employees() {
        NegotiationFixture.Table f = negotiationFixture.acceptedFederationWageOffer(5);
        fixture.approvedDraft(f);
        long id = work.prepare(f.bargainingCase(), f.union());
        ProcessTestSupport.executeJobFor(engine, f.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        work.sign(contracts.contract(id), null, f.union());
        work.sign(contracts.contract(id), null, f.employer());
        work.file(contracts.contract(id), f.employer());
        ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(f.instance().getId())
                .singleResult();
        work.accept(contracts.contract(id), bureau);
        ProcessTestSupport.fireTimer(engine, review, ContractReview.TIMER_REVIEW_DUE);
        Contract k = contracts.contract(id);
        assertThat(k.level()).isEqualTo(Contract.Level.INDUSTRY);
        assertThat(k.employeesCovered()).isEqualTo(5 * 40);
        List<Contracts.Coverage> coverage = contracts.coverage(id);
        assertThat(coverage).hasSize(5).allMatch(c -> c.employees() == 40);
        coverage.forEach(c -> assertThat(contracts.inForceFor(c.enterpriseId())).extracting(Contract::id).containsExactly(id));
    }

    // ---- steps ----------------------------------------------------------------------------------------------

    Contract prepared() {
        long id = work.prepare(t.bargainingCase(), t.union());
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        assertThat(t.instance()).isWaitingAt(CollectiveBargaining.TASK_SIGN_WORKER_CHIEF);
        return contracts.contract(id);
    }

    Contract signed() {
        Contract k = prepared();
        work.sign(k, null, t.union());
        work.sign(contracts.contract(k.id()), null, legalRep);
        assertThat(t.instance()).isWaitingAt(CollectiveBargaining.TASK_FILE_CONTRACT);
        return contracts.contract(k.id());
    }

    Contract signedAndFiled() {
        Contract k = signed();
        work.file(k, legalRep);
        return contracts.contract(k.id());
    }

    Contract effective() {
        Contract k = signedAndFiled();
        work.accept(k, bureau);
        work.decide(contracts.contract(k.id()), new Reviews.Decision(true, true, true, null, false, List.of(), null), bureau);
        return contracts.contract(k.id());
    }

    void publish(Contract k, ProcessInstance term) {
        ProcessTestSupport.executeJobFor(engine, term, CollectiveContract.SERVICE_ISSUE_PUBLICATION_NOTICE);
        work.publish(contracts.contract(k.id()), t.union());
        work.publish(contracts.contract(k.id()), legalRep);
    }

    /** The union opens a case from the contract; the employer accepts its offer and the congress approves the text. */
    PortalUser legalRepresentativeOf(NegotiationFixture.Table table) {
        return enterprises.person("boss-n" + table.enterpriseId(), PartyDirectory.employerOf(table.enterpriseId()), PartyKind.EMPLOYER,
                table.enterpriseId(), Position.LEGAL_REPRESENTATIVE);
    }

    NegotiationFixture.Table caseFrom(Contract k, Contract.Purpose purpose) {
        BargainingCase c = terms.startCase(contracts.contract(k.id()), purpose, t.union());
        NegotiationFixture.Table next = negotiationFixture.accepted(t.enterpriseId(), c, t.union(), t.employer(), t.recorder());
        fixture.negotiated(next);
        fixture.holdSession(next, congress, 30);
        assertThat(next.instance()).isWaitingAt(CollectiveBargaining.TASK_PREPARE_CONTRACT);
        return next;
    }

    /** The second text generated, signed by both chiefs, filed and accepted for review. */
    Contract filedSecondText(NegotiationFixture.Table next, long id) {
        ProcessTestSupport.executeJobFor(engine, next.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        work.sign(contracts.contract(id), null, t.union());
        work.sign(contracts.contract(id), null, legalRep);
        work.file(contracts.contract(id), legalRep);
        work.accept(contracts.contract(id), bureau);
        return contracts.contract(id);
    }

    Contract confirmed(NegotiationFixture.Table next, Contract k) {
        work.decide(k, new Reviews.Decision(true, true, true, null, false, List.of(), null), bureau);
        assertThat(next.instance()).isEnded();
        return contracts.contract(k.id());
    }

    static String chinese(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日"));
    }

    ProcessInstance review() {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(t.instance().getId()).singleResult();
    }

    ProcessInstance term(Contract k) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CollectiveContract.PROCESS_ID)
                .processInstanceBusinessKey(CollectiveContractProcess.key(k.id())).singleResult();
    }

    /** A person of the enterprise's employer side known to the directory (authorisations name members of the party). */
    PortalUser person(String prefix, Position position) {
        String userId = prefix + t.enterpriseId();
        parties.ensurePerson(new PartyDirectory.NewPerson(userId, userId, "", null, "x", PartyDirectory.employerOf(t.enterpriseId()),
                position, position.name()));
        return parties.portalUser(userId).orElseThrow();
    }
}
