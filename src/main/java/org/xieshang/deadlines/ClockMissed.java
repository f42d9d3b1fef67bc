package org.xieshang.deadlines;

import java.time.LocalDate;

/**
 * A statutory clock of a case or of a congress ran out without its act (the due day when the clock has one): published
 * in the transaction of the step or timer that noticed it.
 */
public record ClockMissed(Long caseId, Long congressId, String clock, LocalDate dueOn) {
}
