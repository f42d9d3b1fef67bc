package org.xieshang.congress;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * Sessions of a congress: convening with the agenda, the 7-day notice, sign-in and the live quorum, votes in
 * rounds, closing or adjourning. Votes never pass through the engine, so no process variable or history row
 * holds a choice; a secret ballot leaves only "this delegate voted" and the counts.
 */
@Service
public class CongressSessions {

    static final String NOTICE_CLOCK = "congress-notice";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CongressRegistry congresses;
    private final DeadlineService deadlines;
    private final DocumentService documents;

    CongressSessions(JdbcClient jdbc, CongressRegistry congresses, DeadlineService deadlines, DocumentService documents) {
        this.jdbc = jdbc;
        this.congresses = congresses;
        this.deadlines = deadlines;
        this.documents = documents;
    }

    public record NewItem(ItemKind kind, String title, String description, BallotKind ballot, Integer seats,
                          List<String> candidates) {
    }

    public record Plan(SessionKind kind, String title, LocalDateTime startsAt, String place, LocalDate proposalsCloseOn,
                       List<NewItem> items) {
    }

    /** The contract draft a bargaining case puts before the congress (an approve item, secret ballot). */
    public record Draft(String caseNo, long documentId, String title) {
    }

    public record Attendance(int total, int present, int quorumOf, boolean quorum) {
    }

    // ---- convening and notice ------------------------------------------------------------------------------

    /**
     * Convenes a session. Refused while the delegates' composition breaks a rule, or when the date leaves no time
     * for the notice to reach every delegate 7 days ahead (counted by the deadline service).
     */
    @Transactional
    public long convene(CongressOwner owner, Plan plan, Draft draft, PortalUser user) {
        congresses.editable(owner, user);
        Congress congress = congresses.current(owner).orElseThrow(() -> new BusinessRuleException(null, "congress.none"));
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        Composition composition = congresses.composition(congress);
        rules.check(composition.canConvene(), null, "session.composition");
        rules.check(plan.kind() != null, "kind", "session.kind.required");
        rules.check(plan.title() != null && !plan.title().isBlank() && plan.title().length() <= 200, "title", "session.title.required");
        rules.check(plan.place() != null && !plan.place().isBlank(), "place", "session.place.required");
        checkDate(rules, plan.startsAt());
        if (plan.startsAt() != null && plan.proposalsCloseOn() != null) {
            LocalDate noticeBy = noticeDeadline(plan.startsAt().toLocalDate()).due();
            rules.check(!plan.proposalsCloseOn().isBefore(deadlines.today()) && !plan.proposalsCloseOn().isAfter(noticeBy),
                    "proposalsCloseOn", "session.proposals.window", deadlines.today(), noticeBy);
        } else {
            rules.check(plan.proposalsCloseOn() != null, "proposalsCloseOn", "session.proposals.required");
        }
        List<NewItem> items = new ArrayList<>();
        if (draft != null) {
            items.add(new NewItem(ItemKind.APPROVE, draft.title(), null, BallotKind.SECRET, null, List.of()));
        }
        plan.items().stream().filter(i -> i.title() != null && !i.title().isBlank()).forEach(items::add);
        rules.check(!items.isEmpty(), "items", "session.items.required");
        for (int i = 0; i < items.size(); i++) {
            checkItem(rules, i + 1, items.get(i));
        }
        rules.throwIfAny();

        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into congress_session (congress_id, session_no, kind, title, starts_at, place, proposals_close_on,
                            sign_in_code, status, bargaining_case_no, convened_by, convened_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'CONVENED', ?, ?, ?)""")
                .params(congress.id(), UUID.randomUUID().toString(), plan.kind().name(), plan.title().trim(),
                        Timestamp.valueOf(plan.startsAt()), plan.place().trim(), Date.valueOf(plan.proposalsCloseOn()),
                        String.format("%06d", RANDOM.nextInt(1_000_000)), draft == null ? null : draft.caseNo(),
                        user.userId(), Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("update congress_session set session_no = ? where id = ?")
                .params(String.format("ZDH-%d-%05d", plan.startsAt().getYear(), id), id).update();
        int position = 0;
        for (NewItem item : items) {
            long itemId = insertItem(id, ++position, item, draft != null && position == 1 ? draft : null);
            if (item.kind().perPerson()) {
                for (int c = 0; c < item.candidates().size(); c++) {
                    jdbc.sql("insert into item_candidate (item_id, position, name) values (?, ?, ?)")
                            .params(itemId, c + 1, item.candidates().get(c).trim()).update();
                }
            }
        }
        addPendingJointDecisions(congress.id(), id, position);
        if (draft != null) {
            // documents.md: the draft is read by both sides and by the delegates who vote on it.
            documents.share(draft.documentId(), congresses.parties(owner));
        }
        return id;
    }

    /** The latest day the notice may reach the delegates for a session on that day. */
    public Deadline noticeDeadline(LocalDate sessionDay) {
        return deadlines.compute(NOTICE_CLOCK, sessionDay);
    }

    /** The notice goes out only while it can still reach every delegate 7 days ahead. */
    @Transactional
    public void sendNotice(long sessionId) {
        CongressSession s = session(sessionId);
        requireStatus(s, CongressSession.Status.CONVENED);
        LocalDate noticeBy = noticeDeadline(s.startsAt().toLocalDate()).due();
        if (deadlines.today().isAfter(noticeBy)) {
            throw new BusinessRuleException("startsAt", "session.notice.tooLate", s.startsAt().toLocalDate(), noticeBy);
        }
        jdbc.sql("update congress_session set status = 'NOTIFIED', notice_sent_on = ? where id = ?")
                .params(Date.valueOf(deadlines.today()), sessionId).update();
    }

    /** A new date after the notice clock ran out or the session was adjourned; sign-in starts afresh. */
    @Transactional
    public void reschedule(long sessionId, LocalDateTime startsAt, String place) {
        CongressSession s = session(sessionId);
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        checkDate(rules, startsAt);
        rules.check(place != null && !place.isBlank(), "place", "session.place.required");
        rules.throwIfAny();
        if (s.status() == CongressSession.Status.CLOSED || s.status() == CongressSession.Status.CANCELLED) {
            throw new BusinessRuleException(null, "session.status", s.status());
        }
        jdbc.sql("delete from session_attendance where session_id = ?").param(sessionId).update();
        jdbc.sql("""
                        update congress_session set starts_at = ?, place = ?, status = 'CONVENED', notice_sent_on = null,
                            delegates_total = null, opened_at = null where id = ?""")
                .params(Timestamp.valueOf(startsAt), place.trim(), sessionId).update();
    }

    @Transactional
    public void cancel(long sessionId, String reason) {
        jdbc.sql("update congress_session set status = 'CANCELLED', adjourned_reason = ?, closed_at = ? where id = ?")
                .params(reason, Timestamp.from(Instant.now()), sessionId).update();
    }

    // ---- the day: sign-in, quorum, votes --------------------------------------------------------------------

    /** Sign-in opens on the session day; the delegates sitting then are the "all delegates" of every count. */
    @Transactional
    public void openSignIn(long sessionId) {
        CongressSession s = session(sessionId);
        int total = congresses.sitting(s.congressId()).size();
        jdbc.sql("update congress_session set status = 'IN_SESSION', delegates_total = ?, opened_at = ? where id = ?")
                .params(total, Timestamp.from(Instant.now()), sessionId).update();
    }

    /** A delegate signs in on his phone with the code shown in the hall. */
    @Transactional
    public boolean signIn(long sessionId, String code, PortalUser user) {
        CongressSession s = session(sessionId);
        Delegate delegate = delegateOf(s, user);
        requireStatus(s, CongressSession.Status.IN_SESSION);
        if (code == null || !s.signInCode().equals(code.trim())) {
            throw new BusinessRuleException("code", "session.signIn.code");
        }
        return attend(sessionId, delegate.id(), "SELF", user);
    }

    /** The union marks delegates who signed the paper sheet. */
    @Transactional
    public int markPaperSignIn(long sessionId, List<Long> delegateIds, PortalUser user) {
        CongressSession s = editableSession(sessionId, user);
        requireStatus(s, CongressSession.Status.IN_SESSION);
        Set<Long> sitting = Set.copyOf(congresses.sitting(s.congressId()).stream().map(Delegate::id).toList());
        int added = 0;
        for (Long id : delegateIds) {
            if (!sitting.contains(id)) {
                throw new NotFoundException("delegate " + id);
            }
            added += attend(sessionId, id, "PAPER", user) ? 1 : 0;
        }
        return added;
    }

    public Attendance attendance(long sessionId) {
        CongressSession s = session(sessionId);
        int total = s.delegatesTotal() != null ? s.delegatesTotal() : congresses.sitting(s.congressId()).size();
        int present = jdbc.sql("select count(*) from session_attendance where session_id = ?").param(sessionId)
                .query(Integer.class).single();
        return new Attendance(total, present, Majority.quorumOf(total), Majority.quorum(present, total));
    }

    /** One delegate's sign-in, without loading the whole hall (every ballot asks). */
    public boolean signedIn(long sessionId, long delegateId) {
        return jdbc.sql("select count(*) from session_attendance where session_id = ? and delegate_id = ?")
                .params(sessionId, delegateId).query(Integer.class).single() > 0;
    }

    public Set<Long> present(long sessionId) {
        return Set.copyOf(jdbc.sql("select delegate_id from session_attendance where session_id = ?").param(sessionId)
                .query(Long.class).list());
    }

    /** Opens the next round on an item: never below the quorum, one round at a time, a closed round stays closed. */
    @Transactional
    public long openVote(long itemId, PortalUser user) {
        SessionItem item = item(itemId);
        CongressSession s = editableSession(item.sessionId(), user);
        requireStatus(s, CongressSession.Status.IN_SESSION);
        if (!item.kind().voted()) {
            throw new BusinessRuleException(null, "session.vote.notVoted");
        }
        Attendance attendance = attendance(s.id());
        if (!attendance.quorum()) {
            throw new BusinessRuleException(null, "session.vote.noQuorum", attendance.present(), attendance.total(),
                    attendance.quorumOf());
        }
        if (openRound(s.id()).isPresent()) {
            throw new BusinessRuleException(null, "session.vote.oneAtATime");
        }
        int roundNo = rounds(itemId).size() + 1;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into vote_round (item_id, round_no, ballot, status, delegates_total, present, opened_by, opened_at)
                        values (?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
                .params(itemId, roundNo, item.ballot().name(), attendance.total(), attendance.present(), user.userId(),
                        Timestamp.from(Instant.now()))
                .update(key, "id");
        long roundId = key.getKeyAs(Number.class).longValue();
        item.lines().forEach(line -> jdbc.sql("insert into vote_tally (round_id, line) values (?, ?)")
                .params(roundId, line).update());
        return roundId;
    }

    /**
     * One delegate's ballot. The round row is updated first, so a concurrent close waits for it and a closed round
     * takes no more ballots; the participation key refuses a second ballot. Every tally line of the round is
     * updated, each by zero or one per column, so the row versions do not tell which line got which mark.
     */
    @Transactional
    public void cast(long roundId, Map<Integer, VoteChoice> choices, PortalUser user) {
        VoteRound round = round(roundId);
        SessionItem item = item(round.itemId());
        CongressSession s = session(item.sessionId());
        Delegate delegate = delegateOf(s, user);
        if (!signedIn(s.id(), delegate.id())) {
            throw new BusinessRuleException(null, "session.ballot.notSignedIn");
        }
        List<Integer> lines = item.lines();
        if (!choices.keySet().equals(Set.copyOf(lines)) || choices.values().stream().anyMatch(c -> c == null)) {
            throw new BusinessRuleException("choices", "session.ballot.incomplete");
        }
        if (item.kind() == ItemKind.ELECT && choices.values().stream().filter(c -> c == VoteChoice.FOR).count() > item.seats()) {
            throw new BusinessRuleException("choices", "session.ballot.tooMany", item.seats());
        }
        if (jdbc.sql("update vote_round set ballots_cast = ballots_cast + 1 where id = ? and status = 'OPEN'")
                .param(roundId).update() == 0) {
            throw new BusinessRuleException(null, "session.ballot.closed");
        }
        try {
            jdbc.sql("insert into vote_participation (round_id, delegate_id) values (?, ?)")
                    .params(roundId, delegate.id()).update();
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException(null, "session.ballot.again");
        }
        for (int line : lines) {
            VoteChoice choice = choices.get(line);
            addToTally(roundId, line, new PaperCount(choice == VoteChoice.FOR ? 1 : 0, choice == VoteChoice.AGAINST ? 1 : 0,
                    choice == VoteChoice.ABSTAIN ? 1 : 0));
            if (round.ballot() == BallotKind.OPEN) {
                jdbc.sql("insert into open_ballot (round_id, delegate_id, line, choice) values (?, ?, ?, ?)")
                        .params(roundId, delegate.id(), line, choice.name()).update();
            }
        }
    }

    /** Per line, how many ballots marked for, against and abstain. */
    public record PaperCount(int votesFor, int against, int abstain) {
        int total() {
            return votesFor + against + abstain;
        }
    }

    /**
     * The scrutineers' count of paper ballots, for delegates who vote in the hall without the portal: the union
     * names who put a ballot in the box (so they cannot also vote online, and "who has voted" stays right) and
     * enters the counts per line; every line accounts for each paper ballot.
     */
    @Transactional
    public void recordPaperBallots(long roundId, List<Long> delegateIds, Map<Integer, PaperCount> counts, PortalUser user) {
        VoteRound round = round(roundId);
        SessionItem item = item(round.itemId());
        CongressSession s = editableSession(item.sessionId(), user);
        int ballots = delegateIds.size();
        Set<Long> present = present(s.id());
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(ballots > 0, "delegateId", "session.paper.ballots");
        rules.check(present.containsAll(delegateIds), "delegateId", "session.ballot.notSignedIn");
        rules.check(counts.keySet().equals(Set.copyOf(item.lines())) && counts.values().stream()
                .allMatch(c -> c.votesFor() >= 0 && c.against() >= 0 && c.abstain() >= 0 && c.total() == ballots),
                "counts", "session.paper.lines", ballots);
        rules.check(item.kind() != ItemKind.ELECT || counts.values().stream().mapToInt(PaperCount::votesFor).sum()
                <= ballots * item.seats(), "counts", "session.paper.seats", item.seats());
        rules.throwIfAny();
        if (jdbc.sql("update vote_round set ballots_cast = ballots_cast + ? where id = ? and status = 'OPEN'")
                .params(ballots, roundId).update() == 0) {
            throw new BusinessRuleException(null, "session.ballot.closed");
        }
        try {
            delegateIds.forEach(id -> jdbc.sql("insert into vote_participation (round_id, delegate_id) values (?, ?)")
                    .params(roundId, id).update());
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("delegateId", "session.paper.already");
        }
        counts.forEach((line, c) -> addToTally(roundId, line, c));
    }

    private void addToTally(long roundId, int line, PaperCount count) {
        jdbc.sql("""
                        update vote_tally set for_count = for_count + ?, against_count = against_count + ?,
                            abstain_count = abstain_count + ? where round_id = ? and line = ?""")
                .params(count.votesFor(), count.against(), count.abstain(), roundId, line).update();
    }

    @Transactional
    public VoteRound.Result closeVote(long roundId, PortalUser user) {
        VoteRound round = round(roundId);
        long sessionId = item(round.itemId()).sessionId();
        editableSession(sessionId, user);
        // A delegate who signs in while the vote is open may still vote, so the round keeps who was present at its
        // close: the resolution's attendance never falls below the ballots cast.
        if (jdbc.sql("""
                        update vote_round set status = 'CLOSED', closed_at = ?,
                            present = (select count(*) from session_attendance where session_id = ?)
                        where id = ? and status = 'OPEN'""")
                .params(Timestamp.from(Instant.now()), sessionId, roundId).update() == 0) {
            throw new BusinessRuleException(null, "session.ballot.closed");
        }
        return result(roundId).orElseThrow();
    }

    /** The counts of a closed round; nothing while it is open (not even to the union). */
    public Optional<VoteRound.Result> result(long roundId) {
        VoteRound round = round(roundId);
        if (round.open()) {
            return Optional.empty();
        }
        SessionItem item = item(round.itemId());
        List<VoteRound.Line> lines = jdbc.sql("select * from vote_tally where round_id = ? order by line").param(roundId)
                .query((rs, i) -> new VoteRound.Line(rs.getInt("line"), rs.getInt("for_count"), rs.getInt("against_count"),
                        rs.getInt("abstain_count")))
                .list();
        int total = round.delegatesTotal();
        boolean passed = !item.kind().perPerson() && Majority.passes(lines.get(0).votesFor(), total);
        Set<Integer> elected = item.kind() == ItemKind.ELECT
                ? Majority.elected(lines.stream().map(l -> new Majority.Count(l.line(), l.votesFor())).toList(), item.seats(), total)
                : Set.of();
        return Optional.of(new VoteRound.Result(round, lines, passed, elected));
    }

    /** The last closed round of an item decides it. */
    public Optional<VoteRound.Result> decision(long itemId) {
        return rounds(itemId).stream().filter(r -> !r.open()).reduce((a, b) -> b).flatMap(r -> result(r.id()));
    }

    /** An item with its deciding round, if it was voted. */
    public record Decision(SessionItem item, VoteRound.Result result) {

        public boolean voted() {
            return result != null;
        }

        /** Passed: for an election, at least one candidate elected; a report heard counts as dealt with. */
        public boolean passed() {
            return result != null && (item.kind() == ItemKind.ELECT ? !result.elected().isEmpty() : result.passed());
        }
    }

    /** The latest closed vote on a bargaining case's contract draft, for the contract that records it. */
    public Optional<Decision> draftDecision(String caseNo) {
        return jdbc.sql("""
                        select i.id from session_item i join congress_session s on s.id = i.session_id
                        where i.bargaining_case_no = ? and s.status = 'CLOSED' order by s.starts_at desc, i.id desc""")
                .param(caseNo).query(Long.class).list().stream().findFirst()
                .flatMap(id -> decision(id).map(r -> new Decision(item(id), r)));
    }

    public List<Decision> decisions(long sessionId) {
        return items(sessionId).stream().map(i -> new Decision(i, decision(i.id()).orElse(null))).toList();
    }

    /** Who has voted in a round (shown live); never what. */
    public Set<Long> voted(long roundId) {
        return Set.copyOf(jdbc.sql("select delegate_id from vote_participation where round_id = ?").param(roundId)
                .query(Long.class).list());
    }

    @Transactional
    public void markHeard(long itemId, PortalUser user) {
        SessionItem item = item(itemId);
        requireStatus(editableSession(item.sessionId(), user), CongressSession.Status.IN_SESSION);
        jdbc.sql("update session_item set heard = true where id = ?").param(itemId).update();
    }

    /** Closing needs no round open; items left without a closed round are recorded as not voted. */
    @Transactional
    public void close(long sessionId) {
        CongressSession s = session(sessionId);
        requireStatus(s, CongressSession.Status.IN_SESSION);
        if (!Majority.quorum(attendance(sessionId).present(), s.delegatesTotal())) {
            throw new BusinessRuleException(null, "session.close.noQuorum");
        }
        if (openRound(sessionId).isPresent()) {
            throw new BusinessRuleException(null, "session.close.roundOpen");
        }
        jdbc.sql("update congress_session set status = 'CLOSED', closed_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), sessionId).update();
    }

    /** A session without a quorum is adjourned before any vote; it can be reconvened on a new date. */
    @Transactional
    public void adjourn(long sessionId, String reason) {
        CongressSession s = session(sessionId);
        requireStatus(s, CongressSession.Status.IN_SESSION);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "session.adjourn.reasonRequired");
        }
        boolean anyRound = jdbc.sql("""
                        select count(*) from vote_round r join session_item i on i.id = r.item_id where i.session_id = ?""")
                .param(sessionId).query(Integer.class).single() > 0;
        if (anyRound) {
            throw new BusinessRuleException(null, "session.adjourn.afterVotes");
        }
        jdbc.sql("update congress_session set status = 'ADJOURNED', adjourned_reason = ? where id = ?")
                .params(reason.trim(), sessionId).update();
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    public CongressSession session(long id) {
        return jdbc.sql("select * from congress_session where id = ?").param(id).query(this::sessionRow).optional()
                .orElseThrow(() -> new NotFoundException("session " + id));
    }

    /** A session as a user may see it: the congress owner's parties, officials of the district, its delegates. */
    public CongressSession visibleSession(long id, PortalUser user) {
        CongressSession s = session(id);
        if (congresses.sitsIn(s.congressId(), user).isEmpty()) {
            congresses.visible(ownerOf(s), user);
        }
        return s;
    }

    public CongressSession editableSession(long id, PortalUser user) {
        CongressSession s = session(id);
        congresses.editable(ownerOf(s), user);
        return s;
    }

    public CongressOwner ownerOf(CongressSession s) {
        return congresses.congress(s.congressId()).owner();
    }

    public List<CongressSession> ofCongress(long congressId) {
        return jdbc.sql("select * from congress_session where congress_id = ? order by starts_at desc").param(congressId)
                .query(this::sessionRow).list();
    }

    public List<SessionItem> items(long sessionId) {
        return jdbc.sql("select * from session_item where session_id = ? order by position").param(sessionId)
                .query(this::itemRow).list();
    }

    public SessionItem item(long itemId) {
        return jdbc.sql("select * from session_item where id = ?").param(itemId).query(this::itemRow).optional()
                .orElseThrow(() -> new NotFoundException("item " + itemId));
    }

    public List<VoteRound> rounds(long itemId) {
        return jdbc.sql("select * from vote_round where item_id = ? order by round_no").param(itemId).query(this::roundRow).list();
    }

    public VoteRound round(long roundId) {
        return jdbc.sql("select * from vote_round where id = ?").param(roundId).query(this::roundRow).optional()
                .orElseThrow(() -> new NotFoundException("round " + roundId));
    }

    public Optional<VoteRound> openRound(long sessionId) {
        return jdbc.sql("""
                        select r.* from vote_round r join session_item i on i.id = r.item_id
                        where i.session_id = ? and r.status = 'OPEN'""")
                .param(sessionId).query(this::roundRow).optional();
    }

    /** The timer instants the session process waits for. */
    public java.util.Date proposalsCloseAt(long sessionId) {
        return deadlines.startOf(session(sessionId).proposalsCloseOn().plusDays(1));
    }

    public java.util.Date signInOpensAt(long sessionId) {
        return deadlines.startOf(session(sessionId).startsAt().toLocalDate());
    }

    /** The delegate a user sits as in the session's congress; not found for anyone else. */
    Delegate delegateOf(CongressSession s, PortalUser user) {
        return congresses.sitsIn(s.congressId(), user).orElseThrow(() -> new NotFoundException("delegate " + user.userId()));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void checkDate(BusinessRuleException.Collector rules, LocalDateTime startsAt) {
        if (startsAt == null) {
            rules.check(false, "startsAt", "session.startsAt.required");
            return;
        }
        LocalDate noticeBy = noticeDeadline(startsAt.toLocalDate()).due();
        rules.check(!deadlines.today().isAfter(noticeBy), "startsAt", "session.notice.tooLate", startsAt.toLocalDate(), noticeBy);
    }

    private static void checkItem(BusinessRuleException.Collector rules, int n, NewItem item) {
        rules.check(item.kind() != null, "items", "session.item.kindRequired", n);
        rules.check(item.title().length() <= 200, "items", "session.item.titleTooLong", n);
        if (item.kind() == null) {
            return;
        }
        rules.check(!item.kind().voted() || item.ballot() == BallotKind.OPEN || item.ballot() == BallotKind.SECRET,
                "items", "session.item.ballotRequired", n);
        rules.check(!item.kind().perPerson() || item.ballot() == BallotKind.SECRET, "items", "session.item.secretOnly", n);
        if (item.kind().perPerson()) {
            List<String> names = item.candidates() == null ? List.of()
                    : item.candidates().stream().filter(c -> c != null && !c.isBlank()).toList();
            rules.check(!names.isEmpty(), "items", "session.item.candidatesRequired", n);
            rules.check(names.size() == item.candidates().size(), "items", "session.item.candidatesRequired", n);
        }
        if (item.kind() == ItemKind.ELECT) {
            rules.check(item.seats() != null && item.seats() >= 1, "items", "session.item.seatsRequired", n);
            rules.check(item.seats() == null || item.candidates() == null || item.candidates().size() >= item.seats(),
                    "items", "session.item.fewCandidates", n, item.seats());
        }
    }

    private long insertItem(long sessionId, int position, NewItem item, Draft draft) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        BallotKind ballot = item.kind().voted() ? item.ballot() : BallotKind.NONE;
        jdbc.sql("""
                        insert into session_item (session_id, position, kind, title, description, ballot, seats,
                            bargaining_case_no, document_id, disclosure) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, position, item.kind().name(), item.title().trim(),
                        item.description() == null || item.description().isBlank() ? null : item.description().trim(),
                        ballot.name(), item.kind() == ItemKind.ELECT ? item.seats() : null,
                        draft == null ? null : draft.caseNo(), draft == null ? null : draft.documentId(),
                        item.kind().disclosedWhenPassed())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Decisions of joint meetings since the last session go before this one for confirmation. */
    private void addPendingJointDecisions(long congressId, long sessionId, int position) {
        List<Map<String, Object>> pending = jdbc.sql("""
                        select id, held_on, subject from joint_meeting where congress_id = ? and confirmed_item_id is null
                        order by held_on, id""")
                .param(congressId).query().listOfRows();
        for (Map<String, Object> meeting : pending) {
            long itemId = insertItem(sessionId, ++position, new NewItem(ItemKind.APPROVE,
                    "确认联席会议决定：" + meeting.get("subject") + "（" + meeting.get("held_on") + "）", null, BallotKind.OPEN,
                    null, List.of()), null);
            jdbc.sql("update joint_meeting set confirmed_item_id = ? where id = ?")
                    .params(itemId, ((Number) meeting.get("id")).longValue()).update();
        }
    }

    private boolean attend(long sessionId, long delegateId, String method, PortalUser user) {
        if (signedIn(sessionId, delegateId)) {
            return false;
        }
        try {
            jdbc.sql("""
                            insert into session_attendance (session_id, delegate_id, method, signed_in_at, recorded_by)
                            values (?, ?, ?, ?, ?)""")
                    .params(sessionId, delegateId, method, Timestamp.from(Instant.now()), user.userId()).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static void requireStatus(CongressSession s, CongressSession.Status status) {
        if (s.status() != status) {
            throw new BusinessRuleException(null, "session.status", s.status());
        }
    }

    private CongressSession sessionRow(ResultSet rs, int row) throws SQLException {
        Date notice = rs.getDate("notice_sent_on");
        Timestamp opened = rs.getTimestamp("opened_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new CongressSession(rs.getLong("id"), rs.getLong("congress_id"), rs.getString("session_no"),
                SessionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getString("place"), rs.getDate("proposals_close_on").toLocalDate(),
                notice == null ? null : notice.toLocalDate(), rs.getString("sign_in_code"),
                CongressSession.Status.valueOf(rs.getString("status")), rs.getObject("delegates_total", Integer.class),
                opened == null ? null : opened.toInstant(), closed == null ? null : closed.toInstant(),
                rs.getString("adjourned_reason"), rs.getString("bargaining_case_no"));
    }

    private SessionItem itemRow(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<SessionItem.Candidate> candidates = jdbc.sql("select * from item_candidate where item_id = ? order by position")
                .param(id).query((c, i) -> new SessionItem.Candidate(c.getLong("id"), c.getInt("position"), c.getString("name"),
                        c.getString("note"))).list();
        return new SessionItem(id, rs.getLong("session_id"), rs.getInt("position"), ItemKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("description"), BallotKind.valueOf(rs.getString("ballot")),
                rs.getObject("seats", Integer.class), rs.getString("bargaining_case_no"),
                rs.getObject("document_id", Long.class), rs.getBoolean("heard"), candidates);
    }

    private VoteRound roundRow(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new VoteRound(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("round_no"),
                BallotKind.valueOf(rs.getString("ballot")), "OPEN".equals(rs.getString("status")),
                rs.getInt("delegates_total"), rs.getInt("present"), rs.getInt("ballots_cast"),
                rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant());
    }
}
