package org.xieshang.congress;

/**
 * What the congress does with an agenda item (EDM functions): hear a report, discuss a rule affecting workers (LCL
 * Art. 4: the congress discusses and gives opinions, the rule is then settled with the union, so it takes no vote),
 * approve (contract draft, welfare fund plan, contribution changes, nominations), elect (employee director or
 * supervisor), evaluate managers. Elections and evaluations are per person and always secret.
 */
public enum ItemKind {
    REPORT(false, false), RULE(false, false), APPROVE(true, false), ELECT(true, true), EVALUATE(true, true);

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

    /** Passed plans and rules settled with the union go to the factory-affairs disclosure (厂务公开). */
    boolean disclosedWhenPassed() {
        return this == RULE || this == APPROVE;
    }
}
