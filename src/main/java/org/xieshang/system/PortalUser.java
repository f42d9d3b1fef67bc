package org.xieshang.system;

import java.io.Serializable;
import java.security.Principal;

/** The signed-in person and the one party he acts for; every read in the portal is decided from this. */
public record PortalUser(String userId, String displayName, String partyId, PartyKind partyKind,
                         Localized partyName, Long districtId, Long enterpriseId, Long federationId,
                         Position position) implements Principal, Serializable {

    /** Spring Security and Camunda both read the user id through this. */
    @Override
    public String getName() {
        return userId;
    }

    public boolean admin() {
        return partyKind == PartyKind.ADMIN;
    }

    public boolean districtWide() {
        return partyKind.districtWide();
    }
}
