package org.xieshang.bargaining;

/** Where a case stands (metrics.md "stage funnel"); message key case.stage.NAME. */
public enum CaseStage {
    DRAFT, QUESTIONNAIRE, OFFER_SENT, TIME_PROPOSED, REFUSAL_REVIEW, PREPARATION, ROUNDS, DISPUTE, CONGRESS, SIGNING, REFUSED
}
