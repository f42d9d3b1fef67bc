package org.xieshang.bargaining;

import java.time.Instant;
import java.time.LocalDate;

/** A step on the case timeline, with the legal due date it answered to (if any). */
public record CaseEvent(long id, long caseId, CaseEventKind kind, Instant happenedAt, String actor, String addressedTo,
                        String clock, LocalDate dueOn, Long documentId) {
}
