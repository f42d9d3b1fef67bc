package org.xieshang.bargaining;

import java.time.Instant;

import org.xieshang.system.PartyDirectory;

/** One bargaining cycle of an enterprise or a federation (exactly one of the two ids is set). */
public record BargainingCase(long id, String caseNo, Long campaignId, long districtId, Long enterpriseId,
                             Long federationId, String partyName, CaseStage stage, LadderStep ladderStep,
                             String openedBy, Instant openedAt) {

    /** The union side that drives the case and the employer side that answers. */
    public String unionGroup() {
        return enterpriseId != null ? PartyDirectory.unionOf(enterpriseId)
                : PartyDirectory.federationUnionOf(federationId);
    }

    public String employerGroup() {
        return enterpriseId != null ? PartyDirectory.employerOf(enterpriseId)
                : PartyDirectory.federationEmployerOf(federationId);
    }

    public String recorderGroup() {
        return enterpriseId != null ? PartyDirectory.recorderOf(enterpriseId)
                : PartyDirectory.federationRecorderOf(federationId);
    }
}
