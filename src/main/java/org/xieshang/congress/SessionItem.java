package org.xieshang.congress;

import java.util.List;

/** An agenda item; an election or evaluation lists the persons voted on (line n = candidate at position n). */
public record SessionItem(long id, long sessionId, int position, ItemKind kind, String title, String description,
                          BallotKind ballot, Integer seats, String bargainingCaseNo, Long documentId, boolean heard,
                          List<Candidate> candidates, String opinions, boolean settledWithUnion) {

    public record Candidate(long id, int position, String name, String note) {
    }

    /** The ballot lines: 0 for the item itself, or one per candidate. */
    public List<Integer> lines() {
        return kind.perPerson() ? candidates.stream().map(Candidate::position).toList() : List.of(0);
    }

    /** Candidates per seat (差额比例), for an election. */
    public double competitiveRatio() {
        return seats == null || seats == 0 ? 0 : (double) candidates.size() / seats;
    }
}
