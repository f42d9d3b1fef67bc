package org.xieshang.history;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.system.Like;

/** What was recorded from paper, for the list; and the facts a new record is checked against. */
@Repository
class HistoryTable {

    /** One recorded item: a contract (its type and term) or a session (its date and attendance), who recorded it. */
    public record Recorded(String kind, String enterprise, String what, LocalDate on, String recordedBy,
                           Long scanDocumentId) {
    }

    /** An enterprise or (federation true) a federation a record may be made for; {@code key} is how a form names it. */
    public record Firm(long id, String name, String uscc, long districtId, boolean federation) {
        public String key() {
            return (federation ? "f" : "e") + id;
        }
    }

    private final JdbcClient jdbc;

    HistoryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enterprises (and federations) of a district, or one enterprise, or one federation. */
    List<Firm> firms(Long districtId, Long enterpriseId, Long federationId) {
        List<Firm> firms = new ArrayList<>();
        if (federationId == null) {
            firms.addAll(jdbc.sql("select id, name, uscc, district_id from enterprise where "
                            + (enterpriseId != null ? "id = ?" : "district_id = ?") + " order by name")
                    .param(enterpriseId != null ? enterpriseId : districtId)
                    .query((rs, i) -> new Firm(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"), rs.getLong("district_id"),
                            false)).list());
        }
        if (enterpriseId == null) {
            firms.addAll(jdbc.sql("select id, name, district_id from federation where "
                            + (federationId != null ? "id = ?" : "district_id = ?") + " order by name")
                    .param(federationId != null ? federationId : districtId)
                    .query((rs, i) -> new Firm(rs.getLong("id"), rs.getString("name"), null, rs.getLong("district_id"), true)).list());
        }
        return firms;
    }

    Optional<Long> enterpriseByUscc(String uscc) {
        return jdbc.sql("select id from enterprise where uscc = ?").param(uscc).query(Long.class).optional();
    }

    private static final String IN_FORCE = " and contract_type = ? and status = ? and effective_on <= ? and expires_on >= ?";
    private static final String ENTERPRISE_IN_FORCE = "select count(*) from collective_contract where enterprise_id = ?" + IN_FORCE;
    private static final String FEDERATION_IN_FORCE = "select count(*) from collective_contract where federation_id = ?" + IN_FORCE;

    /** Whether the enterprise (or, {@code federation}, the federation) has a contract of this type in force on that day. */
    boolean inForce(long partyId, boolean federation, String type, LocalDate on, String effective) {
        return jdbc.sql(federation ? FEDERATION_IN_FORCE : ENTERPRISE_IN_FORCE)
                .params(partyId, type, effective, Date.valueOf(on), Date.valueOf(on)).query(Integer.class).single() > 0;
    }

    /** Whether a session of the enterprise's congress was held that day. */
    boolean sessionOn(long enterpriseId, LocalDate day) {
        return jdbc.sql("""
                        select count(*) from congress_session s join congress c on c.id = s.congress_id
                        where c.enterprise_id = ? and cast(s.starts_at as date) = ?""")
                .params(enterpriseId, Date.valueOf(day)).query(Integer.class).single() > 0;
    }

    private static final String RECORDED = """
            select * from (
                select 1 as kind, coalesce(e.name, f.name) as name, coalesce(e.district_id, f.district_id) as district_id,
                       k.enterprise_id, k.federation_id, k.contract_type as what, k.effective_on as on_day, k.recorded_by,
                       k.scan_document_id, k.id as item_id
                from collective_contract k left join enterprise e on e.id = k.enterprise_id
                    left join federation f on f.id = k.federation_id
                where k.recorded_by is not null
                union all
                select 2, coalesce(e.name, f.name), coalesce(e.district_id, f.district_id), c.enterprise_id, c.federation_id, c.kind,
                       cast(s.starts_at as date), s.recorded_by, s.scan_document_id, s.id
                from congress_session s join congress c on c.id = s.congress_id left join enterprise e on e.id = c.enterprise_id
                    left join federation f on f.id = c.federation_id
                where s.recorded_by is not null) r
            where %s""";

    int count(String scope, List<Object> scopeParams, String search) {
        return jdbc.sql("select count(*) from (" + recorded(scope, search) + ") n").params(params(scopeParams, search))
                .query(Integer.class).single();
    }

    List<Recorded> page(String scope, List<Object> scopeParams, String search, int offset, int limit) {
        List<Object> params = params(scopeParams, search);
        params.add(offset);
        params.add(limit);
        return jdbc.sql(recorded(scope, search) + " order by r.on_day desc, r.item_id desc offset ? rows fetch next ? rows only")
                .params(params)
                // 1: a contract, 2: a session (the union's first branch and second).
                .query((rs, i) -> new Recorded(rs.getInt("kind") == 1 ? "CONTRACT" : "SESSION", rs.getString("name"),
                        rs.getString("what"), rs.getDate("on_day").toLocalDate(), rs.getString("recorded_by"),
                        rs.getObject("scan_document_id", Long.class)))
                .list();
    }

    private static String recorded(String scope, String search) {
        return RECORDED.formatted(scope + (search.isEmpty() ? "" : " and r.name like ?" + Like.ESCAPE));
    }

    private static List<Object> params(List<Object> scopeParams, String search) {
        List<Object> params = new ArrayList<>(scopeParams);
        if (!search.isEmpty()) {
            params.add(Like.containing(search));
        }
        return params;
    }
}
