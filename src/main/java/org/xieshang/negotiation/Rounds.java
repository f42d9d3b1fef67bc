package org.xieshang.negotiation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;

/**
 * Negotiation rounds (CCR Arts. 34–35): scheduled with the chiefs presiding in turn, minuted by the recorder, confirmed
 * by both chiefs (or returned to the recorder), and ended in agreement, suspension with the next round agreed, or an
 * application for coordination.
 */
@Service
public class Rounds {

    private final JdbcClient jdbc;
    private final Delegations delegations;
    private final Preparation preparation;
    private final DeadlineService deadlines;

    Rounds(JdbcClient jdbc, Delegations delegations, Preparation preparation, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.delegations = delegations;
        this.preparation = preparation;
        this.deadlines = deadlines;
    }

    public enum Outcome { AGREEMENT, SUSPENDED, COORDINATION }

    public enum Status { SCHEDULED, MINUTES_SUBMITTED, CONFIRMED }

    public record Round(long id, long caseId, int roundNo, LocalDateTime startsAt, String place, Side presiding, Status status,
                        String attendance, String unforeseen, Outcome outcome, LocalDateTime nextStartsAt, String nextPlace,
                        String nextItems, boolean unionConfirmed, boolean employerConfirmed, Side returnedBy,
                        String returnedComment, AgreedTerm term, BigDecimal wageIncrease) {
    }

    /** One item's line in the minutes. */
    public record Position(long itemId, String unionPosition, String employerPosition, BigDecimal unionIncrease,
                           BigDecimal employerIncrease, Preparation.Item.Status outcome, String agreedText) {
    }

    /** {@code termYears}, {@code termStartsOn}: the contract's term as agreed in this round, if it was. */
    public record Minutes(String attendance, List<Position> positions, String unforeseen, Outcome outcome,
                          LocalDateTime nextStartsAt, String nextPlace, String nextItems, Integer termYears,
                          LocalDate termStartsOn, BigDecimal wageIncrease) {
    }

    /**
     * Schedules the next round: delegations lawful and complete (a vacancy blocks it), the recorder agreed by both
     * sides, no round still open. The chiefs preside in turn.
     */
    static final String WAGE_DATA_CLOCK = "wage-data";

    @Transactional
    public long schedule(BargainingCase c, LocalDateTime startsAt, String place, String province) {
        delegations.requireReady(c.id(), province);
        Preparation.Setup setup = preparation.setup(c.id());
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(setup.recorderName() != null && setup.recorderAgreed(), null, "round.recorder");
        rules.check(startsAt != null && !startsAt.toLocalDate().isBefore(deadlines.today())
                && startsAt.toLocalDate().isBefore(deadlines.today().plusYears(1)), "startsAt", "round.startsAt");
        rules.check(place != null && !place.isBlank(), "place", "round.place");
        rules.fits(place, 200, "place", "negotiation.place");
        rules.check(rounds(c.id()).stream().allMatch(r -> r.status() == Status.CONFIRMED), null, "round.open");
        rules.check(preparation.items(c.id()).stream().anyMatch(i -> !i.settled()), null, "round.nothingOpen");
        List<Round> held = rounds(c.id());
        if (held.isEmpty() && setup.wageDataRequestedOn() != null && startsAt != null) {
            // WBM Art. 19: requested wage data reaches the other side at least 5 days before the talks, so the first
            // round leaves those days after the data arrived, or after today while it is still awaited.
            LocalDate provided = preparation.wageDataProvidedOn(c.id()).orElse(null);
            LocalDate from = provided != null ? provided : deadlines.today();
            var clock = deadlines.clock(WAGE_DATA_CLOCK, province);
            LocalDate earliest = from.plusDays(clock.length());
            rules.check(!startsAt.toLocalDate().isBefore(earliest), "startsAt", provided != null ? "round.wageData.provided"
                    : "round.wageData.awaited", earliest, clock.length());
        }
        rules.throwIfAny();
        Side presiding = held.isEmpty() ? Side.UNION : held.get(held.size() - 1).presiding().other();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into negotiation_round (case_id, round_no, starts_at, place, presiding_side, status)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(c.id(), held.size() + 1, Timestamp.valueOf(startsAt), place.trim(), presiding.name(), Status.SCHEDULED.name())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** The recorder's minutes: attendance, each open item's positions and outcome, anything unforeseen, the outcome. */
    @Transactional
    public void recordMinutes(long roundId, Minutes minutes) {
        Round round = round(roundId);
        if (round.status() == Status.CONFIRMED) {
            throw new BusinessRuleException(null, "round.confirmed");
        }
        Map<Long, Preparation.Item> open = preparation.items(round.caseId()).stream().filter(i -> !i.settled())
                .collect(Collectors.toMap(Preparation.Item::id, i -> i));
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(minutes.attendance() != null && !minutes.attendance().isBlank(), "attendance", "minutes.attendance");
        rules.check(minutes.outcome() != null, "outcome", "minutes.outcome");
        Set<Long> covered = minutes.positions().stream().map(Position::itemId).collect(Collectors.toSet());
        rules.check(covered.equals(open.keySet()), "positions", "minutes.allItems");
        for (Position p : minutes.positions()) {
            rules.check(p.outcome() != null, "positions", "minutes.itemOutcome", title(open, p));
            rules.check(p.outcome() != Preparation.Item.Status.AGREED || (p.agreedText() != null && !p.agreedText().isBlank()),
                    "positions", "minutes.agreedText", title(open, p));
        }
        boolean allSettled = minutes.positions().stream().allMatch(p -> p.outcome() != Preparation.Item.Status.OPEN);
        rules.check(minutes.outcome() != Outcome.AGREEMENT || allSettled, "outcome", "minutes.agreementOpenItems");
        rules.check(minutes.outcome() != Outcome.SUSPENDED || (minutes.nextStartsAt() != null && minutes.nextPlace() != null
                && !minutes.nextPlace().isBlank() && minutes.nextItems() != null && !minutes.nextItems().isBlank()),
                "nextStartsAt", "minutes.suspension");
        rules.check(minutes.outcome() != Outcome.SUSPENDED || !allSettled, "outcome", "minutes.suspendSettled");
        // The talks cannot end in agreement without the term: it is part of the draft the congress approves.
        AgreedTerm.check(rules, minutes.termYears(), minutes.termStartsOn(), minutes.outcome() == Outcome.AGREEMENT
                && preparation.agreedTerm(round.caseId()).isEmpty(), preparation.endsAContract(round.caseId()), deadlines.today());
        AgreedWage.check(rules, minutes.wageIncrease(), minutes.outcome() == Outcome.AGREEMENT
                && preparation.wageIncreaseNeeded(round.caseId()), preparation.endsAContract(round.caseId()));
        rules.fits(minutes.attendance(), 1000, "attendance", "negotiation.attendance")
                .fits(minutes.unforeseen(), 2000, "unforeseen", "negotiation.unforeseen")
                .fits(minutes.nextPlace(), 200, "nextPlace", "negotiation.place")
                .fits(minutes.nextItems(), 1000, "nextItems", "negotiation.nextItems");
        rules.check(minutes.nextStartsAt() == null || (minutes.nextStartsAt().toLocalDate().isAfter(deadlines.today().minusDays(1))
                && minutes.nextStartsAt().toLocalDate().isBefore(deadlines.today().plusYears(1))), "nextStartsAt", "round.startsAt");
        for (Position p : minutes.positions()) {
            rules.fits(p.unionPosition(), 2000, "positions", "negotiation.side.UNION")
                    .fits(p.employerPosition(), 2000, "positions", "negotiation.side.EMPLOYER")
                    .fits(p.agreedText(), 4000, "positions", "negotiation.agreedText")
                    .percent(p.unionIncrease(), "positions", "negotiation.increase")
                    .percent(p.employerIncrease(), "positions", "negotiation.increase");
        }
        rules.throwIfAny();
        jdbc.sql("delete from round_position where round_id = ?").param(roundId).update();
        for (Position p : minutes.positions()) {
            jdbc.sql("""
                            insert into round_position (round_id, item_id, union_position, employer_position, union_increase,
                                employer_increase, outcome, agreed_text) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(roundId, p.itemId(), blankToNull(p.unionPosition()), blankToNull(p.employerPosition()),
                            p.unionIncrease(), p.employerIncrease(), p.outcome().name(), blankToNull(p.agreedText()))
                    .update();
        }
        jdbc.sql("""
                        update negotiation_round set status = ?, attendance = ?, unforeseen = ?, outcome = ?,
                            next_starts_at = ?, next_place = ?, next_items = ?, term_years = ?, term_starts_on = ?,
                            wage_increase = ?, union_confirmed = false, employer_confirmed = false where id = ?""")
                .params(Status.MINUTES_SUBMITTED.name(), minutes.attendance().trim(), blankToNull(minutes.unforeseen()), minutes.outcome().name(),
                        minutes.nextStartsAt() == null ? null : Timestamp.valueOf(minutes.nextStartsAt()),
                        blankToNull(minutes.nextPlace()), blankToNull(minutes.nextItems()), minutes.termYears(),
                        minutes.termStartsOn() == null ? null : Date.valueOf(minutes.termStartsOn()), minutes.wageIncrease(), roundId)
                .update();
    }

    /** A chief confirms the minutes; true once both have. */
    @Transactional
    public boolean confirm(long roundId, Side side) {
        Round round = submitted(roundId);
        jdbc.sql(side == Side.UNION
                        ? "update negotiation_round set union_confirmed = true, returned_by_side = null, returned_comment = null where id = ?"
                        : "update negotiation_round set employer_confirmed = true, returned_by_side = null, returned_comment = null where id = ?")
                .param(roundId).update();
        boolean both = side == Side.UNION ? round.employerConfirmed() : round.unionConfirmed();
        if (both) {
            jdbc.sql("update negotiation_round set status = ? where id = ?").params(Status.CONFIRMED.name(), roundId).update();
            positions(roundId).forEach(p -> {
                if (p.outcome() != Preparation.Item.Status.OPEN) {
                    preparation.settle(p.itemId(), p.outcome(), p.agreedText());
                }
            });
            if (round.term() != null) {
                preparation.agreeTerm(round.caseId(), round.term());
            }
            if (round.wageIncrease() != null) {
                preparation.agreeWageIncrease(round.caseId(), round.wageIncrease());
            }
        }
        return both;
    }

    /** A chief sends the minutes back to the recorder with a comment; both confirm again afterwards. */
    @Transactional
    public void returnToRecorder(long roundId, Side side, String comment) {
        submitted(roundId);
        if (comment == null || comment.isBlank() || comment.trim().length() > 1000) {
            throw new BusinessRuleException("comment", "minutes.returnComment");
        }
        jdbc.sql("""
                        update negotiation_round set status = ?, union_confirmed = false, employer_confirmed = false,
                            returned_by_side = ?, returned_comment = ? where id = ?""")
                .params(Status.SCHEDULED.name(), side.name(), comment.trim(), roundId).update();
    }

    public List<Round> rounds(long caseId) {
        return jdbc.sql("select * from negotiation_round where case_id = ? order by round_no").param(caseId).query(this::roundRow).list();
    }

    public Round round(long roundId) {
        return jdbc.sql("select * from negotiation_round where id = ?").param(roundId).query(this::roundRow).optional()
                .orElseThrow(() -> new NotFoundException("round " + roundId));
    }

    public Optional<Round> current(long caseId) {
        List<Round> all = rounds(caseId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public List<Position> positions(long roundId) {
        return jdbc.sql("select * from round_position where round_id = ? order by item_id").param(roundId)
                .query((rs, i) -> new Position(rs.getLong("item_id"), rs.getString("union_position"), rs.getString("employer_position"),
                        rs.getBigDecimal("union_increase"), rs.getBigDecimal("employer_increase"),
                        Preparation.Item.Status.valueOf(rs.getString("outcome")), rs.getString("agreed_text")))
                .list();
    }

    /** A suspended case whose agreed next round date has passed without a new round (officials see it as stalled). */
    public boolean stalled(long caseId) {
        return current(caseId).filter(this::stalled).isPresent();
    }

    /** The last round is a suspension whose agreed next meeting day has passed. */
    boolean stalled(Round last) {
        return last.status() == Status.CONFIRMED && last.outcome() == Outcome.SUSPENDED && last.nextStartsAt() != null
                && last.nextStartsAt().toLocalDate().isBefore(deadlines.today());
    }

    /** {@link #stalled(Round)} as a condition on a case {@code c}: its last round is a suspension whose next day has passed. */
    BargainingCases.Search stalledCases(BargainingCases.Search search) {
        return new BargainingCases.Search(search.stages(), search.words(), """
                c.id in (select r.case_id from negotiation_round r where r.status = ? and r.outcome = ? and r.next_starts_at < ?
                  and r.round_no = (select max(l.round_no) from negotiation_round l where l.case_id = r.case_id))""",
                List.of(Status.CONFIRMED.name(), Outcome.SUSPENDED.name(), Timestamp.valueOf(deadlines.today().atStartOfDay())));
    }

    /** The confirmed rounds of the cases a subquery names (with its parameters). */
    int confirmedIn(String cases, List<Object> params) {
        List<Object> all = new ArrayList<>(List.of(Status.CONFIRMED.name()));
        all.addAll(params);
        return jdbc.sql("select count(*) from negotiation_round where status = ? and case_id in (" + cases + ")")
                .params(all).query(Integer.class).single();
    }

    /** The rounds of many cases at once (an officials' list), by case, in order; a thousand cases a query. */
    Map<Long, List<Round>> roundsOf(List<Long> caseIds) {
        Map<Long, List<Round>> byCase = new HashMap<>();
        for (int from = 0; from < caseIds.size(); from += 1000) {
            jdbc.sql("select * from negotiation_round where case_id in (:ids) order by case_id, round_no")
                    .param("ids", caseIds.subList(from, Math.min(caseIds.size(), from + 1000))).query(this::roundRow).list()
                    .forEach(r -> byCase.computeIfAbsent(r.caseId(), c -> new ArrayList<>()).add(r));
        }
        return byCase;
    }

    void noticeIssued(long roundId, long documentId) {
        jdbc.sql("update negotiation_round set notice_document_id = ? where id = ?").params(documentId, roundId).update();
    }

    void minutesIssued(long roundId, long documentId) {
        jdbc.sql("update negotiation_round set minutes_document_id = ? where id = ?").params(documentId, roundId).update();
    }

    private Round submitted(long roundId) {
        Round round = round(roundId);
        if (round.status() != Status.MINUTES_SUBMITTED) {
            throw new BusinessRuleException(null, "minutes.notSubmitted");
        }
        return round;
    }

    private static String title(Map<Long, Preparation.Item> items, Position p) {
        Preparation.Item item = items.get(p.itemId());
        return item == null ? String.valueOf(p.itemId()) : item.title();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Round roundRow(ResultSet rs, int row) throws SQLException {
        Timestamp next = rs.getTimestamp("next_starts_at");
        String outcome = rs.getString("outcome");
        String returnedBy = rs.getString("returned_by_side");
        Date termStarts = rs.getDate("term_starts_on");
        Integer termYears = rs.getObject("term_years", Integer.class);
        return new Round(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("round_no"), rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getString("place"), Side.valueOf(rs.getString("presiding_side")), Status.valueOf(rs.getString("status")),
                rs.getString("attendance"), rs.getString("unforeseen"), outcome == null ? null : Outcome.valueOf(outcome),
                next == null ? null : next.toLocalDateTime(), rs.getString("next_place"), rs.getString("next_items"),
                rs.getBoolean("union_confirmed"), rs.getBoolean("employer_confirmed"),
                returnedBy == null ? null : Side.valueOf(returnedBy), rs.getString("returned_comment"),
                termYears == null ? null : new AgreedTerm(termYears, termStarts == null ? null : termStarts.toLocalDate()),
                rs.getBigDecimal("wage_increase"));
    }
}
