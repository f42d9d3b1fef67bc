package org.xieshang.congress;

import java.util.ArrayList;
import java.util.List;

import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.system.BusinessRuleException.Violation;

/**
 * Whether a congress's sitting delegates meet EDM: at least 5 % of staff and at least 30 (an all-staff meeting:
 * every employee), managers and leaders at most 20 %, women and dispatched workers among them where the
 * enterprise (or the federation's firms) employs them. Each failure is explained; a session cannot be convened until there are none.
 */
public record Composition(int delegates, int required, int management, int women, int dispatched,
                          List<Violation> failures) {

    static final int MINIMUM_DELEGATES = 30;

    static Composition of(Congress congress, Workforce staff, List<Delegate> sitting) {
        int count = sitting.size();
        int required = congress.kind() == DemocraticBody.ALL_STAFF_MEETING ? staff.headcount()
                : Math.max(MINIMUM_DELEGATES, (staff.headcount() * 5 + 99) / 100);
        int management = (int) sitting.stream().filter(d -> d.category().management()).count();
        int women = (int) sitting.stream().filter(Delegate::woman).count();
        int dispatched = (int) sitting.stream().filter(Delegate::dispatched).count();
        List<Violation> failures = new ArrayList<>();
        if (count < required) {
            failures.add(new Violation(null, congress.kind() == DemocraticBody.ALL_STAFF_MEETING
                    ? "congress.rule.allStaff" : "congress.rule.size", count, required, staff.headcount()));
        }
        if (management * 5 > count) {
            failures.add(new Violation(null, "congress.rule.management", management, count));
        }
        if (staff.women() > 0 && women == 0) {
            failures.add(new Violation(null, "congress.rule.women", staff.women()));
        }
        if (staff.dispatched() > 0 && dispatched == 0) {
            failures.add(new Violation(null, "congress.rule.dispatched", staff.dispatched()));
        }
        return new Composition(count, required, management, women, dispatched, List.copyOf(failures));
    }

    public boolean canConvene() {
        return failures.isEmpty();
    }
}
