package org.xieshang.bargaining;

/** The side that sends the offer to bargain (CCR Art. 32); the other side answers it. */
public enum Initiator { UNION, EMPLOYER }
