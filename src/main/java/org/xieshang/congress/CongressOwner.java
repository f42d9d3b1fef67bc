package org.xieshang.congress;

import org.xieshang.system.PartyDirectory;

/** Whose congress: an enterprise's, or an industry/regional federation's for the small firms it covers. */
public record CongressOwner(Long enterpriseId, Long federationId) {

    public static CongressOwner enterprise(long id) {
        return new CongressOwner(id, null);
    }

    public static CongressOwner federation(long id) {
        return new CongressOwner(null, id);
    }

    /** The union side that keeps the roster. */
    String unionGroup() {
        return enterpriseId != null ? PartyDirectory.unionOf(enterpriseId) : PartyDirectory.federationUnionOf(federationId);
    }


    long id() {
        return enterpriseId != null ? enterpriseId : federationId;
    }

    /** Where its page lives in the portal. */
    public String path() {
        return (enterpriseId != null ? "/enterprises/" : "/federations/") + id() + "/congress";
    }
}
