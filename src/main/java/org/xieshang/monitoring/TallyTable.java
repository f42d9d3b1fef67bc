package org.xieshang.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the read model: deltas written by the steps, the folded counts, and the figures read for an area. */
@Repository
class TallyTable {

    /** Where a unit is counted (district, industry, park; 0 for none), and its staff. */
    record Unit(long districtId, long industryId, long parkId, int headcount) {
    }

    private static final String KEY = "district_id, period, figure, facet, industry_id, park_id";

    private final JdbcClient jdbc;

    TallyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Unit enterprise(long enterpriseId) {
        return jdbc.sql("select district_id, industry_id, coalesce(park_id, 0) as park_id, headcount from enterprise where id = ?")
                .param(enterpriseId).query((rs, i) -> new Unit(rs.getLong("district_id"), rs.getLong("industry_id"),
                        rs.getLong("park_id"), rs.getInt("headcount"))).single();
    }

    List<Long> members(long federationId) {
        return jdbc.sql("select enterprise_id from federation_member where federation_id = ? order by enterprise_id")
                .param(federationId).query(Long.class).list();
    }

    /** Where a case's or contract's party is counted: its enterprise, or its federation (that district, no park, no staff). */
    static final String PARTY_UNIT = """
            coalesce(e.district_id, f.district_id) as district_id, coalesce(e.industry_id, f.industry_id, 0) as industry_id,
            coalesce(e.park_id, 0) as park_id, coalesce(e.headcount, 0) as headcount""";
    static final String PARTY_JOINS =
            " left join enterprise e on e.id = x.enterprise_id left join federation f on f.id = x.federation_id";

    /** The case's party, counted where it belongs, its federation (if it is one) and the year in its number (XS-2026-00001). */
    record CaseUnit(Unit unit, Long federationId, int year) {
    }

    CaseUnit caseUnit(long caseId) {
        return jdbc.sql("select x.federation_id, x.case_no, " + PARTY_UNIT + " from bargaining_case x" + PARTY_JOINS + " where x.id = ?")
                .param(caseId).query((rs, i) -> new CaseUnit(unit(rs), rs.getObject("federation_id", Long.class),
                        Integer.parseInt(rs.getString("case_no").substring(3, 7)))).single();
    }

    /** Where a congress is counted: its enterprise's district, industry and park, or its federation's. */
    Unit congressUnit(long congressId) {
        return jdbc.sql("select " + PARTY_UNIT + " from congress x" + PARTY_JOINS + " where x.id = ?").param(congressId)
                .query((rs, i) -> unit(rs)).single();
    }

    void logMiss(Long caseId, Long congressId, String clockId, LocalDate dueOn, LocalDate on) {
        jdbc.sql("insert into clock_miss (case_id, congress_id, clock, due_on, missed_on) values (?, ?, ?, ?, ?)")
                .params(caseId, congressId, clockId, dueOn == null ? null : java.sql.Date.valueOf(dueOn), java.sql.Date.valueOf(on))
                .update();
    }

    record ContractUnit(Unit unit, String type, String level, boolean termination) {
    }

    ContractUnit contractUnit(long contractId) {
        return jdbc.sql("select x.contract_type, x.level, x.purpose, " + PARTY_UNIT + " from collective_contract x" + PARTY_JOINS
                        + " where x.id = ?")
                .param(contractId).query((rs, i) -> new ContractUnit(unit(rs), rs.getString("contract_type"), rs.getString("level"),
                        TERMINATION.equals(rs.getString("purpose")))).single();
    }

    private static Unit unit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Unit(rs.getLong("district_id"), rs.getLong("industry_id"), rs.getLong("park_id"), rs.getInt("headcount"));
    }

    /**
     * The purpose of a termination agreement (Contract.Purpose), which ends a contract and is none itself, and the
     * status of a contract in effect (ContractStatus): named here because the contract capability reports to this one.
     */
    static final String TERMINATION = "TERMINATION";
    static final String EFFECTIVE = "EFFECTIVE";

    /**
     * The wage outcome of contracts that took effect with an agreed increase (one, or all when {@code contractId} is
     * null): each counted in its year under its band against the district's guideline of that year, and its increase.
     */
    List<Tally> wageAgreements(Long contractId) {
        return jdbc.sql("select x.wage_increase, x.effective_on, g.lower_percent, g.baseline_percent, g.upper_percent, " + PARTY_UNIT
                        + " from collective_contract x" + PARTY_JOINS + " left join wage_guideline g on g.district_id = x.district_id"
                        + " and g.guideline_year = extract(year from x.effective_on) where x.wage_increase is not null"
                        + " and x.effective_on is not null and x.purpose <> ?" + (contractId == null ? "" : " and x.id = ?"))
                .params(contractId == null ? List.of(TERMINATION) : List.of(TERMINATION, contractId))
                .query((rs, i) -> {
                    Unit u = unit(rs);
                    int month = ReportPeriod.month(rs.getDate("effective_on").toLocalDate());
                    java.math.BigDecimal increase = rs.getBigDecimal("wage_increase");
                    WageBand band = WageBand.of(increase, rs.getBigDecimal("lower_percent"), rs.getBigDecimal("baseline_percent"),
                            rs.getBigDecimal("upper_percent"));
                    return List.of(new Tally(u.districtId(), month, Figure.WAGE_AGREEMENTS, band.name(), u.industryId(), u.parkId(), 1),
                            new Tally(u.districtId(), month, Figure.WAGE_INCREASE, "", u.industryId(), u.parkId(),
                                    increase.movePointRight(2).longValueExact()));
                }).list().stream().flatMap(List::stream).toList();
    }

    void insertDeltas(List<Tally> deltas) {
        for (Tally d : deltas) {
            jdbc.sql("insert into tally_delta (" + KEY + ", delta) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(d.districtId(), d.period(), d.figure().name(), d.facet(), d.industryId(), d.parkId(), d.value()).update();
        }
    }

    /** Holds the read model's lock row until the transaction ends: one folder or rebuilder at a time, on any node. */
    void lock() {
        jdbc.sql("select id from tally_state where id = 1 for update").query(Integer.class).single();
    }

    /** The deltas written so far, summed by key, and the highest id summed. */
    List<Tally> pendingDeltas() {
        return jdbc.sql("select " + KEY + ", sum(delta) as total from tally_delta group by " + KEY)
                .query((rs, i) -> new Tally(rs.getLong("district_id"), rs.getInt("period"), Figure.valueOf(rs.getString("figure")),
                        rs.getString("facet"), rs.getLong("industry_id"), rs.getLong("park_id"), rs.getLong("total"))).list();
    }

    Optional<Long> lastDeltaId() {
        return jdbc.sql("select max(id) from tally_delta").query(Long.class).optional();
    }

    void add(Tally t) {
        int updated = jdbc.sql("""
                        update tally set amount = amount + ?
                        where district_id = ? and period = ? and figure = ? and facet = ? and industry_id = ? and park_id = ?""")
                .params(t.value(), t.districtId(), t.period(), t.figure().name(), t.facet(), t.industryId(), t.parkId()).update();
        if (updated == 0) {
            jdbc.sql("insert into tally (" + KEY + ", amount) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(t.districtId(), t.period(), t.figure().name(), t.facet(), t.industryId(), t.parkId(), t.value()).update();
        }
    }

    void deleteDeltasUpTo(long id) {
        jdbc.sql("delete from tally_delta where id <= ?").param(id).update();
    }

    void clear() {
        jdbc.sql("delete from tally_delta").update();
        jdbc.sql("delete from tally").update();
    }

    void built() {
        jdbc.sql("update tally_state set built_at = current_timestamp where id = 1").update();
    }

    boolean isBuilt() {
        return jdbc.sql("select count(*) from tally_state where id = 1 and built_at is not null").query(Integer.class).single() > 0;
    }

    /** The enterprises a congress covers (its own enterprise, or the members of its federation) held a valid session then. */
    void congressHeld(long congressId, LocalDate on) {
        jdbc.sql("""
                        update enterprise set congress_held_on = ?
                        where (congress_held_on is null or congress_held_on < ?)
                          and id in (select c.enterprise_id from congress c where c.id = ?
                                     union select m.enterprise_id from federation_member m join congress c on c.federation_id = m.federation_id
                                     where c.id = ?)""")
                .params(java.sql.Date.valueOf(on), java.sql.Date.valueOf(on), congressId, congressId).update();
    }

    /** The enterprises the contract covers gain ({@code +1}) or lose ({@code -1}) a contract in force. */
    void coverageChanged(long contractId, int change) {
        jdbc.sql("update enterprise set contracts_in_force = contracts_in_force + ?"
                        + " where id in (select enterprise_id from contract_coverage where contract_id = ?)")
                .params(change, contractId).update();
    }

    /** Every enterprise's count of contracts in force from the contracts themselves (the rebuild). */
    void recountCoverage() {
        jdbc.sql("""
                        update enterprise set contracts_in_force = (select count(*) from contract_coverage cv
                          join collective_contract k on k.id = cv.contract_id
                          where cv.enterprise_id = enterprise.id and k.status = ? and k.purpose <> ?)""")
                .params(EFFECTIVE, TERMINATION).update();
    }

    /** Every enterprise's latest valid session from the sessions themselves (the rebuild). */
    void recountCongresses(String closed) {
        jdbc.sql("""
                        update enterprise set congress_held_on = (select cast(max(s.starts_at) as date) from congress_session s
                          join congress c on c.id = s.congress_id where s.status = ? and (c.enterprise_id = enterprise.id
                          or c.federation_id in (select m.federation_id from federation_member m where m.enterprise_id = enterprise.id)))""")
                .param(closed).update();
    }

    /**
     * Figures read from each enterprise's kept state in the area's subtree, by group: unionised enterprises whose latest
     * valid session is on or after {@code since} (CONGRESS_HELD), and enterprises under a contract in force with their
     * staff (COVERED_ENTERPRISES, COVERED_EMPLOYEES).
     */
    Map<Long, Map<String, Long>> enterpriseStates(long areaId, LocalDate since, Split split) {
        List<Object> params = new ArrayList<>(List.of(java.sql.Date.valueOf(since)));
        params.addAll(areaParams(areaId, split));
        Map<Long, Map<String, Long>> states = new HashMap<>();
        jdbc.sql("select " + split.column + " as grp,"
                        + " sum(case when t.union_founded = true and t.congress_held_on >= ? then 1 else 0 end) as held,"
                        + " sum(case when t.contracts_in_force > 0 then 1 else 0 end) as covered,"
                        + " sum(case when t.contracts_in_force > 0 then t.headcount else 0 end) as covered_staff"
                        + " from enterprise t join district d on d.id = t.district_id" + split.childJoin()
                        + " join area_path p on p.descendant_id = d.area_id and p.ancestor_id = ?"
                        + " where (t.union_founded = true and t.congress_held_on is not null) or t.contracts_in_force > 0"
                        + " group by " + split.column)
                .params(params).query(rs -> {
                    Map<String, Long> group = states.computeIfAbsent(rs.getLong("grp"), g -> new HashMap<>());
                    group.merge(Figure.CONGRESS_HELD.name(), rs.getLong("held"), Long::sum);
                    group.merge(Figure.COVERED_ENTERPRISES.name(), rs.getLong("covered"), Long::sum);
                    group.merge(Figure.COVERED_EMPLOYEES.name(), rs.getLong("covered_staff"), Long::sum);
                });
        states.values().forEach(counts -> counts.values().removeIf(v -> v == 0));
        return states;
    }

    /**
     * Contracts in force whose renewal window has opened by {@code today} in the area's subtree, by group, and those
     * from which a new case was opened (RENEWAL_WINDOW, RENEWAL_STARTED): read from the few contracts past their
     * renewal opening, where each is counted as a case is (its enterprise, or its federation).
     */
    Map<Long, Map<String, Long>> renewals(long areaId, LocalDate today, Split split) {
        List<Object> params = new ArrayList<>(List.of(EFFECTIVE, TERMINATION, java.sql.Date.valueOf(today), java.sql.Date.valueOf(today)));
        // By area the contract's own district will do; by industry or park (a district's lines) its party is read, for
        // that district's contracts only.
        boolean byParty = split == Split.INDUSTRY || split == Split.PARK;
        String unit = byParty ? PARTY_UNIT : "x.district_id";
        String from = byParty ? "collective_contract x" + PARTY_JOINS : "collective_contract x";
        String district = "";
        if (byParty) {
            district = " and x.district_id = ?";
            params.add(districtOfArea(areaId).orElse(0L));
        }
        params.addAll(areaParams(areaId, split));
        Map<Long, Map<String, Long>> renewals = new HashMap<>();
        String contracts = "select " + unit + ", case when n.origin_id is null then 0 else 1 end as started from " + from
                // Joined, not asked per contract: a province has tens of thousands in their window, few renewed yet.
                + " left join (select origin_contract_id as origin_id from bargaining_case where origin_contract_id is not null"
                + " group by origin_contract_id) n on n.origin_id = x.id where x.status = ? and x.purpose <> ?"
                + " and x.renewal_opens_on <= ? and x.expires_on >= ?" + district;
        // By area, counted per district before the districts are placed in the tree: one pass over the window's index
        // instead of one per district.
        String counted = byParty ? "select c0.*, 1 as opened from (" + contracts + ") c0"
                : "select district_id, count(*) as opened, sum(started) as started from (" + contracts + ") c0 group by district_id";
        jdbc.sql("select " + split.column + " as grp, sum(t.opened) as opened, sum(t.started) as started from (" + counted
                        + ") t join district d on d.id = t.district_id"
                        + split.childJoin() + " join area_path p on p.descendant_id = d.area_id and p.ancestor_id = ? group by " + split.column)
                .params(params).query(rs -> {
                    Map<String, Long> group = renewals.computeIfAbsent(rs.getLong("grp"), g -> new HashMap<>());
                    group.put(Figure.RENEWAL_WINDOW.name(), rs.getLong("opened"));
                    group.put(Figure.RENEWAL_STARTED.name(), rs.getLong("started"));
                });
        renewals.values().forEach(counts -> counts.values().removeIf(v -> v == 0));
        return renewals;
    }

    /** The names of industries or parks by id, for the rows of a split. */
    Map<Long, org.xieshang.system.Localized> names(Split split) {
        String sql = split == Split.INDUSTRY ? "select id, name_zh, name_en from industry" : "select id, name_zh, name_en from industrial_park";
        Map<Long, org.xieshang.system.Localized> names = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            names.put(rs.getLong("id"), new org.xieshang.system.Localized(rs.getString("name_zh"), rs.getString("name_en")));
        });
        return names;
    }

    /** The district whose area this is. */
    Optional<WageOutcome.Guideline> guideline(long districtId, int year) {
        return jdbc.sql("select lower_percent, baseline_percent, upper_percent from wage_guideline where district_id = ? and guideline_year = ?")
                .params(districtId, year).query((rs, i) -> new WageOutcome.Guideline(rs.getBigDecimal("lower_percent"),
                        rs.getBigDecimal("baseline_percent"), rs.getBigDecimal("upper_percent"))).optional();
    }

    Optional<Long> districtOfArea(long areaId) {
        return jdbc.sql("select id from district where area_id = ?").param(areaId).query(Long.class).optional();
    }

    /** How the figures of an area are split: by the areas directly below it, by industry, or by park. */
    enum Split {
        AREA("c.id"), INDUSTRY("t.industry_id"), PARK("t.park_id"),
        /** One group: a constant that PostgreSQL does not take for a column position. */
        NONE("cast(0 as bigint)");

        private final String column;

        Split(String column) {
            this.column = column;
        }

        /** For a split by area: the area directly below the asked one that holds the district (one parameter). */
        String childJoin() {
            return this == AREA
                    ? " join area_path cp on cp.descendant_id = d.area_id join area c on c.id = cp.ancestor_id and c.parent_id = ?" : "";
        }
    }

    /** The parameters of the area joins: the area below which to split (for AREA), then the area whose subtree is read. */
    private static List<Object> areaParams(long areaId, Split split) {
        List<Object> params = new ArrayList<>();
        if (split == Split.AREA) {
            params.add(areaId);
        }
        params.add(areaId);
        return params;
    }

    /**
     * The figures of the area's subtree for the standing period and the part of the year, summed over the folded counts
     * and the deltas not yet folded (one snapshot, so exact at any moment), by group (the split) and "FIGURE" or
     * "FIGURE:facet"; only these figures when some are named.
     */
    Map<Long, Map<String, Long>> read(long areaId, int year, ReportPeriod period, Split split, List<Figure> only) {
        List<Object> params = areaParams(areaId, split);
        params.add(period.from(year));
        params.add(period.to(year));
        only.forEach(f -> params.add(f.name()));
        String sql = "select " + split.column + " as grp, t.figure, t.facet, sum(t.amount) as total"
                + " from (select " + KEY + ", amount from tally union all select " + KEY + ", delta from tally_delta) t"
                + " join district d on d.id = t.district_id" + split.childJoin()
                + " join area_path p on p.descendant_id = d.area_id and p.ancestor_id = ?"
                + " where (t.period = 0 or t.period between ? and ?)" + (only.isEmpty() ? "" : " and t.figure in (" + String.join(", ",
                        java.util.Collections.nCopies(only.size(), "?")) + ")")
                + " group by " + split.column + ", t.figure, t.facet";
        Map<Long, Map<String, Long>> figures = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            String facet = rs.getString("facet");
            figures.computeIfAbsent(rs.getLong("grp"), g -> new HashMap<>())
                    .merge(rs.getString("figure") + (facet.isEmpty() ? "" : ":" + facet), rs.getLong("total"), Long::sum);
        });
        // A count that went up and down again reads as none, whether or not its deltas were folded yet.
        figures.values().forEach(counts -> counts.values().removeIf(v -> v == 0));
        return figures;
    }
}
