package org.xieshang.bargaining;

/** The union's labour-law supervision ladder (一函两书); message key case.ladder.NAME. */
public enum LadderStep {
    REMINDER_LETTER, OPINION_LETTER, RECOMMENDATION_LETTER, BUREAU_ACTION
}
