package org.xieshang.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.system.Like;
import org.xieshang.system.PartyKind;
import org.xieshang.system.Position;

/** The district's enterprises whose union chair or legal representative the registry names but no account holds yet. */
@Repository
class AccountsTable {

    /** An enterprise whose chair or legal representative still needs an account, and how each is reached. */
    public record Candidate(long enterpriseId, String name, String uscc, String chair, String chairMobile, String chairEmail,
                            String legalRepresentative, String legalMobile, String legalEmail, boolean chairNeeded,
                            boolean legalNeeded) {
    }

    private static final String HOLDER = """
            exists (select 1 from person s join party p on p.id = s.party_id where p.enterprise_id = e.id and p.kind = :%s and s.position = :%s)""";
    private static final String HAS_CHAIR = HOLDER.formatted("unionKind", "chairPosition");
    private static final String HAS_LEGAL = HOLDER.formatted("employerKind", "legalPosition");
    private static final String SELECT = "select e.*, case when " + HAS_CHAIR + " then 1 else 0 end as has_chair, case when " + HAS_LEGAL
            + " then 1 else 0 end as has_legal from enterprise e where e.district_id = :district"
            + " and ((e.union_founded and e.union_chair is not null and not " + HAS_CHAIR + ") or not " + HAS_LEGAL + ")";

    private final JdbcClient jdbc;

    AccountsTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(long districtId, String search) {
        return statement("select count(*) from (" + SELECT + filter(search) + ") c", districtId, search).query(Integer.class).single();
    }

    List<Candidate> page(long districtId, String search, int offset, int limit) {
        return statement(SELECT + filter(search) + " order by e.name, e.id offset :offset rows fetch next :limit rows only", districtId,
                search).param("offset", offset).param("limit", limit).query(this::candidate).list();
    }

    /** These enterprises of the district, as far as they still need an account. */
    List<Candidate> of(long districtId, List<Long> ids) {
        return ids.isEmpty() ? List.of()
                : statement(SELECT + " and e.id in (:ids) order by e.name, e.id", districtId, "").param("ids", ids)
                .query(this::candidate).list();
    }

    private JdbcClient.StatementSpec statement(String sql, long districtId, String search) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("district", districtId).param("unionKind", PartyKind.UNION.name())
                .param("chairPosition", Position.UNION_CHAIR.name()).param("employerKind", PartyKind.EMPLOYER.name())
                .param("legalPosition", Position.LEGAL_REPRESENTATIVE.name());
        return search.isEmpty() ? spec : spec.param("q", Like.containing(search));
    }

    private static String filter(String search) {
        return search.isEmpty() ? "" : " and (e.name like :q" + Like.ESCAPE + " or e.uscc like :q" + Like.ESCAPE + ")";
    }

    private Candidate candidate(ResultSet rs, int i) throws SQLException {
        boolean chairNeeded = rs.getBoolean("union_founded") && rs.getString("union_chair") != null && rs.getInt("has_chair") == 0;
        return new Candidate(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"), rs.getString("union_chair"),
                rs.getString("chair_mobile"), rs.getString("chair_email"), rs.getString("legal_representative"),
                rs.getString("legal_rep_mobile"), rs.getString("legal_rep_email"), chairNeeded, rs.getInt("has_legal") == 0);
    }
}
