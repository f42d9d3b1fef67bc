package org.xieshang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.LadderStep;

/** The campaign's weekly progress and its ladder funnel, from the cases' days alone. */
class CampaignWeeksTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 3, 2);

    private static CampaignFigures.Row row(LocalDate received, LocalDate answered, LadderStep step) {
        return new CampaignFigures.Row(1, "XS-2026-00001", "企业", false, "行业", "园区", CaseStage.OFFER_SENT, step, received,
                received == null ? null : received.plusDays(20), answered, CampaignFigures.Status.AWAITING, 0, 1, 100);
    }

    @Test
    void offers_and_answers_fall_in_the_week_of_their_day_and_add_up_week_by_week() {
        List<CampaignFigures.Row> rows = List.of(row(LAUNCH.minusDays(3), LAUNCH.plusDays(9), null), row(LAUNCH.plusDays(6), null, null),
                row(LAUNCH.plusDays(7), LAUNCH.plusDays(20), null), row(null, null, null));

        List<CampaignFigures.Week> weeks = CampaignFigures.weeks(rows, LAUNCH, LAUNCH.plusDays(22));

        assertThat(weeks).extracting(CampaignFigures.Week::startsOn)
                .containsExactly(LAUNCH, LAUNCH.plusWeeks(1), LAUNCH.plusWeeks(2), LAUNCH.plusWeeks(3));
        assertThat(weeks).extracting(CampaignFigures.Week::served).as("an offer on paper before the launch counts in week 1")
                .containsExactly(2, 1, 0, 0);
        assertThat(weeks).extracting(CampaignFigures.Week::answered).containsExactly(0, 1, 1, 0);
        assertThat(weeks).extracting(CampaignFigures.Week::servedSoFar).containsExactly(2, 3, 3, 3);
        assertThat(weeks).extracting(CampaignFigures.Week::answeredSoFar).containsExactly(0, 1, 2, 2);
    }

    @Test
    void the_ladder_funnel_counts_overdue_offers_at_each_step_with_every_step_listed() {
        var ladder = CampaignFigures.ladder(List.of(row(LAUNCH, null, null), row(LAUNCH, null, LadderStep.REMINDER_LETTER),
                row(LAUNCH, null, LadderStep.REMINDER_LETTER), row(LAUNCH, null, LadderStep.BUREAU_ACTION)));

        assertThat(ladder.keySet()).containsExactly(null, LadderStep.REMINDER_LETTER, LadderStep.OPINION_LETTER,
                LadderStep.RECOMMENDATION_LETTER, LadderStep.BUREAU_ACTION);
        assertThat(ladder.values()).containsExactly(1, 2, 0, 0, 1);
    }
}
