package org.xieshang.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.deadlines.MovedDeadline;
import org.xieshang.deadlines.StoredDeadlines;
import org.xieshang.monitoring.CampaignStanding;

/** Open offers' answer dues after a calendar change: both sides are told of a date that moved. */
@Component
class OfferDeadlines implements StoredDeadlines {

    private final JdbcClient jdbc;
    private final BargainingCases cases;
    private final CaseParties caseParties;
    private final DeadlineService deadlines;
    private final CampaignStanding standing;

    OfferDeadlines(JdbcClient jdbc, BargainingCases cases, CaseParties caseParties, DeadlineService deadlines,
                   CampaignStanding standing) {
        this.jdbc = jdbc;
        this.standing = standing;
        this.cases = cases;
        this.caseParties = caseParties;
        this.deadlines = deadlines;
    }

    private record Open(long caseId, LocalDate receivedOn, LocalDate dueOn) {
    }

    @Override
    public List<MovedDeadline> recompute() {
        List<MovedDeadline> moved = new ArrayList<>();
        List<Open> open = jdbc.sql("""
                        select o.case_id, o.received_on, o.answer_due_on from offer o where o.answer_due_on is not null
                            and not exists (select 1 from offer_answer a where a.case_id = o.case_id)""")
                .query((rs, i) -> new Open(rs.getLong("case_id"), rs.getDate("received_on").toLocalDate(),
                        rs.getDate("answer_due_on").toLocalDate()))
                .list();
        for (Open o : open) {
            BargainingCase c = cases.find(o.caseId()).orElseThrow();
            LocalDate due = deadlines.compute(OfferService.RESPONSE_CLOCK, o.receivedOn(), caseParties.province(c)).due();
            if (!due.equals(o.dueOn())) {
                jdbc.sql("update offer set answer_due_on = ? where case_id = ?").params(java.sql.Date.valueOf(due), o.caseId()).update();
                standing.recount(o.caseId());
                for (String party : List.of(c.unionGroup(), c.employerGroup())) {
                    cases.record(c.id(), CaseEventKind.DEADLINE_MOVED, "system", party, OfferService.RESPONSE_CLOCK, due, null);
                }
                moved.add(new MovedDeadline(c.caseNo(), OfferService.RESPONSE_CLOCK, MovedDeadline.Kind.DEADLINE, o.dueOn(), due));
            }
        }
        return moved;
    }
}
