package org.xieshang.offer;

import org.xieshang.bargaining.CaseEventKind;

/** The employer's written answer (CCR Art. 32): accept, propose another time, or refuse with a reason. */
public enum AnswerKind {
    ACCEPT(CaseEventKind.ANSWERED_ACCEPT), OTHER_TIME(CaseEventKind.ANSWERED_OTHER_TIME), REFUSE(CaseEventKind.ANSWERED_REFUSE);

    private final CaseEventKind event;

    AnswerKind(CaseEventKind event) {
        this.event = event;
    }

    /** The answer's entry on the case timeline. */
    public CaseEventKind event() {
        return event;
    }
}
