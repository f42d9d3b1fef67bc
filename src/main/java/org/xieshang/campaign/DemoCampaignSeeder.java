package org.xieshang.campaign;

import java.math.BigDecimal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.PartyDirectory;

/**
 * On first start of the demo district, its upper-level union launches this year's spring offer campaign, so
 * officials find a campaign and every union chair an offer to draft. Runs after the district is seeded.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = {"xieshang.demo.enabled", "xieshang.demo.campaign"}, havingValue = "true")
class DemoCampaignSeeder implements ApplicationRunner {

    static final String DEMO_OFFICIAL = "zgh.liu";

    private final CampaignService campaigns;
    private final PartyDirectory parties;
    private final DeadlineService deadlines;
    private final JdbcClient jdbc;

    DemoCampaignSeeder(CampaignService campaigns, PartyDirectory parties, DeadlineService deadlines, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.parties = parties;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        parties.portalUser(DEMO_OFFICIAL).ifPresent(official -> {
            boolean none = jdbc.sql("select count(*) from campaign where district_id = ?").param(official.districtId())
                    .query(Integer.class).single() == 0;
            if (none) {
                int year = deadlines.today().getYear();
                campaigns.launch(year, year + "年春季集体协商要约行动", new BigDecimal("90"),
                        deadlines.today().plusDays(45), official);
            }
        });
    }
}
