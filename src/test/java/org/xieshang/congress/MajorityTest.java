package org.xieshang.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Quorum and majorities against ALL delegates (EDM; CCR Art. 36), without a Spring context. */
class MajorityTest {

    @Test
    void two_thirds_of_all_delegates_make_the_quorum_two_thirds_included() {
        assertThat(Majority.quorum(20, 30)).isTrue();
        assertThat(Majority.quorum(19, 30)).isFalse();
        assertThat(Majority.quorumOf(30)).isEqualTo(20);
        assertThat(Majority.quorumOf(40)).isEqualTo(27);
        assertThat(Majority.quorum(27, 40)).isTrue();
        assertThat(Majority.quorum(26, 40)).isFalse();
        assertThat(Majority.quorum(0, 0)).as("a congress without delegates never sits").isFalse();
    }

    @Test
    void half_of_all_delegates_is_not_a_majority_one_more_is() {
        assertThat(Majority.passes(50, 100)).isFalse();
        assertThat(Majority.passes(51, 100)).isTrue();
        assertThat(Majority.passes(16, 30)).isTrue();
        assertThat(Majority.passes(15, 30)).isFalse();
        assertThat(Majority.passMark(100)).isEqualTo(51);
        assertThat(Majority.passMark(31)).isEqualTo(16);
    }

    @Test
    void an_election_fills_the_seats_with_candidates_who_have_a_majority_of_all_most_votes_first() {
        var counts = List.of(new Majority.Count(1, 60), new Majority.Count(2, 55), new Majority.Count(3, 70), new Majority.Count(4, 40));
        assertThat(Majority.elected(counts, 2, 100)).containsExactlyInAnyOrder(3, 1);
        assertThat(Majority.elected(counts, 5, 100)).as("fewer with a majority than seats").containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void candidates_tied_for_the_last_seat_are_none_of_them_elected() {
        var counts = List.of(new Majority.Count(1, 70), new Majority.Count(2, 60), new Majority.Count(3, 60));
        assertThat(Majority.elected(counts, 2, 100)).containsExactly(1);
    }
}
