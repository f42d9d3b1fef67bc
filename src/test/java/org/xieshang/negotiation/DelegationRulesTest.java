package org.xieshang.negotiation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xieshang.system.BusinessRuleException;

/** The delegation rules of CCR Arts. 19–24 and 27, without a Spring context. */
class DelegationRulesTest {

    private static Delegations.NewMember chief(String name) {
        return new Delegations.NewMember(name, "工会主席", true, true, false, null, null);
    }

    private static Delegations.NewMember member(String name) {
        return new Delegations.NewMember(name, "职工代表", false, false, false, null, null);
    }

    private static Delegations.NewMember expert(String name, boolean authorised) {
        return new Delegations.NewMember(name, "律师", false, false, true, authorised ? "王秀兰" : null,
                authorised ? LocalDate.of(2026, 11, 1) : null);
    }

    @Test
    void three_members_with_one_chief_acting_in_person_are_a_lawful_delegation() {
        assertThatCode(() -> DelegationRules.check(Side.UNION, List.of(chief("吴丽萍"), member("马建国"), member("杨帆")), List.of(), 0))
                .doesNotThrowAnyException();
    }

    @Test
    void fewer_than_three_or_no_chief_or_two_chiefs_are_refused_with_every_rule_named() {
        assertThatThrownBy(() -> DelegationRules.check(Side.UNION, List.of(member("马建国"), member("杨帆")), List.of(), 0))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> org.assertj.core.api.Assertions.assertThat(
                        e.violations()).extracting(BusinessRuleException.Violation::messageKey)
                        .containsExactly("delegation.rule.minimum", "delegation.rule.oneChief"));
        assertThatThrownBy(() -> DelegationRules.check(Side.UNION, List.of(chief("吴丽萍"), chief("马建国"), member("杨帆")), List.of(), 0))
                .hasMessage("delegation.rule.oneChief");
    }

    @Test
    void a_chief_who_is_not_the_principal_needs_a_written_authorisation() {
        var deputy = new Delegations.NewMember("马建国", "工会副主席", true, false, false, null, null);
        assertThatThrownBy(() -> DelegationRules.check(Side.EMPLOYER, List.of(deputy, member("陈静"), member("王芳")), List.of(), 0))
                .hasMessage("delegation.rule.employerChief");
        var authorised = new Delegations.NewMember("马建国", "工会副主席", true, false, false, "王秀兰", LocalDate.of(2026, 11, 1));
        assertThatCode(() -> DelegationRules.check(Side.UNION, List.of(authorised, member("陈静"), member("王芳")), List.of(), 0))
                .doesNotThrowAnyException();
    }

    @Test
    void outside_experts_are_authorised_at_most_a_third_and_never_chief() {
        assertThatCode(() -> DelegationRules.check(Side.UNION, List.of(chief("吴丽萍"), member("马建国"), expert("李律师", true)),
                List.of(), 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DelegationRules.check(Side.UNION, List.of(chief("吴丽萍"), expert("李律师", true),
                expert("赵律师", true)), List.of(), 0)).hasMessage("delegation.rule.experts");
        assertThatThrownBy(() -> DelegationRules.check(Side.UNION, List.of(chief("吴丽萍"), member("马建国"), expert("李律师", false)),
                List.of(), 0)).hasMessage("delegation.rule.expertAuthorisation");
    }

    @Test
    void the_sides_are_equal_in_number_and_nobody_sits_on_both() {
        List<Delegations.Member> employer = List.of(member(1, "周建国"), member(2, "陈静"), member(3, "王芳"), member(4, "杨帆"));
        assertThatThrownBy(() -> DelegationRules.check(Side.UNION, List.of(chief("吴丽萍"), member("马建国"), member("杨帆")),
                employer, 0)).isInstanceOfSatisfying(BusinessRuleException.class, e -> org.assertj.core.api.Assertions.assertThat(
                        e.violations()).extracting(BusinessRuleException.Violation::messageKey)
                .containsExactly("delegation.rule.equal", "delegation.rule.bothSides"));
    }

    @Test
    void a_province_bound_on_the_size_applies_when_set() {
        var five = List.of(chief("吴丽萍"), member("甲"), member("乙"), member("丙"), member("丁"));
        assertThatCode(() -> DelegationRules.check(Side.UNION, five, List.of(), 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DelegationRules.check(Side.UNION, five, List.of(), 4)).hasMessage("delegation.rule.maximum");
    }

    @Test
    void names_and_titles_fit_their_columns() {
        var longName = new Delegations.NewMember("名".repeat(51), "职工代表", false, false, false, null, null);
        assertThatThrownBy(() -> DelegationRules.check(Side.UNION, List.of(chief("吴丽萍"), member("马建国"), longName), List.of(), 0))
                .hasMessage("delegation.rule.names");
    }

    private static Delegations.Member member(long id, String name) {
        return new Delegations.Member(id, Side.EMPLOYER, name, "职员", id == 1, id == 1, false, null, null, true, null, null, null);
    }
}
