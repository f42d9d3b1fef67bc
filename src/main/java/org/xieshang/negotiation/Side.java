package org.xieshang.negotiation;

import org.xieshang.bargaining.BargainingCase;
import org.xieshang.system.PortalUser;

/** The two sides at the table. */
public enum Side {
    UNION, EMPLOYER;

    public Side other() {
        return this == UNION ? EMPLOYER : UNION;
    }

    public String partyOf(BargainingCase c) {
        return this == UNION ? c.unionGroup() : c.employerGroup();
    }

    /** The side a user acts for in the case, or null (recorder, officials, anyone else). */
    public static Side of(BargainingCase c, PortalUser user) {
        if (c.unionGroup().equals(user.partyId())) {
            return UNION;
        }
        return c.employerGroup().equals(user.partyId()) ? EMPLOYER : null;
    }
}
