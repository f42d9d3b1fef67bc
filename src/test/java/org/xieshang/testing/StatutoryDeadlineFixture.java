package org.xieshang.testing;

import java.util.Date;

import org.xieshang.system.ProcessVariable;

/** Constants of src/test/resources/bpmn/statutory-deadline-fixture.bpmn, the foundation's test process. */
public final class StatutoryDeadlineFixture {

    public static final String RESOURCE = "bpmn/statutory-deadline-fixture.bpmn";
    public static final String PROCESS_ID = "statutory-deadline-fixture";
    public static final String EVENT_OFFER_RECEIVED = "Event_OfferReceived";
    public static final String TASK_ANSWER_OFFER = "Task_AnswerOffer";
    public static final String TIMER_RESPONSE_DUE = "Timer_ResponseDue";
    public static final String EVENT_ANSWERED = "Event_Answered";
    public static final String EVENT_RESPONSE_OVERDUE = "Event_ResponseOverdue";

    public static final ProcessVariable<Date> OFFER_RECEIVED_ON = new ProcessVariable<>("offerReceivedOn", Date.class);
    public static final ProcessVariable<String> EMPLOYER_GROUP = new ProcessVariable<>("employerGroup", String.class);

    private StatutoryDeadlineFixture() {
    }
}
