package org.xieshang.contract;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.Like;
import org.xieshang.system.PortalUser;

/**
 * The register's SQL: a page of what the search asks for in the order asked for, its count, the contracts by phase and
 * those coming up for renewal, read in the database so that a province's register never loads every contract.
 */
@Repository
class RegisterTable {

    private final JdbcClient jdbc;
    private final ContractScope scopes;
    private final AccessPolicy access;

    RegisterTable(JdbcClient jdbc, ContractScope scopes, AccessPolicy access) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.access = access;
    }

    /** {@link Contract#phase} in SQL, for the day its parameters end with. */
    private static final String PHASE = "case when k.status = ? and k.purpose <> ? then case when k.expires_on < ? then ?"
            + " when k.renewal_opens_on <= ? then ? else ? end else k.status end";

    private static List<Object> phaseParams(LocalDate today) {
        Date day = Date.valueOf(today);
        return List.of(ContractStatus.EFFECTIVE.name(), Contract.Purpose.TERMINATION.name(), day, ContractStatus.EXPIRED.name(),
                day, ContractStatus.RENEWAL_WINDOW.name(), ContractStatus.IN_FORCE.name());
    }

    /** The contracts the search finds, {@code limit} of them from {@code offset}, in the order it asks for. */
    List<Contract> page(PortalUser user, ContractRegister.Search search, LocalDate today, int offset, int limit) {
        Query q = found(user, search, today);
        q.params.add(limit);
        q.params.add(offset);
        return jdbc.sql(Contracts.SELECT + q.where + " order by " + search.sort().order + " limit ? offset ?")
                .params(q.params).query(ContractRows::row).list();
    }

    /** Every contract the search finds, in order (an export). */
    List<Contract> all(PortalUser user, ContractRegister.Search search, LocalDate today) {
        Query q = found(user, search, today);
        return jdbc.sql(Contracts.SELECT + q.where + " order by " + search.sort().order).params(q.params).query(ContractRows::row).list();
    }

    int count(PortalUser user, ContractRegister.Search search, LocalDate today) {
        Query q = found(user, search, today);
        // The case and the party are joined only when words are searched for in their number or name.
        String from = search.q() == null || search.q().isBlank() ? "collective_contract k"
                : "collective_contract k join bargaining_case b on b.id = k.case_id"
                + " left join enterprise e on e.id = k.enterprise_id left join federation f on f.id = k.federation_id";
        return jdbc.sql("select count(*) from " + from + q.where).params(q.params).query(Integer.class).single();
    }

    /** Every contract the user may see, by its phase today. */
    Map<ContractStatus, Long> byPhase(PortalUser user, LocalDate today) {
        return phases(user, today, "", List.of());
    }

    /**
     * Effective contracts (no termination agreements) whose renewal window opened by today, by their phase today
     * (RENEWAL_WINDOW, or EXPIRED before the expiry step ran): the only ones whose phase the date changes.
     */
    Map<ContractStatus, Long> pastRenewalOpening(PortalUser user, LocalDate today) {
        return phases(user, today, " and k.status = ? and k.purpose <> ? and k.renewal_opens_on <= ?",
                List.of(ContractStatus.EFFECTIVE.name(), Contract.Purpose.TERMINATION.name(), Date.valueOf(today)));
    }

    private Map<ContractStatus, Long> phases(PortalUser user, LocalDate today, String condition, List<Object> conditionParams) {
        AccessPolicy.Scope scope = scopes.of(user);
        List<Object> params = new ArrayList<>(phaseParams(today));
        params.addAll(scope.params());
        params.addAll(conditionParams);
        Map<ContractStatus, Long> byPhase = new EnumMap<>(ContractStatus.class);
        jdbc.sql("select phase, count(*) as total from (select " + PHASE + " as phase from collective_contract k where "
                        + scope.condition() + condition + ") x group by phase")
                .params(params).query(rs -> {
                    byPhase.put(ContractStatus.valueOf(rs.getString("phase")), rs.getLong("total"));
                });
        return byPhase;
    }

    /** Contracts in force that expire by {@code horizon} (those in their renewal window first of all), soonest first. */
    List<Contract> expiringBy(PortalUser user, LocalDate today, LocalDate horizon, int limit) {
        AccessPolicy.Scope scope = scopes.of(user);
        List<Object> params = new ArrayList<>(scope.params());
        params.addAll(List.of(ContractStatus.EFFECTIVE.name(), Contract.Purpose.TERMINATION.name(), Date.valueOf(today),
                Date.valueOf(horizon), limit));
        return jdbc.sql(Contracts.SELECT + " where " + scope.condition() + " and k.status = ? and k.purpose <> ?"
                        + " and k.expires_on >= ? and k.expires_on <= ? order by k.expires_on, k.id limit ?")
                .params(params).query(ContractRows::row).list();
    }

    /** Enterprises the user may see that a contract in force covers, and their staff (the figure the steps keep). */
    long[] covered(PortalUser user) {
        AccessPolicy.Scope scope = access.enterpriseScope(user, "e");
        return jdbc.sql("select count(*) as firms, coalesce(sum(e.headcount), 0) as staff from enterprise e where "
                        + scope.condition() + " and e.contracts_in_force > 0")
                .params(scope.params()).query((rs, i) -> new long[] {rs.getLong("firms"), rs.getLong("staff")}).single();
    }

    private record Query(String where, List<Object> params) {
    }

    private Query found(PortalUser user, ContractRegister.Search search, LocalDate today) {
        AccessPolicy.Scope scope = scopes.of(user);
        StringBuilder where = new StringBuilder(" where ").append(scope.condition());
        List<Object> params = new ArrayList<>(scope.params());
        String words = search.q() == null ? "" : search.q().trim();
        if (!words.isEmpty()) {
            String like = Like.containing(words);
            where.append(" and (coalesce(e.name, f.name) like ?" + Like.ESCAPE + " or b.case_no like ?" + Like.ESCAPE + ")");
            params.add(like);
            params.add(like);
        }
        if (search.type() != null) {
            where.append(" and k.contract_type = ?");
            params.add(search.type().name());
        }
        if (search.status() != null) {
            where.append(" and ").append(PHASE).append(" = ?");
            params.addAll(phaseParams(today));
            params.add(search.status().name());
            if (search.status() == ContractStatus.RENEWAL_WINDOW) {
                // Implied by the phase; said so that the expiry index starts at today, not at the oldest expired contract.
                where.append(" and k.expires_on >= ?");
                params.add(Date.valueOf(today));
            }
        }
        return new Query(where.toString(), params);
    }
}
