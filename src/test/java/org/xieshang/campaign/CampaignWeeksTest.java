package org.xieshang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xieshang.bargaining.LadderStep;

/** The campaign's weekly progress and its ladder funnel, from the cases' days alone. */
class CampaignWeeksTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 3, 2);

    @Test
    void offers_and_answers_fall_in_the_week_of_their_day_and_add_up_week_by_week() {
        Map<LocalDate, Integer> served = Map.of(LAUNCH.minusDays(3), 1, LAUNCH.plusDays(6), 1, LAUNCH.plusDays(7), 1);
        Map<LocalDate, Integer> answered = Map.of(LAUNCH.plusDays(9), 1, LAUNCH.plusDays(20), 1);

        List<CampaignFigures.Week> weeks = CampaignFigures.weeks(served, answered, LAUNCH, LAUNCH.plusDays(22));

        assertThat(weeks).extracting(CampaignFigures.Week::startsOn)
                .containsExactly(LAUNCH, LAUNCH.plusWeeks(1), LAUNCH.plusWeeks(2), LAUNCH.plusWeeks(3));
        assertThat(weeks).extracting(CampaignFigures.Week::served).as("an offer on paper before the launch counts in week 1")
                .containsExactly(2, 1, 0, 0);
        assertThat(weeks).extracting(CampaignFigures.Week::answered).containsExactly(0, 1, 1, 0);
        assertThat(weeks).extracting(CampaignFigures.Week::servedSoFar).containsExactly(2, 3, 3, 3);
        assertThat(weeks).extracting(CampaignFigures.Week::answeredSoFar).containsExactly(0, 1, 2, 2);
    }

    @Test
    void the_ladder_funnel_lists_every_step_in_order_with_its_overdue_offers() {
        Map<LadderStep, Integer> counted = new HashMap<>();
        counted.put(LadderStep.BUREAU_ACTION, 1);
        counted.put(null, 1);
        counted.put(LadderStep.REMINDER_LETTER, 2);

        var ladder = CampaignFigures.ladder(counted);

        assertThat(ladder.keySet()).containsExactly(null, LadderStep.REMINDER_LETTER, LadderStep.OPINION_LETTER,
                LadderStep.RECOMMENDATION_LETTER, LadderStep.BUREAU_ACTION);
        assertThat(ladder.values()).containsExactly(1, 2, 0, 0, 1);
    }
}
