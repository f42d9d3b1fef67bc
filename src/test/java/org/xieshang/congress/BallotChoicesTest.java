package org.xieshang.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xieshang.system.BusinessRuleException;

/** A ballot holds For, Against or Abstain on numbered lines; anything else is refused, never guessed or a 500. */
class BallotChoicesTest {

    @Test
    void the_three_choices_on_numbered_lines_are_read() {
        assertThat(DelegateController.choices(Map.of("line-0", "FOR", "line-1", "ABSTAIN", "_csrf", "x")))
                .containsEntry(0, VoteChoice.FOR).containsEntry(1, VoteChoice.ABSTAIN).hasSize(2);
    }

    @Test
    void a_choice_or_a_line_the_ballot_does_not_have_is_refused() {
        assertThatThrownBy(() -> DelegateController.choices(Map.of("line-0", "MAYBE")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("session.ballot.choice");
        assertThatThrownBy(() -> DelegateController.choices(Map.of("line-x", "FOR")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("session.ballot.choice");
        assertThatThrownBy(() -> DelegateController.choices(Map.of("line-99999999999", "FOR")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("session.ballot.choice");
    }
}
