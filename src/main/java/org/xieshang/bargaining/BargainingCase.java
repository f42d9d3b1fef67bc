package org.xieshang.bargaining;

import java.time.Instant;

import org.xieshang.system.PartyDirectory;

/** One bargaining cycle of an enterprise or a federation (exactly one of the two ids is set). */
public record BargainingCase(long id, String caseNo, Long campaignId, long districtId, Long enterpriseId,
                             Long federationId, String partyName, CaseStage stage, LadderStep ladderStep,
                             String openedBy, Instant openedAt, Initiator initiator) {

    /** The union side and the employer side of the table. */
    public String unionGroup() {
        return enterpriseId != null ? PartyDirectory.unionOf(enterpriseId)
                : PartyDirectory.federationUnionOf(federationId);
    }

    public String employerGroup() {
        return enterpriseId != null ? PartyDirectory.employerOf(enterpriseId)
                : PartyDirectory.federationEmployerOf(federationId);
    }

    /** The side that drafts and sends the offer (CCR Art. 32): the union, unless the employer opened the case. */
    public String offeringGroup() {
        return initiator == Initiator.EMPLOYER ? employerGroup() : unionGroup();
    }

    /** The side that must answer the offer in writing within the response clock. */
    public String answeringGroup() {
        return initiator == Initiator.EMPLOYER ? unionGroup() : employerGroup();
    }

    public boolean offeredByEmployer() {
        return initiator == Initiator.EMPLOYER;
    }

    public String recorderGroup() {
        return enterpriseId != null ? PartyDirectory.recorderOf(enterpriseId)
                : PartyDirectory.federationRecorderOf(federationId);
    }
}
