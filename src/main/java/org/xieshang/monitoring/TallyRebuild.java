package org.xieshang.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.enterprise.DemocraticBody;

/**
 * Counts every figure again from the registry, the cases and the contracts, replacing the read model: on the first
 * start after the read model was added (the data that existed then), after a bulk import that bypassed the steps,
 * and in the test that proves the steps keep the figures exact. It scans everything, so it never serves a page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class TallyRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TallyRebuild.class);

    private static final String INSERT = "insert into tally (district_id, period, figure, facet, industry_id, park_id, amount) ";
    /** Where a case or contract is counted: its enterprise's district, industry and park, or its federation's. */
    private static final String UNIT = "coalesce(e.district_id, f.district_id), ";
    private static final String UNIT_PLACE = "coalesce(e.industry_id, f.industry_id, 0), coalesce(e.park_id, 0)";

    /**
     * A wage agreement's type (offer.ContractType) and the publication clocks of a wage agreement and of any other
     * contract (contract.ContractClocks): named here because those capabilities report to this one.
     */
    private static final String WAGES = "WAGES";
    private static final String WAGE_PUBLICATION = "wage-publication";
    private static final String CONTRACT_PUBLICATION = "contract-publication";

    /** A session that closed with its quorum (congress.CongressSession.Status). */
    private static final String CLOSED = "CLOSED";

    private final JdbcClient jdbc;
    private final TallyTable table;
    private final CampaignStanding standing;

    TallyRebuild(JdbcClient jdbc, TallyTable table, CampaignStanding standing) {
        this.jdbc = jdbc;
        this.table = table;
        this.standing = standing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!table.isBuilt()) {
            rebuild();
            log.info("Counted the officials' figures from the existing registry, cases and contracts");
        }
    }

    @Transactional
    public void rebuild() {
        table.lock();
        table.clear();
        registry(Figure.ENTERPRISES, "count(*)", "1 = 1");
        registry(Figure.EMPLOYEES, "sum(headcount)", "1 = 1");
        registry(Figure.ENTERPRISES_WITH_UNION, "count(*)", "union_founded = true");
        registry(Figure.EMPLOYEES_WITH_UNION, "sum(headcount)", "union_founded = true");
        registry(Figure.DEMOCRATIC_BODIES, "count(*)", "democratic_body <> ?", DemocraticBody.NONE.name());
        jdbc.sql(INSERT + "select " + UNIT + "cast(substring(x.case_no, 4, 4) as integer) * 100, cast(? as varchar(30)), x.stage, "
                        + UNIT_PLACE + ", count(*) from bargaining_case x" + TallyTable.PARTY_JOINS
                        + " group by " + UNIT + "cast(substring(x.case_no, 4, 4) as integer) * 100, x.stage, " + UNIT_PLACE)
                .param(Figure.CASES.name()).update();
        jdbc.sql(INSERT + "select " + UNIT + month("o.received_on") + ", cast(? as varchar(30)), '', " + UNIT_PLACE
                        + ", count(*) from offer o join bargaining_case x on x.id = o.case_id" + TallyTable.PARTY_JOINS
                        + " where o.received_on is not null group by " + UNIT + month("o.received_on") + ", " + UNIT_PLACE)
                .param(Figure.OFFERS_SERVED.name()).update();
        jdbc.sql(INSERT + "select " + UNIT + month("a.answered_on") + ", cast(? as varchar(30)), "
                        + "case when a.on_time then ? else ? end, " + UNIT_PLACE
                        + ", count(*) from offer_answer a join bargaining_case x on x.id = a.case_id" + TallyTable.PARTY_JOINS
                        + " where a.id = (select min(first.id) from offer_answer first where first.case_id = a.case_id)"
                        + " group by " + UNIT + month("a.answered_on") + ", a.on_time, " + UNIT_PLACE)
                .params(Figure.ANSWERS.name(), Tallies.ON_TIME, Tallies.LATE).update();
        offered(Figure.OFFERED_ENTERPRISES, "count(*)");
        offered(Figure.OFFERED_EMPLOYEES, "sum(m.headcount)");
        jdbc.sql(INSERT + "select " + UNIT + "0, cast(? as varchar(30)), x.contract_type, " + UNIT_PLACE
                        + ", count(*) from collective_contract x" + TallyTable.PARTY_JOINS + " where x.status = ? and x.purpose <> ?"
                        + " group by " + UNIT + "x.contract_type, " + UNIT_PLACE)
                .params(Figure.CONTRACTS_IN_FORCE.name(), TallyTable.EFFECTIVE, TallyTable.TERMINATION).update();
        jdbc.sql(INSERT + "select " + UNIT + "0, cast(? as varchar(30)), x.level, " + UNIT_PLACE
                        + ", count(*) from collective_contract x" + TallyTable.PARTY_JOINS + " where x.status = ? and x.purpose <> ?"
                        + " group by " + UNIT + "x.level, " + UNIT_PLACE)
                .params(Figure.CONTRACTS_BY_LEVEL.name(), TallyTable.EFFECTIVE, TallyTable.TERMINATION).update();
        jdbc.sql(INSERT + "select district_id, 0, cast(? as varchar(30)), facet, industry_id, park_id, count(*) from (select "
                        + TallyTable.PARTY_UNIT + ", case when x.status = ? and x.purpose <> ? then ? else x.status end as facet"
                        + " from collective_contract x" + TallyTable.PARTY_JOINS + ") k group by district_id, facet, industry_id, park_id")
                .params(Figure.CONTRACTS.name(), TallyTable.EFFECTIVE, TallyTable.TERMINATION, Tallies.IN_FORCE).update();
        clockDays();
        for (String owner : List.of("bargaining_case x on x.id = m.case_id", "congress x on x.id = m.congress_id")) {
            jdbc.sql(INSERT + "select " + UNIT + month("m.missed_on") + ", cast(? as varchar(30)), m.clock, " + UNIT_PLACE
                            + ", count(*) from clock_miss m join " + owner + TallyTable.PARTY_JOINS + " group by " + UNIT
                            + month("m.missed_on") + ", m.clock, " + UNIT_PLACE)
                    .param(Figure.CLOCKS_MISSED.name()).update();
        }
        Map<Tally, Long> wages = new HashMap<>();
        table.wageAgreements(null).forEach(t -> wages.merge(t.with(0), t.value(), Long::sum));
        wages.forEach((t, n) -> table.add(t.with(n)));
        table.recountCongresses(CLOSED);
        table.recountCoverage();
        standing.rebuild();
        table.built();
    }

    /**
     * The days each kept clock took ({@link Tallies#clockKept}): first answers from receipt, filings from signature, the
     * bureau's reviews from receipt to its decision or, by silence, to the day before the contract took effect; each
     * side's publication from the day the contract took effect.
     */
    private void clockDays() {
        Map<Tally, Long> counts = new HashMap<>();
        String unit = TallyTable.PARTY_UNIT;
        keep(counts, "select " + unit + ", cast(? as varchar(40)) as clock, o.received_on as started, a.answered_on as kept"
                + " from offer_answer a join offer o on o.case_id = a.case_id join bargaining_case x on x.id = a.case_id" + TallyTable.PARTY_JOINS
                + " where o.received_on is not null and a.id = (select min(first.id) from offer_answer first where first.case_id = a.case_id)",
                List.of(Tallies.RESPONSE_CLOCK));
        keep(counts, "select " + unit + ", x.filing_clock as clock, x.signed_on as started,"
                + " x.filed_on as kept from collective_contract x" + TallyTable.PARTY_JOINS
                + " where x.filed_on is not null and x.signed_on is not null and x.filing_clock is not null", List.of());
        keep(counts, "select " + unit + ", cast(? as varchar(40)) as clock, x.received_on as started,"
                + " coalesce(x.decided_on, x.effective_on - 1) as kept from collective_contract x" + TallyTable.PARTY_JOINS
                + " where x.received_on is not null and (x.decided_on is not null or x.effective_by = ?)",
                List.of(Tallies.REVIEW_CLOCK, Tallies.SILENCE));
        for (String side : List.of("union", "employer")) {
            keep(counts, "select " + unit + ", case when x.contract_type = ? then ? else ? end as clock, x.effective_on as started, x."
                    + side + "_published_on as kept from collective_contract x" + TallyTable.PARTY_JOINS + " where x." + side
                    + "_published_on is not null and x.effective_on is not null", List.of(WAGES, WAGE_PUBLICATION, CONTRACT_PUBLICATION));
        }
        counts.forEach((t, n) -> table.add(new Tally(t.districtId(), t.period(), t.figure(), t.facet(), t.industryId(), t.parkId(), n)));
    }

    private void keep(Map<Tally, Long> counts, String sql, List<Object> params) {
        jdbc.sql(sql).params(params).query(rs -> {
            java.time.LocalDate kept = rs.getDate("kept").toLocalDate();
            counts.merge(new Tally(rs.getLong("district_id"), ReportPeriod.month(kept), Figure.CLOCK_DAYS,
                    Tallies.clockFacet(rs.getString("clock"), rs.getDate("started").toLocalDate(), kept), rs.getLong("industry_id"),
                    rs.getLong("park_id"), 0), 1L, Long::sum);
        });
    }

    /** The read model's period of a day column: yyyymm ({@link ReportPeriod#month}). */
    private static String month(String day) {
        return "(extract(year from " + day + ") * 100 + extract(month from " + day + "))";
    }

    private void registry(Figure figure, String value, String condition, Object... conditionParams) {
        List<Object> params = new ArrayList<>(List.of(figure.name()));
        params.addAll(List.of(conditionParams));
        jdbc.sql(INSERT + "select district_id, 0, cast(? as varchar(30)), '', industry_id, coalesce(park_id, 0), " + value
                        + " from enterprise where " + condition + " group by district_id, industry_id, coalesce(park_id, 0)")
                .params(params).update();
    }

    /** Every firm an offer reached (a federation's offer reaches each member), in the year it was received. */
    private void offered(Figure figure, String value) {
        jdbc.sql(INSERT + "select m.district_id, " + month("o.received_on") + ", cast(? as varchar(30)), '', m.industry_id, "
                        + "coalesce(m.park_id, 0), " + value + " from offer o join (select id as case_id, enterprise_id as firm"
                        + " from bargaining_case where enterprise_id is not null union all select c.id, fm.enterprise_id"
                        + " from bargaining_case c join federation_member fm on fm.federation_id = c.federation_id) reached"
                        + " on reached.case_id = o.case_id join enterprise m on m.id = reached.firm where o.received_on is not null"
                        + " group by m.district_id, " + month("o.received_on") + ", m.industry_id, coalesce(m.park_id, 0)")
                .param(figure.name()).update();
    }
}
