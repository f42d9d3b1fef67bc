package org.xieshang.offer;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CaseOpening;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.XieshangTest;

/**
 * Every computation uses the case's province, never the deployment's: a Shanghai firm answers within the 15 days of
 * the Shanghai regulations although the deployment's province is Ningxia, and its offer letter says so.
 */
@XieshangTest
class ProvinceClocksTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FreshDistrict districts;
    @Autowired
    CaseOpening opening;
    @Autowired
    OfferSteps offerSteps;
    @Autowired
    OfferService offers;
    @Autowired
    CollectiveBargainingProcess process;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DocumentService documents;

    @Test
    void a_case_in_another_province_counts_its_clocks_and_prints_its_letters_by_that_province_s_rules() throws Exception {
        ProcessTestSupport.init(engine);
        FreshDistrict.District shanghai = districts.create("310000");
        BargainingCase c = opening.forEnterprise(shanghai.enterpriseId(), null, shanghai.unionChair());
        offerSteps.sendOffer(process.task(c.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, shanghai.unionChair()).getId(),
                BargainingOffers.wageOffer(), shanghai.unionChair());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey(CollectiveBargaining.PROCESS_ID).singleResult();
        ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_SEND_OFFER);

        OfferService.Offer offer = offers.offer(c.id()).orElseThrow();
        assertThat(deadlines.clock("offer-response", "310000").length()).isEqualTo(15);
        assertThat(offer.answerDueOn()).isEqualTo(deadlines.compute("offer-response", offer.receivedOn(), "310000").due());
        assertThat(ProcessTestSupport.jobAt(engine, instance, CollectiveBargaining.TIMER_RESPONSE_DUE).getDuedate())
                .isEqualTo(deadlines.endOf(deadlines.compute("offer-response", offer.receivedOn(), "310000")));
        assertThat(PdfChecks.text(documents.content(offer.documentId(), shanghai.unionChair())))
                .as("the letter prints the Shanghai period and its citation").contains("15日", "《上海市集体合同条例》");
    }
}
