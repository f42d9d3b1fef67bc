package org.xieshang.bargaining;

/** Where a case stands (metrics.md "stage funnel"); message key case.stage.NAME. */
public enum CaseStage {
    DRAFT, QUESTIONNAIRE, OFFER_SENT, TIME_PROPOSED, REFUSAL_REVIEW, PREPARATION, ROUNDS, DISPUTE, CONGRESS, SIGNING,
    FILING, REVIEW, CONCLUDED, REFUSED;

    /** Still running: a new case for the same party waits until this one is refused or its contract is in effect. */
    public boolean open() {
        return this != REFUSED && this != CONCLUDED;
    }
}
