package org.xieshang.monitoring;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.system.AccessPolicy;

/** The SQL of the 需关注 list: each query counts the matters of one kind under the official's area and reads the first few. */
@Repository
class AttentionTable {

    /** A matter as listed: the case or contract, whose it is, the day its clock ran or runs out, and a detail key. */
    record Matter(long id, String caseNo, String party, LocalDate due, String detail) {
    }

    /** How many matters (at most {@link #CAP} + 1: more reads as "over CAP"), and the first few. */
    record Found(long count, List<Matter> first) {
        boolean capped() {
            return count > CAP;
        }
    }

    static final int FIRST = 5;
    /**
     * Counting stops here: past it the number changes nothing about where to act, and a province's thousands of old
     * matters are not counted on every page view.
     */
    static final int CAP = 1000;

    private static final String CASES = """
            from offer o join bargaining_case c on c.id = o.case_id
            left join enterprise e on e.id = c.enterprise_id left join federation f on f.id = c.federation_id
            where c.stage = ? and o.answer_due_on < ?""";
    private static final String CONTRACTS = """
            from collective_contract k join bargaining_case c on c.id = k.case_id
            left join enterprise e on e.id = k.enterprise_id left join federation f on f.id = k.federation_id
            where 1 = 1""";

    private final JdbcClient jdbc;

    AttentionTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Offers served and still unanswered after their answer day, the longest overdue first, with their ladder step. */
    Found unansweredOffers(AccessPolicy.Scope districts, String awaitingStage, LocalDate today) {
        List<Object> params = params(districts, awaitingStage, Date.valueOf(today));
        return found(CASES + " and " + districts.condition(), "o.answer_due_on", "c.ladder_step", "c.id", params);
    }

    /** Contracts in a status whose clock column ran or runs out before {@code before} (the earliest first). */
    Found contracts(AccessPolicy.Scope districts, String status, String dueColumn, LocalDate before) {
        List<Object> params = params(districts, status, Date.valueOf(before));
        return found(CONTRACTS + " and k.status = ? and k." + dueColumn + " < ? and " + districts.condition(), "k." + dueColumn,
                "k.status", "k.id", params);
    }

    /** Contracts in force whose renewal window is open and from which no new case was opened. */
    Found renewalsWithoutCase(AccessPolicy.Scope districts, String effective, LocalDate today) {
        List<Object> params = params(districts, effective, Date.valueOf(today), Date.valueOf(today));
        return found(CONTRACTS + " and k.status = ? and k.renewal_opens_on <= ? and k.expires_on >= ? and " + districts.condition()
                        + " and not exists (select 1 from bargaining_case n where n.origin_contract_id = k.id)",
                "k.expires_on", "k.contract_type", "k.id", params);
    }

    /**
     * Cases at the table whose last confirmed round was suspended to a next meeting day that has passed with no new
     * round (the longest waiting first). The statuses are negotiation.Rounds' (the negotiation capability reports here).
     */
    Found stalledNegotiations(AccessPolicy.Scope districts, String roundsStage, LocalDate today) {
        List<Object> params = params(districts, roundsStage, CONFIRMED, SUSPENDED, java.sql.Timestamp.valueOf(today.atStartOfDay()));
        return found("""
                        from negotiation_round r join bargaining_case c on c.id = r.case_id
                        left join enterprise e on e.id = c.enterprise_id left join federation f on f.id = c.federation_id
                        where c.stage = ? and r.status = ? and r.outcome = ? and r.next_starts_at < ?
                          and r.round_no = (select max(l.round_no) from negotiation_round l where l.case_id = r.case_id) and\s"""
                        + districts.condition(), "cast(r.next_starts_at as date)", "c.stage", "c.id", params);
    }

    /** Disputes the bureau accepted for coordination, whose clock runs from acceptance (the oldest first). */
    Found coordinations(AccessPolicy.Scope districts) {
        List<Object> params = params(districts, ACCEPTED);
        return found("""
                        from coordination k join bargaining_case c on c.id = k.case_id
                        left join enterprise e on e.id = c.enterprise_id left join federation f on f.id = c.federation_id
                        where k.status = ? and\s""" + districts.condition(), "k.accepted_on", "k.extended_days", "c.id", params);
    }

    /** The province whose calendar counts the case's clocks. */
    String provinceOfCase(long caseId) {
        return jdbc.sql("select d.province_code from bargaining_case c join district d on d.id = c.district_id where c.id = ?")
                .param(caseId).query(String.class).single();
    }

    /** negotiation.Rounds.Status.CONFIRMED, Rounds.Outcome.SUSPENDED and Coordinations.Status.ACCEPTED. */
    static final String CONFIRMED = "CONFIRMED";
    static final String SUSPENDED = "SUSPENDED";
    static final String ACCEPTED = "ACCEPTED";

    /** Unionised enterprises whose latest valid congress session is older than {@code since} or never was, by name. */
    Found enterprisesWithoutCongress(AccessPolicy.Scope districts, LocalDate since) {
        String fromWhere = " from enterprise e where e.union_founded = true and (e.congress_held_on is null or e.congress_held_on < ?) and "
                + districts.condition();
        List<Object> params = params(districts, Date.valueOf(since));
        long count = count(fromWhere, params);
        List<Matter> first = count == 0 ? List.of() : jdbc.sql("select e.id, e.name, e.congress_held_on" + fromWhere
                        + " order by e.congress_held_on nulls first, e.name fetch first " + FIRST + " rows only").params(params)
                .query((rs, i) -> new Matter(rs.getLong("id"), null, rs.getString("name"),
                        rs.getObject("congress_held_on", LocalDate.class), null)).list();
        return new Found(count, first);
    }

    private long count(String fromWhere, List<Object> params) {
        return jdbc.sql("select count(*) from (select 1 as one " + fromWhere + " fetch first " + (CAP + 1) + " rows only) x")
                .params(params).query(Long.class).single();
    }

    private static List<Object> params(AccessPolicy.Scope districts, Object... leading) {
        List<Object> params = new ArrayList<>(List.of(leading));
        params.addAll(districts.params());
        return params;
    }

    private Found found(String fromWhere, String due, String detail, String id, List<Object> params) {
        long count = count(fromWhere, params);
        List<Matter> first = count == 0 ? List.of() : jdbc.sql("select " + id + " as id, c.case_no, coalesce(e.name, f.name) as party, "
                        + due + " as due, " + detail + " as detail " + fromWhere + " order by " + due + ", " + id
                        + " fetch first " + FIRST + " rows only")
                .params(params).query((rs, i) -> new Matter(rs.getLong("id"), rs.getString("case_no"), rs.getString("party"),
                        rs.getDate("due").toLocalDate(), rs.getString("detail"))).list();
        return new Found(count, first);
    }
}
