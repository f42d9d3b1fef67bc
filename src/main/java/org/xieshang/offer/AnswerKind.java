package org.xieshang.offer;

/** The employer's written answer (CCR Art. 32): accept, propose another time, or refuse with a reason. */
public enum AnswerKind {
    ACCEPT, OTHER_TIME, REFUSE
}
