package org.xieshang.congress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * Votes in rounds, and the secrecy rule. A ballot never reaches the engine. A secret ballot leaves two traces only:
 * "this delegate voted in this round" (no time, no order, no choice) and the per-line counters, and it updates
 * every line of its round, each by zero or one per column, so not even row versions tell which line got the mark.
 * An open ballot also records who chose what. The round row is updated first in every ballot, so a close waits for
 * ballots in flight and a closed round takes none; the participation key refuses a second ballot.
 */
@Service
public class Ballots {

    /** Per line, how many paper ballots marked for, against and abstain. */
    public record PaperCount(int votesFor, int against, int abstain) {
        int total() {
            return votesFor + against + abstain;
        }
    }

    private final SessionTable table;
    private final Sessions sessions;
    private final Agenda agenda;
    private final Attendance attendance;
    private final CaseSessions caseSessions;

    Ballots(SessionTable table, Sessions sessions, Agenda agenda, Attendance attendance, CaseSessions caseSessions) {
        this.caseSessions = caseSessions;
        this.table = table;
        this.sessions = sessions;
        this.agenda = agenda;
        this.attendance = attendance;
    }

    /**
     * Opens the next round on an item: never below the quorum, one round at a time, a closed round stays closed. A
     * passed item stays passed; a failed one is voted again only for a reason the minutes record.
     */
    @Transactional
    public long openVote(long itemId, String revoteReason, PortalUser user) {
        SessionItem item = agenda.item(itemId);
        CongressSession s = sessions.editableSession(item.sessionId(), user);
        Sessions.requireStatus(s, CongressSession.Status.IN_SESSION);
        if (!item.kind().voted()) {
            throw new BusinessRuleException(null, "session.vote.notVoted");
        }
        Attendance.Turnout turnout = attendance.turnout(s.id());
        if (!turnout.quorum()) {
            throw new BusinessRuleException(null, "session.vote.noQuorum", turnout.present(), turnout.total(), turnout.quorumOf());
        }
        if (table.openRound(s.id()).isPresent()) {
            throw new BusinessRuleException(null, "session.vote.oneAtATime");
        }
        String reason = revoteReason == null || revoteReason.isBlank() ? null : revoteReason.trim();
        Optional<VoteRound.Result> earlier = decision(itemId);
        if (earlier.isPresent()) {
            if (!item.kind().perPerson() && earlier.get().passed()) {
                throw new BusinessRuleException(null, "session.vote.passedStays");
            }
            new BusinessRuleException.Collector().check(reason != null, "revoteReason", "session.vote.revoteReason")
                    .fits(reason, 500, "revoteReason", "session.round.revoteReason").throwIfAny();
        }
        return table.insertRound(item, table.rounds(itemId).size() + 1, turnout.total(), turnout.present(),
                earlier.isPresent() ? reason : null, user.userId());
    }

    /** One delegate's ballot: a choice for every line, at most the seats FOR in an election. */
    @Transactional
    public void cast(long roundId, Map<Integer, VoteChoice> choices, PortalUser user) {
        VoteRound round = round(roundId);
        SessionItem item = agenda.item(round.itemId());
        Delegate delegate = sessions.delegateOf(sessions.session(item.sessionId()), user);
        if (!attendance.signedIn(item.sessionId(), delegate.id())) {
            throw new BusinessRuleException(null, "session.ballot.notSignedIn");
        }
        List<Integer> lines = item.lines();
        if (!choices.keySet().equals(Set.copyOf(lines)) || choices.values().stream().anyMatch(c -> c == null)) {
            throw new BusinessRuleException("choices", "session.ballot.incomplete");
        }
        if (item.kind() == ItemKind.ELECT && choices.values().stream().filter(c -> c == VoteChoice.FOR).count() > item.seats()) {
            throw new BusinessRuleException("choices", "session.ballot.tooMany", item.seats());
        }
        if (!table.countBallots(roundId, 1)) {
            throw new BusinessRuleException(null, "session.ballot.closed");
        }
        if (!table.participate(roundId, delegate.id())) {
            throw new BusinessRuleException(null, "session.ballot.again");
        }
        for (int line : lines) {
            VoteChoice choice = choices.get(line);
            table.addToTally(roundId, line, choice == VoteChoice.FOR ? 1 : 0, choice == VoteChoice.AGAINST ? 1 : 0,
                    choice == VoteChoice.ABSTAIN ? 1 : 0);
            if (round.ballot() == BallotKind.OPEN) {
                table.openBallot(roundId, delegate.id(), line, choice);
            }
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
        SessionItem item = agenda.item(round.itemId());
        CongressSession s = sessions.editableSession(item.sessionId(), user);
        int ballots = delegateIds.size();
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(ballots > 0, "delegateId", "session.paper.ballots");
        rules.check(attendance.present(s.id()).containsAll(delegateIds), "delegateId", "session.ballot.notSignedIn");
        rules.check(counts.keySet().equals(Set.copyOf(item.lines())) && counts.values().stream()
                .allMatch(c -> c.votesFor() >= 0 && c.against() >= 0 && c.abstain() >= 0 && c.total() == ballots),
                "counts", "session.paper.lines", ballots);
        rules.check(item.kind() != ItemKind.ELECT || counts.values().stream().mapToInt(PaperCount::votesFor).sum()
                <= ballots * item.seats(), "counts", "session.paper.seats", item.seats());
        rules.throwIfAny();
        if (!table.countBallots(roundId, ballots)) {
            throw new BusinessRuleException(null, "session.ballot.closed");
        }
        if (!delegateIds.stream().allMatch(id -> table.participate(roundId, id))) {
            throw new BusinessRuleException("delegateId", "session.paper.already");
        }
        counts.forEach((line, c) -> table.addToTally(roundId, line, c.votesFor(), c.against(), c.abstain()));
    }

    /**
     * Closes the round. A delegate who signs in while the vote is open may still vote, so the round keeps who was
     * present at its close: the resolution's attendance never falls below the ballots cast.
     */
    @Transactional
    public VoteRound.Result closeVote(long roundId, PortalUser user) {
        long sessionId = agenda.item(round(roundId).itemId()).sessionId();
        sessions.editableSession(sessionId, user);
        if (!table.closeRound(roundId, sessionId)) {
            throw new BusinessRuleException(null, "session.ballot.closed");
        }
        return result(roundId).orElseThrow();
    }

    /** A report item is marked as heard; it takes no vote. */
    @Transactional
    public void markHeard(long itemId, PortalUser user) {
        SessionItem item = agenda.item(itemId);
        Sessions.requireStatus(sessions.editableSession(item.sessionId(), user), CongressSession.Status.IN_SESSION);
        table.markHeard(itemId, null, false);
    }

    /**
     * A rule affecting workers is discussed, not voted (LCL Art. 4): the delegates' opinions are recorded, and whether
     * the rule has been settled with the union (or the workers' representatives) after hearing them.
     */
    @Transactional
    public void recordDiscussion(long itemId, String opinions, boolean settledWithUnion, PortalUser user) {
        SessionItem item = agenda.item(itemId);
        Sessions.requireStatus(sessions.editableSession(item.sessionId(), user), CongressSession.Status.IN_SESSION);
        if (item.kind() != ItemKind.RULE) {
            throw new BusinessRuleException(null, "session.discussion.rulesOnly");
        }
        new BusinessRuleException.Collector().check(opinions != null && !opinions.isBlank(), "opinions", "session.discussion.opinions")
                .fits(opinions, 2000, "opinions", "session.discussion.opinionsLabel").throwIfAny();
        table.markHeard(itemId, opinions.trim(), settledWithUnion);
    }

    /** The counts of a closed round; nothing while it is open (not even to the union). */
    public Optional<VoteRound.Result> result(long roundId) {
        VoteRound round = round(roundId);
        if (round.open()) {
            return Optional.empty();
        }
        return Optional.of(Results.of(round, agenda.item(round.itemId()), table.tally(roundId)));
    }

    /** The last closed round of an item decides it. */
    public Optional<VoteRound.Result> decision(long itemId) {
        return Results.deciding(table.rounds(itemId)).flatMap(r -> result(r.id()));
    }

    /** The latest closed vote on a bargaining case's contract draft, for the contract that records it. */
    public Optional<Results.Decision> draftDecision(String caseNo) {
        return caseSessions.closedDraftItems(caseNo).stream().findFirst()
                .flatMap(id -> decision(id).map(r -> new Results.Decision(agenda.item(id), r)));
    }

    public List<Results.Decision> decisions(long sessionId) {
        return agenda.items(sessionId).stream().map(i -> new Results.Decision(i, decision(i.id()).orElse(null))).toList();
    }

    /** Who has voted in a round (shown live); never what. */
    public Set<Long> voted(long roundId) {
        return table.voted(roundId);
    }

    public VoteRound round(long roundId) {
        return table.round(roundId).orElseThrow(() -> new NotFoundException("round " + roundId));
    }

    public Optional<VoteRound> openRound(long sessionId) {
        return table.openRound(sessionId);
    }
}
