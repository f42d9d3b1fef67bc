package org.xieshang.negotiation;

import java.util.Date;

import org.xieshang.system.ProcessVariable;

/** Ids and variables of processes/bargaining-dispute-coordination.bpmn; no other file repeats these strings. */
public final class DisputeCoordination {

    public static final String PROCESS_ID = "bargaining-dispute-coordination";

    public static final String EVENT_COORDINATION_REQUESTED = "Event_CoordinationRequested";
    public static final String TASK_APPLY_FOR_COORDINATION = "Task_ApplyForCoordination";
    public static final String SERVICE_ISSUE_APPLICATION = "Service_IssueApplication";
    public static final String TASK_DECIDE_APPLICATION = "Task_DecideApplication";
    public static final String EVENT_COORDINATION_DECLINED = "Event_CoordinationDeclined";
    public static final String TASK_COORDINATE_DISPUTE = "Task_CoordinateDispute";
    public static final String TIMER_COORDINATION_DUE = "Timer_CoordinationDue";
    public static final String EVENT_COORDINATION_LAPSED = "Event_CoordinationLapsed";
    public static final String SERVICE_ISSUE_COORDINATION_AGREEMENT = "Service_IssueCoordinationAgreement";
    public static final String TASK_CONFIRM_AGREEMENT_UNION = "Task_ConfirmAgreementUnion";
    public static final String TASK_CONFIRM_AGREEMENT_EMPLOYER = "Task_ConfirmAgreementEmployer";
    public static final String SERVICE_APPLY_COORDINATION_RESULT = "Service_ApplyCoordinationResult";
    public static final String EVENT_COORDINATION_CONCLUDED = "Event_CoordinationConcluded";

    public static final ProcessVariable<Long> COORDINATION_ID = new ProcessVariable<>("coordinationId", Long.class);
    public static final ProcessVariable<Boolean> BUREAU_INITIATIVE = new ProcessVariable<>("bureauInitiative", Boolean.class);
    public static final ProcessVariable<Boolean> COORDINATION_ACCEPTED = new ProcessVariable<>("coordinationAccepted", Boolean.class);
    public static final ProcessVariable<Date> COORDINATION_ACCEPTED_ON = new ProcessVariable<>("coordinationAcceptedOn", Date.class);

    private DisputeCoordination() {
    }
}
