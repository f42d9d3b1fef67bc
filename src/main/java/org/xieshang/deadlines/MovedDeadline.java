package org.xieshang.deadlines;

import java.time.LocalDate;

/** A deadline a new holiday notice moved: where (a case number or process key), which clock, from and to. */
public record MovedDeadline(String reference, String clockId, Kind kind, LocalDate oldDue, LocalDate newDue) {

    /** DEADLINE: a date the product keeps and shows; TASK: a task's due date; TIMER: the day a waiting timer fires. */
    public enum Kind { DEADLINE, TASK, TIMER }
}
