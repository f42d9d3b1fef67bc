package org.xieshang.contract;

import java.util.Date;

import org.xieshang.system.ProcessVariable;

/** Ids and variables of processes/collective-contract.bpmn: an effective contract's publication, term and end. */
public final class CollectiveContract {

    public static final String PROCESS_ID = "collective-contract";

    public static final String EVENT_CONTRACT_EFFECTIVE = "Event_ContractEffective";
    public static final String SUBPROCESS_IN_FORCE = "SubProcess_InForce";
    public static final String SERVICE_ISSUE_PUBLICATION_NOTICE = "Service_IssuePublicationNotice";
    public static final String GATEWAY_FORK_TERM = "Gateway_ForkTerm";
    public static final String SUBPROCESS_PUBLICATION = "SubProcess_Publication";
    public static final String EVENT_PUBLICATION_STARTS = "Event_PublicationStarts";
    public static final String GATEWAY_FORK_PUBLICATION = "Gateway_ForkPublication";
    public static final String EVENT_BOTH_PUBLISHED = "Event_BothPublished";
    public static final String TIMER_PUBLICATION_DUE = "Timer_PublicationDue";
    public static final String SERVICE_NOTIFY_PUBLICATION_MISSED = "Service_NotifyPublicationMissed";
    public static final String EVENT_PUBLICATION_MISSED_NOTIFIED = "Event_PublicationMissedNotified";
    public static final String EVENT_PUBLISHED = "Event_Published";
    public static final String TASK_PUBLISH_UNION_SIDE = "Task_PublishUnionSide";
    public static final String TASK_PUBLISH_EMPLOYER_SIDE = "Task_PublishEmployerSide";
    public static final String GATEWAY_PUBLISHED = "Gateway_Published";
    public static final String GATEWAY_HAS_TERM = "Gateway_HasTerm";
    public static final String EVENT_TERMINATION_PUBLISHED = "Event_TerminationPublished";
    public static final String TIMER_RENEWAL_WINDOW_OPENS = "Timer_RenewalWindowOpens";
    public static final String SERVICE_OPEN_RENEWAL_WINDOW = "Service_OpenRenewalWindow";
    public static final String TIMER_CONTRACT_EXPIRES = "Timer_ContractExpires";
    public static final String SERVICE_EXPIRE_CONTRACT = "Service_ExpireContract";
    public static final String EVENT_CONTRACT_EXPIRED = "Event_ContractExpired";
    public static final String BOUNDARY_CONTRACT_REPLACED = "Boundary_ContractReplaced";
    public static final String EVENT_CONTRACT_REPLACED = "Event_ContractReplaced";
    public static final String MESSAGE_CONTRACT_REPLACED = "Msg_ContractReplaced";

    public static final ProcessVariable<Date> EFFECTIVE_ON = new ProcessVariable<>("effectiveOn", Date.class);
    /** wage-publication for a wage agreement (WBM Art. 24), otherwise contract-publication (CCR Art. 48 "promptly", as configured). */
    public static final ProcessVariable<String> PUBLICATION_CLOCK = new ProcessVariable<>("publicationClock", String.class);
    /** A termination agreement ends the old contract and has no term of its own. */
    public static final ProcessVariable<Boolean> HAS_TERM = new ProcessVariable<>("hasTerm", Boolean.class);

    private CollectiveContract() {
    }
}
