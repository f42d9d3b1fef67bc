package org.xieshang.congress;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A round of voting on an item: closed rounds are frozen; a revote opens the next round. */
public record VoteRound(long id, long itemId, int roundNo, BallotKind ballot, boolean open, int delegatesTotal,
                        int present, int ballotsCast, Instant openedAt, Instant closedAt, String revoteReason) {

    public record Line(int line, int votesFor, int against, int abstain) {
    }

    /** A closed round's counts and what they mean under the majority-of-all rule. */
    public record Result(VoteRound round, List<Line> lines, boolean passed, Set<Integer> elected) {

        public Line line(int line) {
            return lines.stream().filter(l -> l.line() == line).findFirst().orElseThrow();
        }

        public int passMark() {
            return Majority.passMark(round.delegatesTotal());
        }
    }
}
