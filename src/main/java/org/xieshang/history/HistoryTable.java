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
    public record Recorded(String kind, long enterpriseId, String enterprise, String what, LocalDate on, String recordedBy,
                           Long scanDocumentId) {
    }

    /** An enterprise a record may be made for. */
    public record Firm(long id, String name, String uscc, long districtId) {
    }

    private final JdbcClient jdbc;

    HistoryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Firm> firms(Long districtId, Long enterpriseId) {
        return jdbc.sql("select id, name, uscc, district_id from enterprise where " + (enterpriseId != null ? "id = ?" : "district_id = ?")
                        + " order by name")
                .param(enterpriseId != null ? enterpriseId : districtId)
                .query((rs, i) -> new Firm(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"), rs.getLong("district_id")))
                .list();
    }

    Optional<Long> enterpriseByUscc(String uscc) {
        return jdbc.sql("select id from enterprise where uscc = ?").param(uscc).query(Long.class).optional();
    }

    /** Whether the enterprise has a contract of this type in force on that day. */
    boolean inForce(long enterpriseId, String type, LocalDate on, String effective) {
        return jdbc.sql("""
                        select count(*) from collective_contract where enterprise_id = ? and contract_type = ? and status = ?
                            and effective_on <= ? and expires_on >= ?""")
                .params(enterpriseId, type, effective, Date.valueOf(on), Date.valueOf(on)).query(Integer.class).single() > 0;
    }

    /** Whether a session of the enterprise's congress was held that day. */
    boolean sessionOn(long enterpriseId, LocalDate day) {
        return jdbc.sql("""
                        select count(*) from congress_session s join congress c on c.id = s.congress_id
                        where c.enterprise_id = ? and cast(s.starts_at as date) = ?""")
                .params(enterpriseId, Date.valueOf(day)).query(Integer.class).single() > 0;
    }

    private static final String RECORDED = """
            select 1 as kind, e.id as enterprise_id, e.name, k.contract_type as what, k.effective_on as on_day,
                   k.recorded_by, k.scan_document_id, k.id as item_id
            from collective_contract k join enterprise e on e.id = k.enterprise_id where k.recorded_by is not null and %1$s
            union all
            select 2, e.id, e.name, c.kind, cast(s.starts_at as date), s.recorded_by, s.scan_document_id, s.id
            from congress_session s join congress c on c.id = s.congress_id join enterprise e on e.id = c.enterprise_id
            where s.recorded_by is not null and %1$s""";

    int count(String scope, List<Object> scopeParams, String search) {
        return jdbc.sql("select count(*) from (" + recorded(scope, search) + ") r").params(params(scopeParams, search))
                .query(Integer.class).single();
    }

    List<Recorded> page(String scope, List<Object> scopeParams, String search, int offset, int limit) {
        List<Object> params = params(scopeParams, search);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("select * from (" + recorded(scope, search) + ") r order by on_day desc, item_id desc offset ? rows fetch next ? rows only")
                .params(params)
                // 1: a contract, 2: a session (the union's first branch and second).
                .query((rs, i) -> new Recorded(rs.getInt("kind") == 1 ? "CONTRACT" : "SESSION", rs.getLong("enterprise_id"), rs.getString("name"),
                        rs.getString("what"), rs.getDate("on_day").toLocalDate(), rs.getString("recorded_by"),
                        rs.getObject("scan_document_id", Long.class)))
                .list();
    }

    private static String recorded(String scope, String search) {
        String where = scope + (search.isEmpty() ? "" : " and e.name like ?" + Like.ESCAPE);
        return RECORDED.formatted(where);
    }

    private static List<Object> params(List<Object> scopeParams, String search) {
        List<Object> params = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            params.addAll(scopeParams);
            if (!search.isEmpty()) {
                params.add(Like.containing(search));
            }
        }
        return params;
    }
}
