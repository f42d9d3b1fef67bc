package org.xieshang.bargaining;

import java.time.LocalDate;

/**
 * A step on a case's timeline addressed to a party (a served offer, a letter, a report): published in the step's
 * transaction, so whoever tells the party does so in it too.
 */
public record CaseNoticeRecorded(long caseId, CaseEventKind kind, String addressedTo, String clock, LocalDate dueOn) {
}
