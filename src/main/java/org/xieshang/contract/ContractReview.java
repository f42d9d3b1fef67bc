package org.xieshang.contract;

import java.util.Date;

import org.xieshang.system.ProcessVariable;

/** Ids and variables of processes/contract-review.bpmn (the labour bureau's side of a filing). */
public final class ContractReview {

    public static final String PROCESS_ID = "contract-review";

    public static final String EVENT_FILED = "Event_Filed";
    public static final String GATEWAY_JOIN_FILING = "Gateway_JoinFiling";
    public static final String TASK_ACCEPT_FILING = "Task_AcceptFiling";
    public static final String GATEWAY_FILING_COMPLETE = "Gateway_FilingComplete";
    public static final String TASK_SUPPLEMENT_FILING = "Task_SupplementFiling";
    public static final String TIMER_ACCEPTANCE_DUE = "Timer_AcceptanceDue";
    public static final String SERVICE_NOTIFY_ACCEPTANCE_OVERDUE = "Service_NotifyAcceptanceOverdue";
    public static final String EVENT_ACCEPTANCE_OVERDUE_NOTIFIED = "Event_AcceptanceOverdueNotified";
    public static final String TIMER_REVIEW_DUE_BEFORE_ACCEPTANCE = "Timer_ReviewDueBeforeAcceptance";
    public static final String TIMER_SUPPLEMENT_DUE = "Timer_SupplementDue";
    public static final String SERVICE_NOTIFY_SUPPLEMENT_MISSED = "Service_NotifySupplementMissed";
    public static final String TASK_REVIEW_CONTRACT = "Task_ReviewContract";
    public static final String TIMER_REVIEW_DUE = "Timer_ReviewDue";
    public static final String GATEWAY_JOIN_LAPSE = "Gateway_JoinLapse";
    public static final String SERVICE_TAKE_EFFECT_BY_SILENCE = "Service_TakeEffectBySilence";
    public static final String EVENT_EFFECTIVE_BY_SILENCE = "Event_EffectiveBySilence";
    public static final String GATEWAY_OBJECTION = "Gateway_Objection";
    public static final String SERVICE_CONFIRM_EFFECTIVE = "Service_ConfirmEffective";
    public static final String EVENT_EFFECTIVE_BY_CONFIRMATION = "Event_EffectiveByConfirmation";
    public static final String SERVICE_ISSUE_REVIEW_OPINION = "Service_IssueReviewOpinion";
    public static final String EVENT_OBJECTED = "Event_Objected";

    public static final ProcessVariable<Boolean> FILING_COMPLETE = new ProcessVariable<>("filingComplete", Boolean.class);
    /** The return of an incomplete filing: the supplement clock starts here. */
    public static final ProcessVariable<Date> RETURNED_ON = new ProcessVariable<>("returnedOn", Date.class);
    /**
     * Receipt of a complete filing: the day it reaches the bureau, or the day the supplement completing it does. The
     * 15-day review clock and the acceptance clock start here, not at acceptance (CCR Art. 47; LCL Art. 54).
     */
    public static final ProcessVariable<Date> RECEIVED_ON = new ProcessVariable<>("receivedOn", Date.class);
    public static final ProcessVariable<Boolean> OBJECTION = new ProcessVariable<>("objection", Boolean.class);

    /** The values of REVIEW_OUTCOME (the bargaining model's gateway compares them). */
    public enum Outcome { EFFECTIVE, OBJECTED }

    private ContractReview() {
    }
}
