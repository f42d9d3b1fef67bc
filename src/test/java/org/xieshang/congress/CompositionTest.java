package org.xieshang.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.system.BusinessRuleException.Violation;

/** The composition rules of EDM that block convening, without a Spring context. */
class CompositionTest {

    private static final Congress CONGRESS = new Congress(1, CongressOwner.enterprise(1), DemocraticBody.WORKERS_CONGRESS,
            LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));

    @Test
    void a_congress_needs_five_percent_of_staff_and_at_least_thirty() {
        assertThat(Composition.of(CONGRESS, staff(400), delegates(30, 0, 1, 0)).canConvene()).isTrue();
        Composition few = Composition.of(CONGRESS, staff(800), delegates(30, 0, 1, 0));
        assertThat(few.required()).isEqualTo(40);
        assertThat(keys(few)).containsExactly("congress.rule.size");
        assertThat(keys(Composition.of(CONGRESS, staff(100), delegates(29, 0, 1, 0)))).containsExactly("congress.rule.size");
    }

    @Test
    void managers_and_leaders_hold_at_most_a_fifth_of_the_seats() {
        assertThat(Composition.of(CONGRESS, staff(400), delegates(30, 6, 1, 0)).canConvene()).isTrue();
        assertThat(keys(Composition.of(CONGRESS, staff(400), delegates(30, 7, 1, 0)))).containsExactly("congress.rule.management");
    }

    @Test
    void women_and_dispatched_workers_sit_where_the_enterprise_employs_them() {
        Workforce mixed = new Workforce("测试企业", 400, 120, 30);
        assertThat(keys(Composition.of(CONGRESS, mixed, delegates(30, 0, 0, 0))))
                .containsExactly("congress.rule.women", "congress.rule.dispatched");
        assertThat(Composition.of(CONGRESS, mixed, delegates(30, 0, 3, 1)).canConvene()).isTrue();
    }

    @Test
    void an_all_staff_meeting_seats_every_employee() {
        Congress meeting = new Congress(2, CongressOwner.enterprise(2), DemocraticBody.ALL_STAFF_MEETING,
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(Composition.of(meeting, staff(60), delegates(60, 0, 1, 0)).canConvene()).isTrue();
        assertThat(keys(Composition.of(meeting, staff(60), delegates(59, 0, 1, 0)))).containsExactly("congress.rule.allStaff");
    }

    private static Workforce staff(int headcount) {
        return new Workforce("测试企业", headcount, 0, 0);
    }

    /** {@code n} sitting delegates, the first {@code managers} managers, {@code women} women, {@code dispatched} dispatched. */
    private static List<Delegate> delegates(int n, int managers, int women, int dispatched) {
        List<Delegate> sitting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sitting.add(new Delegate(i, 1, "代表" + i, "第一选区", i < managers ? DelegateCategory.MANAGER : DelegateCategory.WORKER,
                    i >= n - women, i < dispatched, Delegate.Status.ACTIVE, LocalDate.of(2025, 1, 1), null));
        }
        return sitting;
    }

    private static List<String> keys(Composition c) {
        return c.failures().stream().map(Violation::messageKey).toList();
    }
}
