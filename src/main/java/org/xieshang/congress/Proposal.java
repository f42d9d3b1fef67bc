package org.xieshang.congress;

import java.time.Instant;
import java.time.LocalDate;

/** A delegate's proposal (提案) and where its handling stands. */
public record Proposal(long id, long congressId, long sessionId, String proposalNo, long proposerId, String proposerName,
                       String title, String body, Status status, String declineReason, String department, LocalDate dueOn,
                       Rating rating, boolean reopened, Instant filedAt) {

    public enum Status { AWAITING_COSIGNERS, SUBMITTED, REGISTERED, DECLINED, REPLIED, CLOSED }

    public enum Rating { SATISFIED, BASIC, UNSATISFIED }

    public record Reply(String body, String repliedBy, Instant repliedAt, Rating rating) {
    }
}
