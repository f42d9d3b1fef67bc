package org.xieshang.congress;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.Children;
import org.xieshang.system.NotFoundException;

/**
 * The SQL of congress sessions, in one place: sessions, agenda items and candidates, attendance, vote rounds,
 * tallies, participation and open ballots. Enum values are bound as parameters. The services around it hold the
 * rules; this class holds none.
 */
@Repository
class SessionTable {

    /** A vote round takes ballots while open; a closed round is never reopened. */
    enum RoundStatus { OPEN, CLOSED }

    /** How a delegate signed in: on his phone with the hall's code, or on the paper sheet the union enters. */
    enum SignIn { SELF, PAPER }

    private final JdbcClient jdbc;

    SessionTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- sessions -------------------------------------------------------------------------------------------

    record NewSession(long congressId, SessionKind kind, String title, LocalDateTime startsAt, String place,
                      LocalDate proposalsCloseOn, String signInSecret, String bargainingCaseNo, String convenedBy) {
    }

    /** Inserts the session; its number reads ZDH-year-id. */
    long insertSession(NewSession s) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into congress_session (congress_id, session_no, kind, title, starts_at, place, proposals_close_on,
                            sign_in_secret, status, bargaining_case_no, convened_by, convened_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.congressId(), UUID.randomUUID().toString(), s.kind().name(), s.title(),
                        Timestamp.valueOf(s.startsAt()), s.place(), Date.valueOf(s.proposalsCloseOn()), s.signInSecret(),
                        CongressSession.Status.CONVENED.name(), s.bargainingCaseNo(), s.convenedBy(), Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("update congress_session set session_no = ? where id = ?")
                .params(String.format("ZDH-%d-%05d", s.startsAt().getYear(), id), id).update();
        return id;
    }

    Optional<CongressSession> session(long id) {
        return jdbc.sql("select * from congress_session where id = ?").param(id).query(this::sessionRow).optional();
    }

    /** The session row locked until the transaction ends: one step on a session at a time. */
    CongressSession lockSession(long id) {
        jdbc.sql("select id from congress_session where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("session " + id));
        return session(id).orElseThrow();
    }

    List<CongressSession> ofCongress(long congressId) {
        return jdbc.sql("select * from congress_session where congress_id = ? order by starts_at desc").param(congressId)
                .query(this::sessionRow).list();
    }

    void noticeSent(long id, LocalDate on) {
        jdbc.sql("update congress_session set status = ?, notice_sent_on = ? where id = ?")
                .params(CongressSession.Status.NOTIFIED.name(), Date.valueOf(on), id).update();
    }

    /** A new date: attendance of the earlier date is void, the notice and sign-in start afresh. */
    void reschedule(long id, LocalDateTime startsAt, String place) {
        jdbc.sql("delete from session_attendance where session_id = ?").param(id).update();
        jdbc.sql("delete from sign_in_attempt where session_id = ?").param(id).update();
        jdbc.sql("""
                        update congress_session set starts_at = ?, place = ?, status = ?, notice_sent_on = null,
                            delegates_total = null, opened_at = null where id = ?""")
                .params(Timestamp.valueOf(startsAt), place, CongressSession.Status.CONVENED.name(), id).update();
    }

    void cancel(long id, String reason) {
        jdbc.sql("update congress_session set status = ?, adjourned_reason = ?, closed_at = ? where id = ?")
                .params(CongressSession.Status.CANCELLED.name(), reason, Timestamp.from(Instant.now()), id).update();
    }

    void openSignIn(long id, int delegatesTotal) {
        jdbc.sql("update congress_session set status = ?, delegates_total = ?, opened_at = ? where id = ?")
                .params(CongressSession.Status.IN_SESSION.name(), delegatesTotal, Timestamp.from(Instant.now()), id).update();
    }

    /** A session recorded from its minutes: who recorded it, how many attended, the scan of its resolution. */
    void recordedFromPaper(long id, String recordedBy, int present, Long scanDocumentId) {
        jdbc.sql("update congress_session set recorded_by = ?, present_recorded = ?, scan_document_id = ? where id = ?")
                .params(recordedBy, present, scanDocumentId, id).update();
    }

    void close(long id) {
        jdbc.sql("update congress_session set status = ?, closed_at = ? where id = ?")
                .params(CongressSession.Status.CLOSED.name(), Timestamp.from(Instant.now()), id).update();
    }

    void adjourn(long id, String reason) {
        jdbc.sql("update congress_session set status = ?, adjourned_reason = ? where id = ?")
                .params(CongressSession.Status.ADJOURNED.name(), reason, id).update();
    }

    // ---- agenda ---------------------------------------------------------------------------------------------

    long insertItem(long sessionId, int position, ItemKind kind, String title, String description, BallotKind ballot,
                    Integer seats, String bargainingCaseNo, Long documentId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into session_item (session_id, position, kind, title, description, ballot, seats,
                            bargaining_case_no, document_id, disclosure) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, position, kind.name(), title, description, ballot.name(), seats, bargainingCaseNo, documentId,
                        kind.disclosedWhenPassed())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void insertCandidate(long itemId, int position, String name) {
        jdbc.sql("insert into item_candidate (item_id, position, name) values (?, ?, ?)").params(itemId, position, name).update();
    }

    List<SessionItem> items(long sessionId) {
        return withCandidates(jdbc.sql("select * from session_item where session_id = ? order by position").param(sessionId)
                .query(this::itemRow).list());
    }

    Optional<SessionItem> item(long itemId) {
        return withCandidates(jdbc.sql("select * from session_item where id = ?").param(itemId).query(this::itemRow).list())
                .stream().findFirst();
    }

    private List<SessionItem> withCandidates(List<SessionItem> items) {
        return Children.attach(jdbc, items, SessionItem::id, "select * from item_candidate where item_id in (:ids) order by item_id, position",
                (c, i) -> new Children.Of<>(c.getLong("item_id"), new SessionItem.Candidate(c.getLong("id"), c.getInt("position"),
                        c.getString("name"), c.getString("note"))),
                (item, candidates) -> new SessionItem(item.id(), item.sessionId(), item.position(), item.kind(), item.title(),
                        item.description(), item.ballot(), item.seats(), item.bargainingCaseNo(), item.documentId(), item.heard(),
                        candidates, item.opinions(), item.settledWithUnion()));
    }

    void markHeard(long itemId, String opinions, boolean settledWithUnion) {
        jdbc.sql("update session_item set heard = true, opinions = ?, settled_with_union = ? where id = ?")
                .params(opinions, settledWithUnion, itemId).update();
    }

    record PendingJointDecision(long id, LocalDate heldOn, String subject) {
    }

    List<PendingJointDecision> pendingJointDecisions(long congressId) {
        return jdbc.sql("""
                        select id, held_on, subject from joint_meeting where congress_id = ? and confirmed_item_id is null
                        order by held_on, id""")
                .param(congressId)
                .query((rs, i) -> new PendingJointDecision(rs.getLong("id"), rs.getDate("held_on").toLocalDate(),
                        rs.getString("subject")))
                .list();
    }

    void jointDecisionPutTo(long jointMeetingId, long itemId) {
        jdbc.sql("update joint_meeting set confirmed_item_id = ? where id = ?").params(itemId, jointMeetingId).update();
    }

    // ---- attendance -----------------------------------------------------------------------------------------

    /** False when the delegate had already signed in (the primary key refuses a second row). */
    boolean attend(long sessionId, long delegateId, SignIn method, String recordedBy) {
        if (signedIn(sessionId, delegateId)) {
            return false;
        }
        try {
            jdbc.sql("""
                            insert into session_attendance (session_id, delegate_id, method, signed_in_at, recorded_by)
                            values (?, ?, ?, ?, ?)""")
                    .params(sessionId, delegateId, method.name(), Timestamp.from(Instant.now()), recordedBy).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean signedIn(long sessionId, long delegateId) {
        return jdbc.sql("select count(*) from session_attendance where session_id = ? and delegate_id = ?")
                .params(sessionId, delegateId).query(Integer.class).single() > 0;
    }

    int presentCount(long sessionId) {
        return jdbc.sql("select count(*) from session_attendance where session_id = ?").param(sessionId)
                .query(Integer.class).single();
    }

    Set<Long> present(long sessionId) {
        return Set.copyOf(jdbc.sql("select delegate_id from session_attendance where session_id = ?").param(sessionId)
                .query(Long.class).list());
    }

    // ---- rounds and ballots ---------------------------------------------------------------------------------

    long insertRound(SessionItem item, int roundNo, int delegatesTotal, int present, String revoteReason, String openedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into vote_round (item_id, round_no, ballot, status, delegates_total, present, revote_reason,
                            opened_by, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.id(), roundNo, item.ballot().name(), RoundStatus.OPEN.name(), delegatesTotal, present, revoteReason,
                        openedBy, Timestamp.from(Instant.now()))
                .update(key, "id");
        long roundId = key.getKeyAs(Number.class).longValue();
        item.lines().forEach(line -> jdbc.sql("insert into vote_tally (round_id, line) values (?, ?)").params(roundId, line).update());
        return roundId;
    }

    List<VoteRound> rounds(long itemId) {
        return jdbc.sql("select * from vote_round where item_id = ? order by round_no").param(itemId).query(this::roundRow).list();
    }

    Optional<VoteRound> round(long roundId) {
        return jdbc.sql("select * from vote_round where id = ?").param(roundId).query(this::roundRow).optional();
    }

    Optional<VoteRound> openRound(long sessionId) {
        return jdbc.sql("""
                        select r.* from vote_round r join session_item i on i.id = r.item_id
                        where i.session_id = ? and r.status = ?""")
                .params(sessionId, RoundStatus.OPEN.name()).query(this::roundRow).optional();
    }

    boolean anyRound(long sessionId) {
        return jdbc.sql("select count(*) from vote_round r join session_item i on i.id = r.item_id where i.session_id = ?")
                .param(sessionId).query(Integer.class).single() > 0;
    }

    /**
     * Counts ballots into a round while it is open; false once it is closed. The round row is updated first in every
     * ballot, so a concurrent close waits for the ballots in flight.
     */
    boolean countBallots(long roundId, int ballots) {
        return jdbc.sql("update vote_round set ballots_cast = ballots_cast + ? where id = ? and status = ?")
                .params(ballots, roundId, RoundStatus.OPEN.name()).update() > 0;
    }

    /** Records that the delegate voted (no time, no order, no choice); false if he already had. */
    boolean participate(long roundId, long delegateId) {
        try {
            jdbc.sql("insert into vote_participation (round_id, delegate_id) values (?, ?)").params(roundId, delegateId).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void addToTally(long roundId, int line, int votesFor, int against, int abstain) {
        jdbc.sql("""
                        update vote_tally set for_count = for_count + ?, against_count = against_count + ?,
                            abstain_count = abstain_count + ? where round_id = ? and line = ?""")
                .params(votesFor, against, abstain, roundId, line).update();
    }

    void openBallot(long roundId, long delegateId, int line, VoteChoice choice) {
        jdbc.sql("insert into open_ballot (round_id, delegate_id, line, choice) values (?, ?, ?, ?)")
                .params(roundId, delegateId, line, choice.name()).update();
    }

    /** Closes an open round with who is present at its close; false if it was not open. */
    boolean closeRound(long roundId, long sessionId) {
        return jdbc.sql("""
                        update vote_round set status = ?, closed_at = ?,
                            present = (select count(*) from session_attendance where session_id = ?)
                        where id = ? and status = ?""")
                .params(RoundStatus.CLOSED.name(), Timestamp.from(Instant.now()), sessionId, roundId, RoundStatus.OPEN.name())
                .update() > 0;
    }

    List<VoteRound.Line> tally(long roundId) {
        return jdbc.sql("select * from vote_tally where round_id = ? order by line").param(roundId)
                .query((rs, i) -> new VoteRound.Line(rs.getInt("line"), rs.getInt("for_count"), rs.getInt("against_count"),
                        rs.getInt("abstain_count")))
                .list();
    }

    Set<Long> voted(long roundId) {
        return Set.copyOf(jdbc.sql("select delegate_id from vote_participation where round_id = ?").param(roundId)
                .query(Long.class).list());
    }

    // ---- rows -----------------------------------------------------------------------------------------------

    private CongressSession sessionRow(ResultSet rs, int row) throws SQLException {
        Date notice = rs.getDate("notice_sent_on");
        Timestamp opened = rs.getTimestamp("opened_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new CongressSession(rs.getLong("id"), rs.getLong("congress_id"), rs.getString("session_no"),
                SessionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getString("place"), rs.getDate("proposals_close_on").toLocalDate(),
                notice == null ? null : notice.toLocalDate(), rs.getString("sign_in_secret"),
                CongressSession.Status.valueOf(rs.getString("status")), rs.getObject("delegates_total", Integer.class),
                opened == null ? null : opened.toInstant(), closed == null ? null : closed.toInstant(),
                rs.getString("adjourned_reason"), rs.getString("bargaining_case_no"));
    }

    private SessionItem itemRow(ResultSet rs, int row) throws SQLException {
        return new SessionItem(rs.getLong("id"), rs.getLong("session_id"), rs.getInt("position"), ItemKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("description"), BallotKind.valueOf(rs.getString("ballot")),
                rs.getObject("seats", Integer.class), rs.getString("bargaining_case_no"),
                rs.getObject("document_id", Long.class), rs.getBoolean("heard"), List.of(), rs.getString("opinions"),
                rs.getBoolean("settled_with_union"));
    }

    private VoteRound roundRow(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new VoteRound(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("round_no"),
                BallotKind.valueOf(rs.getString("ballot")), RoundStatus.valueOf(rs.getString("status")) == RoundStatus.OPEN,
                rs.getInt("delegates_total"), rs.getInt("present"), rs.getInt("ballots_cast"),
                rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(), rs.getString("revote_reason"));
    }
}
