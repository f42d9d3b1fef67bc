package org.xieshang.system;

import java.io.Serializable;
import java.security.Principal;

/** The signed-in person and the one party he acts for; every read in the portal is decided from this. */
public record PortalUser(String userId, String displayName, String partyId, PartyKind partyKind,
                         Localized partyName, Long districtId, Long enterpriseId, Long federationId,
                         Position position, Long areaId) implements Principal, Serializable {

    /** Spring Security and Camunda both read the user id through this. */
    @Override
    public String getName() {
        return userId;
    }

    public boolean admin() {
        return partyKind == PartyKind.ADMIN;
    }

    /** A labour bureau or upper-level union at any level: sees every enterprise, case and figure of its area's subtree. */
    public boolean official() {
        return partyKind.official();
    }

    /**
     * An official of a district, who also acts in its cases (the tasks, the registry, the wage guideline); an official
     * of a city or province watches the districts below and acts in none of their cases.
     */
    public boolean districtOfficial() {
        return official() && districtId != null;
    }
}
