package org.xieshang.system;

import java.io.Serializable;

/** The signed-in person and the one party he acts for; every read in the portal is decided from this. */
public record PortalUser(String userId, String displayName, String partyId, PartyKind partyKind,
                         Localized partyName, Long districtId, Long enterpriseId, Long federationId,
                         Position position) implements Serializable {

    public boolean admin() {
        return partyKind == PartyKind.ADMIN;
    }

    public boolean districtWide() {
        return partyKind.districtWide();
    }
}
