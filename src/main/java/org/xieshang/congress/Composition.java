package org.xieshang.congress;

import java.util.ArrayList;
import java.util.List;

import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.Enterprise;
import org.xieshang.system.BusinessRuleException.Violation;

/**
 * Whether a congress's sitting delegates meet EDM: at least 5 % of staff and at least 30 (an all-staff meeting:
 * every employee), managers and leaders at most 20 %, women and dispatched workers among them where the
 * enterprise employs them. Each failure is explained; a session cannot be convened until there are none.
 */
public record Composition(int delegates, int required, int management, int women, int dispatched,
                          List<Violation> failures) {

    static final int MINIMUM_DELEGATES = 30;

    static Composition of(Congress congress, Enterprise enterprise, List<Delegate> sitting) {
        int count = sitting.size();
        int required = congress.kind() == DemocraticBody.ALL_STAFF_MEETING ? enterprise.headcount()
                : Math.max(MINIMUM_DELEGATES, (enterprise.headcount() * 5 + 99) / 100);
        int management = (int) sitting.stream().filter(d -> d.category().management()).count();
        int women = (int) sitting.stream().filter(Delegate::woman).count();
        int dispatched = (int) sitting.stream().filter(Delegate::dispatched).count();
        List<Violation> failures = new ArrayList<>();
        if (count < required) {
            failures.add(new Violation(null, congress.kind() == DemocraticBody.ALL_STAFF_MEETING
                    ? "congress.rule.allStaff" : "congress.rule.size", count, required, enterprise.headcount()));
        }
        if (management * 5 > count) {
            failures.add(new Violation(null, "congress.rule.management", management, count));
        }
        if (enterprise.womenCount() != null && enterprise.womenCount() > 0 && women == 0) {
            failures.add(new Violation(null, "congress.rule.women", enterprise.womenCount()));
        }
        if (enterprise.dispatchedCount() != null && enterprise.dispatchedCount() > 0 && dispatched == 0) {
            failures.add(new Violation(null, "congress.rule.dispatched", enterprise.dispatchedCount()));
        }
        return new Composition(count, required, management, women, dispatched, List.copyOf(failures));
    }

    public boolean canConvene() {
        return failures.isEmpty();
    }
}
