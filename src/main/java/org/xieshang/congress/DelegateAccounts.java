package org.xieshang.congress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.enterprise.Enterprise;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.BusinessRuleException.Violation;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;

/**
 * Which portal account a delegate signs in with. Only a worker of the congress's own workforce (the enterprise, or a
 * firm the federation covers: an account of its union or of its delegates) and only once: never the employer
 * side, never another enterprise's person, never an account that does not exist, never one already sitting for
 * someone else. Each refusal names its rule.
 */
@Component
class DelegateAccounts {

    private final JdbcClient jdbc;
    private final PartyDirectory parties;
    private final EnterpriseRegistry enterprises;

    DelegateAccounts(JdbcClient jdbc, PartyDirectory parties, EnterpriseRegistry enterprises) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.enterprises = enterprises;
    }

    /** The enterprises whose workers may sit in this owner's congress. */
    Set<Long> workforce(CongressOwner owner) {
        return owner.enterpriseId() != null ? Set.of(owner.enterpriseId())
                : Set.copyOf(enterprises.members(owner.federationId()).stream().map(Enterprise::id).toList());
    }

    /** The people picker: workers of the workforce whose account sits for nobody yet. */
    List<PartyDirectory.PartyMember> linkable(CongressOwner owner) {
        List<PartyDirectory.PartyMember> workers = parties.workersOf(workforce(owner));
        Map<String, String> linked = sittingFor(workers.stream().map(PartyDirectory.PartyMember::userId).toList());
        return workers.stream().filter(m -> !linked.containsKey(m.userId())).toList();
    }

    /** The accounts of the congress's sitting delegates (a delegate without one is reached on paper). */
    List<String> sitting(long congressId) {
        return jdbc.sql("select user_id from congress_delegate where congress_id = ? and status = ? and user_id is not null order by user_id")
                .params(congressId, Delegate.Status.ACTIVE.name()).query(String.class).list();
    }

    /** Which of these accounts sit for a delegate now, and for whom (by the delegate's name). */
    private Map<String, String> sittingFor(List<String> accounts) {
        Map<String, String> sitting = new HashMap<>();
        if (!accounts.isEmpty()) {
            jdbc.sql("select user_id, name from congress_delegate where status = :status and user_id in (:ids)")
                    .param("status", Delegate.Status.ACTIVE.name()).param("ids", accounts)
                    .query((rs, i) -> sitting.put(rs.getString("user_id"), rs.getString("name"))).list();
        }
        return sitting;
    }

    /**
     * The broken rule of each account in {@code accounts}, position by position (null: fine, or no account given),
     * checked together so a CSV of hundreds of rows costs two queries; an account given twice is refused the second
     * time.
     */
    List<Violation> problems(CongressOwner owner, List<String> accounts) {
        List<String> given = accounts.stream().filter(a -> a != null && !a.isBlank()).map(String::trim).toList();
        List<Violation> problems = new ArrayList<>();
        if (given.isEmpty()) {
            accounts.forEach(a -> problems.add(null));
            return problems;
        }
        Map<String, PartyDirectory.Affiliation> known = parties.affiliations(given);
        Map<String, String> sittingFor = sittingFor(given);
        Set<Long> workforce = workforce(owner);
        Set<String> seen = new HashSet<>();
        for (String raw : accounts) {
            String account = raw == null ? "" : raw.trim();
            problems.add(account.isEmpty() ? null
                    : problem(account, known.get(account), workforce, sittingFor.get(account), !seen.add(account)).orElse(null));
        }
        return problems;
    }

    private static Optional<Violation> problem(String account, PartyDirectory.Affiliation a, Set<Long> workforce,
                                               String sittingFor, boolean repeated) {
        if (account.length() > 64 || a == null) {
            return Optional.of(new Violation("account", "congress.account.unknown", shorten(account)));
        }
        if (a.enterpriseId() != null && !workforce.contains(a.enterpriseId())) {
            return Optional.of(new Violation("account", "congress.account.otherEnterprise", account));
        }
        if (a.kind() == PartyKind.EMPLOYER) {
            return Optional.of(new Violation("account", "congress.account.employerSide", account));
        }
        if ((a.kind() != PartyKind.UNION && a.kind() != PartyKind.DELEGATE) || a.enterpriseId() == null) {
            return Optional.of(new Violation("account", "congress.account.notWorker", account));
        }
        if (sittingFor != null || repeated) {
            return Optional.of(new Violation("account", "congress.account.linked", account, sittingFor == null ? "" : sittingFor));
        }
        return Optional.empty();
    }

    private static String shorten(String account) {
        return account.length() > 64 ? account.substring(0, 64) + "…" : account;
    }
}
