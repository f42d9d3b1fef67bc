package org.xieshang.bargaining;

/**
 * The nine steps a case page shows as its progress (要约 → 回应 → 准备 → 协商 → 职代会审议 → 签字 → 报送 → 审查 → 公布),
 * each covering one or more stages; message key case.step.NAME.
 */
public enum CaseStep {
    OFFER, ANSWER, PREPARATION, ROUNDS, CONGRESS, SIGNING, FILING, REVIEW, PUBLICATION;

    /** The step a stage belongs to; a case refused at the answer stops there. */
    public static CaseStep of(CaseStage stage) {
        return switch (stage) {
            case DRAFT, QUESTIONNAIRE -> OFFER;
            case OFFER_SENT, TIME_PROPOSED, REFUSAL_REVIEW, REFUSED -> ANSWER;
            case PREPARATION -> PREPARATION;
            case ROUNDS, DISPUTE -> ROUNDS;
            case CONGRESS -> CONGRESS;
            case SIGNING -> SIGNING;
            case FILING -> FILING;
            case REVIEW -> REVIEW;
            case CONCLUDED -> PUBLICATION;
        };
    }
}
