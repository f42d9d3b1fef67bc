package org.xieshang.congress;

/**
 * What the congress does with an agenda item (EDM functions): hear a report, deliberate a rule affecting workers
 * (LCL Art. 4), approve (contract draft, welfare fund plan, contribution changes, nominations), elect (employee
 * director or supervisor), evaluate managers. Elections and evaluations are per person and always secret.
 */
public enum ItemKind {
    REPORT(false, false), RULE(true, false), APPROVE(true, false), ELECT(true, true), EVALUATE(true, true);

    private final boolean voted;
    private final boolean perPerson;

    ItemKind(boolean voted, boolean perPerson) {
        this.voted = voted;
        this.perPerson = perPerson;
    }

    public boolean voted() {
        return voted;
    }

    /** Voted per candidate (election) or per manager evaluated. */
    public boolean perPerson() {
        return perPerson;
    }

    /** Passed rules and plans go to the factory-affairs disclosure (厂务公开). */
    boolean disclosedWhenPassed() {
        return this == RULE || this == APPROVE;
    }
}
