package org.xieshang.congress;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The counting rules of a congress session, always against ALL delegates (EDM; CCR Art. 36). Quorum "2/3 以上"
 * includes two thirds. CCR says 半数以上 (which includes half), EDM says 过半数 (strictly more): strictly more than
 * half satisfies both, so 50 of 100 fails and 51 passes.
 */
public final class Majority {

    private Majority() {
    }

    public static boolean quorum(int present, int total) {
        return total > 0 && present * 3 >= total * 2;
    }

    /** Fewest present for a quorum. */
    public static int quorumOf(int total) {
        return (total * 2 + 2) / 3;
    }

    public static boolean passes(int votesFor, int total) {
        return votesFor * 2 > total;
    }

    /** Fewest votes for that pass. */
    public static int passMark(int total) {
        return total / 2 + 1;
    }

    /** A candidate's count in an election. */
    public record Count(int line, int votesFor) {
    }

    /**
     * Who is elected: candidates with a majority of all delegates, most votes first, up to the seats. Candidates
     * tied for the last seat are none of them elected: a further round decides between them.
     */
    public static Set<Integer> elected(List<Count> counts, int seats, int total) {
        List<Count> qualified = counts.stream().filter(c -> passes(c.votesFor(), total))
                .sorted(Comparator.comparingInt(Count::votesFor).reversed()).toList();
        if (qualified.size() <= seats) {
            return qualified.stream().map(Count::line).collect(Collectors.toSet());
        }
        int cut = qualified.get(seats - 1).votesFor();
        boolean tieAtCut = qualified.get(seats).votesFor() == cut;
        return qualified.stream().filter(c -> tieAtCut ? c.votesFor() > cut : qualified.indexOf(c) < seats)
                .map(Count::line).collect(Collectors.toSet());
    }
}
