package org.xieshang.monitoring;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.deadlines.Clock;

/**
 * The statutory clocks still running in an area's subtree by how soon they fall due (metrics.md, deadline health):
 * offers awaiting their written answer, contracts awaiting filing, filings under review, contracts in effect awaiting
 * publication by either side. Each is read from the due day its step stored, through the index on that day.
 */
@Repository
class OpenClocks {

    /** The days from today that separate the buckets: overdue, due within a week, within 30 days, later. */
    static final int WEEK = 7;
    static final int MONTH = 30;

    /** One running clock kind: how many are overdue and how many fall due within a week, within 30 days, or later. */
    record Line(Clock clock, long overdue, long week, long month, long later) {
        long total() {
            return overdue + week + month + later;
        }

        /** Whether more clocks are overdue than were counted ({@link #CAP}). */
        public boolean capped() {
            return overdue > CAP;
        }
    }

    static final int CAP = 1000;

    /** The stored values the clocks are read by: the stage of a case and the statuses of a contract. */
    record Keys(String offerSent, String signed, String underReview, String effective) {
    }

    /** contract.ContractStatus SIGNED, UNDER_REVIEW and EFFECTIVE: the contract capability reports to this one. */
    static final Keys KEYS = new Keys(org.xieshang.bargaining.CaseStage.OFFER_SENT.name(), "SIGNED", "UNDER_REVIEW",
            TallyTable.EFFECTIVE);

    private final JdbcClient jdbc;

    OpenClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The running clocks of each kind, named by the clock configuration ({@code clocks}: by clock id). */
    List<Line> of(long areaId, LocalDate today, Keys keys, Function<String, Clock> clocks) {
        String area = " and %s in (select ud.id from district ud join area_path up on up.descendant_id = ud.area_id where up.ancestor_id = ?)";
        List<Line> lines = new ArrayList<>();
        lines.add(count(clocks.apply(Tallies.RESPONSE_CLOCK), "offer o join bargaining_case c on c.id = o.case_id", "o.answer_due_on",
                "c.stage = ?" + area.formatted("c.district_id"), today, List.of(keys.offerSent(), areaId)));
        lines.add(count(clocks.apply("contract-filing"), "collective_contract k", "k.filing_due_on",
                "k.status = ?" + area.formatted("k.district_id"), today, List.of(keys.signed(), areaId)));
        lines.add(count(clocks.apply(Tallies.REVIEW_CLOCK), "collective_contract k", "k.review_due_on",
                "k.status = ?" + area.formatted("k.district_id"), today, List.of(keys.underReview(), areaId)));
        // "+ 0" keeps the planner off the district index, which would read every contract in effect of a province: the
        // due-day index finds the few awaiting publication.
        lines.add(count(clocks.apply("contract-publication"), "collective_contract k", "k.publication_due_on",
                "k.status = ? and (k.union_published_on is null or k.employer_published_on is null)" + area.formatted("k.district_id + 0"),
                today, List.of(keys.effective(), areaId)));
        return lines;
    }

    private Line count(Clock clock, String from, String due, String where, LocalDate today, List<Object> whereParams) {
        List<Object> past = new ArrayList<>(List.of(Date.valueOf(today)));
        past.addAll(whereParams);
        // Overdue clocks are counted up to the cap: a province's old unanswered offers are many, and past it the number
        // says nothing more about where to act.
        long overdue = jdbc.sql("select count(*) from (select 1 as one from " + from + " where " + due + " < ? and " + where
                + " fetch first " + (CAP + 1) + " rows only) x").params(past).query(Long.class).single();
        List<Object> ahead = new ArrayList<>(List.of(Date.valueOf(today.plusDays(WEEK)), Date.valueOf(today.plusDays(MONTH)),
                Date.valueOf(today)));
        ahead.addAll(whereParams);
        return jdbc.sql("select sum(case when " + due + " < ? then 1 else 0 end) as within_week,"
                        + " sum(case when " + due + " <= ? then 1 else 0 end) as within_month, count(*) as running"
                        + " from " + from + " where " + due + " >= ? and " + where)
                .params(ahead).query((rs, i) -> {
                    long week = rs.getLong("within_week");
                    long month = rs.getLong("within_month");
                    return new Line(clock, overdue, week, month - week, rs.getLong("running") - month);
                }).single();
    }
}
