package org.xieshang.testing;

import java.math.BigDecimal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.campaign.CampaignForm;
import org.xieshang.campaign.CampaignService;
import org.xieshang.campaign.SpringOfferCampaign;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.offer.OfferForm;
import org.xieshang.offer.OfferSteps;

/** A fresh district's campaign launched by its upper-level union, and the enterprise's offer served through the steps. */
@Component
public class ServedOffers {

    private final CampaignService campaigns;
    private final BargainingCases cases;
    private final CollectiveBargainingProcess bargaining;
    private final OfferSteps offerSteps;
    private final DeadlineService deadlines;
    private final ProcessEngine engine;

    ServedOffers(CampaignService campaigns, BargainingCases cases, CollectiveBargainingProcess bargaining, OfferSteps offerSteps,
                 DeadlineService deadlines, ProcessEngine engine) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.bargaining = bargaining;
        this.offerSteps = offerSteps;
        this.deadlines = deadlines;
        this.engine = engine;
    }

    /** The campaign opens the enterprise's case, its union chair sends this offer, and the letter is served. */
    public BargainingCase serve(FreshDistrict.District d, OfferForm offer) {
        BargainingCase c = open(d);
        offerSteps.sendOffer(bargaining.task(c.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, d.unionChair()).getId(), offer,
                d.unionChair());
        ProcessTestSupport.executeJobFor(engine, engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(c.caseNo()).singleResult(), CollectiveBargaining.SERVICE_SEND_OFFER);
        return c;
    }

    /** The district's campaign launched and the enterprise's case opened: its union is to draft the offer. */
    public BargainingCase open(FreshDistrict.District d) {
        long campaign = campaigns.launch(CampaignForm.of(deadlines.today().getYear(), "春季要约行动", new BigDecimal("90"),
                deadlines.today().plusDays(30)), d.upperUnion());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("CAMPAIGN-" + campaign).singleResult();
        ProcessTestSupport.executeJobsWhileWaitingAt(engine, instance, SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES);
        return cases.ofEnterprise(d.enterpriseId()).get(0);
    }
}
