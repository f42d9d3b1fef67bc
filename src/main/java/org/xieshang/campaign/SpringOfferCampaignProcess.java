package org.xieshang.campaign;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.xieshang.system.DueSteps;

/** The only code that starts or correlates spring-offer-campaign. Business key = CAMPAIGN-id. */
@Service
class SpringOfferCampaignProcess {

    private final RuntimeService runtime;
    private final ManagementService management;

    SpringOfferCampaignProcess(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    void start(long campaignId) {
        runtime.startProcessInstanceByKey(SpringOfferCampaign.PROCESS_ID, businessKey(campaignId),
                Map.of(SpringOfferCampaign.CAMPAIGN_ID.name(), campaignId));
    }

    /** The new closing date is already saved; the timer is created afresh from it. */
    void extended(long campaignId) {
        runtime.createMessageCorrelation(SpringOfferCampaign.MSG_CAMPAIGN_EXTENDED)
                .processInstanceBusinessKey(businessKey(campaignId)).correlate();
    }

    /** Opens the campaign's cases now, batch after batch, as the job executor would (demo seeding, tools). */
    void runDueSteps(long campaignId) {
        DueSteps.run(management, runtime, businessKey(campaignId));
    }

    private static String businessKey(long campaignId) {
        return "CAMPAIGN-" + campaignId;
    }
}
