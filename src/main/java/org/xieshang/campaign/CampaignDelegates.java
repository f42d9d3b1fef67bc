package org.xieshang.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service steps of spring-offer-campaign.bpmn. */
final class CampaignDelegates {

    private CampaignDelegates() {
    }

    @Component("openCampaignCasesDelegate")
    static class OpenCampaignCases implements JavaDelegate {
        private final CampaignService campaigns;

        OpenCampaignCases(CampaignService campaigns) {
            this.campaigns = campaigns;
        }

        @Override
        public void execute(DelegateExecution execution) {
            SpringOfferCampaign.CASES_LEFT_TO_OPEN.set(execution, campaigns.openCases(SpringOfferCampaign.CAMPAIGN_ID.from(execution)));
        }
    }

    @Component("closeCampaignDelegate")
    static class CloseCampaign implements JavaDelegate {
        private final CampaignService campaigns;

        CloseCampaign(CampaignService campaigns) {
            this.campaigns = campaigns;
        }

        @Override
        public void execute(DelegateExecution execution) {
            campaigns.close(SpringOfferCampaign.CAMPAIGN_ID.from(execution));
        }
    }
}
