package org.xieshang.campaign;

import org.xieshang.system.ProcessVariable;

/** Ids and variables of processes/spring-offer-campaign.bpmn. */
public final class SpringOfferCampaign {

    public static final String PROCESS_ID = "spring-offer-campaign";
    public static final String EVENT_CAMPAIGN_LAUNCHED = "Event_CampaignLaunched";
    public static final String SERVICE_OPEN_CAMPAIGN_CASES = "Service_OpenCampaignCases";
    public static final String GATEWAY_ALL_CASES_OPENED = "Gateway_AllCasesOpened";
    public static final String GATEWAY_CLOSE_OR_EXTEND = "Gateway_CloseOrExtend";
    public static final String TIMER_CAMPAIGN_CLOSES = "Timer_CampaignCloses";
    public static final String EVENT_CAMPAIGN_EXTENDED = "Event_CampaignExtended";
    public static final String SERVICE_CLOSE_CAMPAIGN = "Service_CloseCampaign";
    public static final String EVENT_CAMPAIGN_CLOSED = "Event_CampaignClosed";
    public static final String MSG_CAMPAIGN_EXTENDED = "Msg_CampaignExtended";

    public static final ProcessVariable<Long> CAMPAIGN_ID = new ProcessVariable<>("campaignId", Long.class);
    public static final ProcessVariable<Boolean> CASES_LEFT_TO_OPEN = new ProcessVariable<>("casesLeftToOpen", Boolean.class);

    private SpringOfferCampaign() {
    }
}
