package org.xieshang.congress;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a closed round's counts mean, as pure functions of the counts: an item passes with more than half of ALL
 * delegates; an election elects the candidates with such a majority up to the seats; the last closed round of an
 * item decides it.
 */
public final class Results {

    private Results() {
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

    /** The result of a closed round of {@code item} with these counts per ballot line. */
    public static VoteRound.Result of(VoteRound round, SessionItem item, List<VoteRound.Line> lines) {
        int total = round.delegatesTotal();
        boolean passed = !item.kind().perPerson() && Majority.passes(lines.get(0).votesFor(), total);
        Set<Integer> elected = item.kind() == ItemKind.ELECT
                ? Majority.elected(lines.stream().map(l -> new Majority.Count(l.line(), l.votesFor())).toList(), item.seats(), total)
                : Set.of();
        return new VoteRound.Result(round, lines, passed, elected);
    }

    /** The round that decides an item: its last closed one, if any. */
    public static Optional<VoteRound> deciding(List<VoteRound> rounds) {
        return rounds.stream().filter(r -> !r.open()).reduce((a, b) -> b);
    }
}
