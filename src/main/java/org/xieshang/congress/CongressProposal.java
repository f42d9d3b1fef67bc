package org.xieshang.congress;

import java.util.Date;

import org.xieshang.system.ProcessVariable;

/** Ids and variables of processes/congress-proposal.bpmn; no other file repeats these strings. */
public final class CongressProposal {

    public static final String PROCESS_ID = "congress-proposal";

    public static final String EVENT_PROPOSAL_SUBMITTED = "Event_ProposalSubmitted";
    public static final String TASK_REVIEW_PROPOSAL = "Task_ReviewProposal";
    public static final String TASK_REPLY_TO_PROPOSAL = "Task_ReplyToProposal";
    public static final String TASK_RATE_REPLY = "Task_RateReply";
    public static final String SERVICE_RECORD_PROPOSAL_HANDLING = "Service_RecordProposalHandling";
    public static final String EVENT_PROPOSAL_CLOSED = "Event_ProposalClosed";
    public static final String SERVICE_DECLINE_PROPOSAL = "Service_DeclineProposal";
    public static final String EVENT_PROPOSAL_DECLINED = "Event_ProposalDeclined";

    public static final ProcessVariable<Long> PROPOSAL_ID = new ProcessVariable<>("proposalId", Long.class);
    /** The proposer's login; null when he has none and the union records his rating from paper. */
    public static final ProcessVariable<String> PROPOSER_USER_ID = new ProcessVariable<>("proposerUserId", String.class);
    public static final ProcessVariable<Boolean> REGISTERED = new ProcessVariable<>("registered", Boolean.class);
    public static final ProcessVariable<Date> REPLY_DUE_AT = new ProcessVariable<>("replyDueAt", Date.class);
    public static final ProcessVariable<Boolean> REOPEN = new ProcessVariable<>("reopen", Boolean.class);

    private CongressProposal() {
    }
}
