package org.xieshang.negotiation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xieshang.negotiation.Delegations.Member;
import org.xieshang.negotiation.Delegations.NewMember;
import org.xieshang.system.BusinessRuleException;

/**
 * The rules a side's delegation must meet (CCR Arts. 19–24, 27): at least 3 and at most the province's bound, one
 * chief who is the principal or holds his written authorisation and is no outside expert, outside experts appointed
 * in writing and at most a third, nobody twice, and, once the other side is named, equal numbers and nobody on
 * both sides. Pure: every broken rule is named with its article, none is checked against the database.
 */
final class DelegationRules {

    private DelegationRules() {
    }

    static void check(Side side, List<NewMember> members, List<Member> otherSide, int maximum) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        int n = members.size();
        rules.check(members.stream().allMatch(m -> text(m.name(), 50) && text(m.title(), 100)
                && (m.authorisedBy() == null || m.authorisedBy().trim().length() <= 50)), "members", "delegation.rule.names");
        rules.check(n >= Delegations.MINIMUM, "members", "delegation.rule.minimum", n);
        rules.check(maximum <= 0 || n <= maximum, "members", "delegation.rule.maximum", n, maximum);
        long chiefs = members.stream().filter(NewMember::chief).count();
        rules.check(chiefs == 1, "members", "delegation.rule.oneChief", chiefs);
        members.stream().filter(NewMember::chief).forEach(chief -> {
            rules.check(!chief.outsideExpert(), "members", "delegation.rule.expertChief", chief.name());
            rules.check(chief.principal() || authorised(chief), "members",
                    side == Side.UNION ? "delegation.rule.unionChief" : "delegation.rule.employerChief", chief.name());
        });
        long experts = members.stream().filter(NewMember::outsideExpert).count();
        rules.check(experts * 3 <= n, "members", "delegation.rule.experts", experts, n);
        members.stream().filter(NewMember::outsideExpert).filter(m -> !authorised(m))
                .forEach(m -> rules.check(false, "members", "delegation.rule.expertAuthorisation", m.name()));
        Set<String> names = new HashSet<>();
        members.forEach(m -> rules.check(m.name() == null || names.add(m.name().trim()), "members",
                "delegation.rule.duplicate", m.name()));
        if (!otherSide.isEmpty()) {
            rules.check(otherSide.size() == n, "members", "delegation.rule.equal", n, otherSide.size());
            otherSide.forEach(o -> rules.check(!names.contains(o.name()), "members", "delegation.rule.bothSides", o.name()));
        }
        rules.throwIfAny();
    }

    private static boolean authorised(NewMember m) {
        return m.authorisedBy() != null && !m.authorisedBy().isBlank() && m.authorisedOn() != null;
    }

    private static boolean text(String s, int maxLength) {
        return s != null && !s.isBlank() && s.trim().length() <= maxLength;
    }

    static NewMember asNew(Member m) {
        return new NewMember(m.name(), m.title(), m.chief(), m.principal(), m.outsideExpert(), m.authorisedBy(), m.authorisedOn(),
                m.labourContractEndsOn());
    }

}
