package org.xieshang.congress;

import java.util.Date;

import org.xieshang.system.ProcessVariable;

/** Ids and variables of processes/workers-congress-session.bpmn; no other file repeats these strings. */
public final class WorkersCongressSession {

    public static final String PROCESS_ID = "workers-congress-session";

    public static final String EVENT_SESSION_STARTED = "Event_SessionStarted";
    public static final String TASK_CONVENE_SESSION = "Task_ConveneSession";
    public static final String TIMER_PROPOSAL_WINDOW_CLOSES = "Timer_ProposalWindowCloses";
    public static final String TASK_SEND_NOTICE = "Task_SendNotice";
    public static final String TIMER_NOTICE_DUE = "Timer_NoticeDue";
    public static final String SERVICE_DELIVER_NOTICE = "Service_DeliverNotice";
    public static final String TIMER_SIGN_IN_OPENS = "Timer_SignInOpens";
    public static final String SERVICE_OPEN_SIGN_IN = "Service_OpenSignIn";
    public static final String TASK_HOLD_SESSION = "Task_HoldSession";
    public static final String SERVICE_ISSUE_RESOLUTION = "Service_IssueResolution";
    public static final String SERVICE_PUBLISH_DISCLOSURES = "Service_PublishDisclosures";
    public static final String EVENT_SESSION_CLOSED = "Event_SessionClosed";
    public static final String TASK_RESCHEDULE_SESSION = "Task_RescheduleSession";
    public static final String EVENT_SESSION_CANCELLED = "Event_SessionCancelled";

    public static final ProcessVariable<Long> SESSION_ID = new ProcessVariable<>("sessionId", Long.class);
    /** False when a bargaining case calls the process: the union convenes the session in its first task. */
    public static final ProcessVariable<Boolean> CONVENED = new ProcessVariable<>("convened", Boolean.class);
    public static final ProcessVariable<Date> SESSION_STARTS_AT = new ProcessVariable<>("sessionStartsAt", Date.class);
    public static final ProcessVariable<Boolean> SESSION_HELD = new ProcessVariable<>("sessionHeld", Boolean.class);
    public static final ProcessVariable<Boolean> RESCHEDULED = new ProcessVariable<>("rescheduled", Boolean.class);
    /** A bargaining case calls the session with its number and draft (CaseVariables has the draft and the answer). */
    public static final ProcessVariable<String> BARGAINING_CASE_NO = new ProcessVariable<>("bargainingCaseNo", String.class);

    private WorkersCongressSession() {
    }
}
