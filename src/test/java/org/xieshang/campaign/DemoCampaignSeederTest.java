package org.xieshang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.LadderStep;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.XieshangTest;

/** The demo campaign shows officials every state of the offer stage on first start. */
@XieshangTest
class DemoCampaignSeederTest {

    @Autowired
    DemoCampaignSeeder seeder;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignFigures figures;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_campaign_has_cases_in_every_state_and_overdue_cases_at_each_ladder_step() {
        // Other test classes share this database: start from a district without open cases or campaigns (only the demo
        // district's, so the figures of the others stay equal to their cases).
        PortalUser official = demo.user("zgh.liu");
        jdbc.sql("update bargaining_case set stage = 'REFUSED' where district_id = ?").param(official.districtId()).update();
        jdbc.sql("update campaign set status = 'CLOSED' where district_id = ?").param(official.districtId()).update();

        long id = seeder.seed(official);
        Campaign campaign = campaigns.find(id).orElseThrow();
        CampaignFigures.Report report = figures.report(campaign, 100);

        for (CampaignFigures.Status status : CampaignFigures.Status.values()) {
            assertThat(report.count(status.name())).as(status.name()).isPositive();
        }
        assertThat(report.overdue()).extracting(CampaignFigures.Row::ladderStep)
                .contains(LadderStep.REMINDER_LETTER, LadderStep.OPINION_LETTER, LadderStep.BUREAU_ACTION)
                .anyMatch(Objects::isNull);
        assertThat(figures.rows(campaign, 0, 1000)).extracting(CampaignFigures.Row::stage)
                .contains(CaseStage.DRAFT, CaseStage.OFFER_SENT, CaseStage.PREPARATION, CaseStage.REFUSED);
        assertThat(report.ladder().values().stream().mapToInt(Integer::intValue).sum()).as("the ladder funnel holds every overdue offer")
                .isEqualTo(report.count("OVERDUE"));
        assertThat(report.overdue()).extracting(CampaignFigures.Row::daysOverdue).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(report.overdue().get(0).partyName()).isEqualTo("银川恒力轴承制造有限公司");
    }
}
