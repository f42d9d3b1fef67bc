package org.xieshang.system;

/** What a party is (roles.md); message key party.kind.NAME names it in the portal. */
public enum PartyKind {
    UNION, EMPLOYER, RECORDER, DELEGATE, LABOUR_BUREAU, UPPER_UNION, INSTRUCTOR, ADMIN;

    public boolean official() {
        return this == LABOUR_BUREAU || this == UPPER_UNION;
    }
}
