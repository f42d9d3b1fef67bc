package org.xieshang.bargaining;

import java.util.Date;

import org.xieshang.system.ProcessVariable;

/** Ids and variables of processes/collective-bargaining.bpmn; no other file repeats these strings. */
public final class CollectiveBargaining {

    public static final String PROCESS_ID = "collective-bargaining";
    /** The model's camunda:versionTag; a change that running cases may follow adds a ModelChange to it (README). */
    public static final String VERSION_TAG = "2026.12";

    public static final String EVENT_CASE_OPENED = "Event_CaseOpened";
    public static final String TASK_DRAFT_OFFER = "Task_DraftOffer";
    public static final String TASK_CLOSE_QUESTIONNAIRE = "Task_CloseQuestionnaire";
    public static final String SERVICE_SUMMARISE_QUESTIONNAIRE = "Service_SummariseQuestionnaire";
    public static final String SERVICE_SEND_OFFER = "Service_SendOffer";
    public static final String SERVICE_ISSUE_RESPONSE_LETTER = "Service_IssueResponseLetter";
    public static final String SUBPROCESS_AWAIT_ANSWER = "SubProcess_AwaitAnswer";
    public static final String TASK_ANSWER_OFFER = "Task_AnswerOffer";
    public static final String TIMER_FIRST_REMINDER = "Timer_FirstReminder";
    public static final String TIMER_LAST_REMINDER = "Timer_LastReminder";
    public static final String TIMER_RESPONSE_DUE = "Timer_ResponseDue";
    public static final String SERVICE_REMIND_ANSWER_FIRST = "Service_RemindAnswerFirst";
    public static final String SERVICE_REMIND_ANSWER_LAST = "Service_RemindAnswerLast";
    public static final String GATEWAY_WHO_OFFERED = "Gateway_WhoOffered";
    public static final String SERVICE_REPORT_UNANSWERED_OFFER = "Service_ReportUnansweredOffer";
    public static final String TASK_RECONSIDER_REFUSAL = "Task_ReconsiderRefusal";
    public static final String TASK_ISSUE_REMINDER_LETTER = "Task_IssueReminderLetter";
    public static final String SERVICE_ISSUE_REMINDER_LETTER = "Service_IssueReminderLetter";
    public static final String TIMER_REMINDER_LETTER_DUE = "Timer_ReminderLetterDue";
    public static final String TASK_ISSUE_OPINION_LETTER = "Task_IssueOpinionLetter";
    public static final String TASK_COUNTERSIGN_OPINION_LETTER = "Task_CountersignOpinionLetter";
    public static final String SERVICE_ISSUE_OPINION_LETTER = "Service_IssueOpinionLetter";
    public static final String TIMER_OPINION_LETTER_DUE = "Timer_OpinionLetterDue";
    public static final String TASK_ISSUE_RECOMMENDATION_LETTER = "Task_IssueRecommendationLetter";
    public static final String SERVICE_ISSUE_RECOMMENDATION_LETTER = "Service_IssueRecommendationLetter";
    public static final String TASK_RECORD_BUREAU_ACTION = "Task_RecordBureauAction";
    public static final String TASK_DECIDE_UNANSWERED_CASE = "Task_DecideUnansweredCase";
    public static final String EVENT_STILL_WAITING = "Event_StillWaiting";
    public static final String TASK_CONSIDER_PROPOSED_TIME = "Task_ConsiderProposedTime";
    public static final String TASK_REVIEW_REFUSAL = "Task_ReviewRefusal";
    public static final String SERVICE_OPEN_PREPARATION = "Service_OpenPreparation";
    public static final String TASK_START_UNION_PREPARATION = "Task_StartUnionPreparation";
    public static final String TASK_START_EMPLOYER_PREPARATION = "Task_StartEmployerPreparation";
    public static final String GATEWAY_JOIN_PREPARED = "Gateway_JoinPrepared";
    public static final String SERVICE_ISSUE_DELEGATION_LIST = "Service_IssueDelegationList";
    public static final String TASK_SCHEDULE_ROUND = "Task_ScheduleRound";
    public static final String SERVICE_ISSUE_MEETING_NOTICE = "Service_IssueMeetingNotice";
    public static final String TASK_RECORD_MINUTES = "Task_RecordMinutes";
    public static final String TASK_CONFIRM_MINUTES_UNION = "Task_ConfirmMinutesUnion";
    public static final String TASK_CONFIRM_MINUTES_EMPLOYER = "Task_ConfirmMinutesEmployer";
    public static final String SERVICE_ISSUE_MINUTES = "Service_IssueMinutes";
    public static final String CALL_DISPUTE_COORDINATION = "CallActivity_DisputeCoordination";
    public static final String SERVICE_ASSEMBLE_DRAFT = "Service_AssembleDraft";
    public static final String TASK_INITIAL_DRAFT_UNION = "Task_InitialDraftUnion";
    public static final String TASK_INITIAL_DRAFT_EMPLOYER = "Task_InitialDraftEmployer";
    public static final String SERVICE_SUBMIT_DRAFT_TO_CONGRESS = "Service_SubmitDraftToCongress";
    public static final String CALL_CONGRESS_APPROVAL = "CallActivity_CongressApproval";
    public static final String SERVICE_RECORD_CONGRESS_APPROVAL = "Service_RecordCongressApproval";
    public static final String TASK_PREPARE_CONTRACT = "Task_PrepareContract";
    public static final String SERVICE_GENERATE_CONTRACT = "Service_GenerateContract";
    public static final String TASK_SIGN_WORKER_CHIEF = "Task_SignWorkerChief";
    public static final String TASK_SIGN_EMPLOYER_CHIEF = "Task_SignEmployerChief";
    public static final String TASK_FILE_CONTRACT = "Task_FileContract";
    public static final String TIMER_FILING_DUE = "Timer_FilingDue";
    public static final String SERVICE_ASSEMBLE_FILING_PACKAGE = "Service_AssembleFilingPackage";
    public static final String SERVICE_NOTIFY_FILING_MISSED = "Service_NotifyFilingMissed";
    public static final String CALL_CONTRACT_REVIEW = "CallActivity_ContractReview";
    public static final String SERVICE_REOPEN_OBJECTED_CLAUSES = "Service_ReopenObjectedClauses";
    public static final String SERVICE_PUT_CONTRACT_IN_FORCE = "Service_PutContractInForce";
    public static final String EVENT_CONTRACT_EFFECTIVE = "Event_ContractEffective";
    public static final String SERVICE_RECORD_CONGRESS_REJECTION = "Service_RecordCongressRejection";
    public static final String SERVICE_CLOSE_REFUSED = "Service_CloseRefused";
    public static final String EVENT_REFUSED = "Event_Refused";

    /** UNION or EMPLOYER: who sends the offer (CCR Art. 32); the supervision ladder is the union's alone. */
    public static final ProcessVariable<String> INITIATOR = new ProcessVariable<>("initiator", String.class);
    /** The group that drafts the offer and reviews the answer, and the group that must answer it. */
    public static final ProcessVariable<String> OFFERING_GROUP = new ProcessVariable<>("offeringGroup", String.class);
    public static final ProcessVariable<String> ANSWERING_GROUP = new ProcessVariable<>("answeringGroup", String.class);
    public static final ProcessVariable<Boolean> QUESTIONNAIRE_REQUESTED = new ProcessVariable<>("questionnaireRequested", Boolean.class);
    public static final ProcessVariable<Date> OFFER_RECEIVED_ON = new ProcessVariable<>("offerReceivedOn", Date.class);
    /** ACCEPT, OTHER_TIME, REFUSE, or UNRESOLVED when the union stops waiting after the ladder. */
    public static final ProcessVariable<String> ANSWER = new ProcessVariable<>("answer", String.class);
    public static final ProcessVariable<Boolean> REFUSAL_CONTESTED = new ProcessVariable<>("refusalContested", Boolean.class);
    public static final ProcessVariable<Boolean> PROPOSED_TIME_ACCEPTED = new ProcessVariable<>("proposedTimeAccepted", Boolean.class);
    public static final ProcessVariable<Boolean> KEEP_WAITING = new ProcessVariable<>("keepWaiting", Boolean.class);
    public static final ProcessVariable<Date> REMINDER_LETTER_ISSUED_ON = new ProcessVariable<>("reminderLetterIssuedOn", Date.class);
    public static final ProcessVariable<Date> OPINION_LETTER_ISSUED_ON = new ProcessVariable<>("opinionLetterIssuedOn", Date.class);

    public static final ProcessVariable<String> RECORDER_GROUP = new ProcessVariable<>("recorderGroup", String.class);
    /** The round being held; its minutes decide the next step. */
    public static final ProcessVariable<Long> ROUND_ID = new ProcessVariable<>("roundId", Long.class);
    /** AGREEMENT, SUSPENDED or COORDINATION. */
    public static final ProcessVariable<String> ROUND_OUTCOME = new ProcessVariable<>("roundOutcome", String.class);
    public static final ProcessVariable<Boolean> MINUTES_RETURNED = new ProcessVariable<>("minutesReturned", Boolean.class);

    /** Both chiefs' signatures: the filing clock starts here. */
    public static final ProcessVariable<Date> SIGNED_ON = new ProcessVariable<>("signedOn", Date.class);
    /** contract-filing, or wage-agreement-filing where the deployment applies WBM Art. 22 to wage agreements. */
    public static final ProcessVariable<String> FILING_CLOCK = new ProcessVariable<>("filingClock", String.class);

    private CollectiveBargaining() {
    }
}
