package org.xieshang.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CaseOpening;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.campaign.CampaignForm;
import org.xieshang.campaign.CampaignService;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.Redirects;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/** roles.md: each official does his own part of the law, and no more. */
@XieshangTest
class RoleBoundariesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    CaseOpening opening;
    @Autowired
    CoordinationSteps coordination;
    @Autowired
    NegotiationFixture negotiations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DeadlineService deadlines;

    @Test
    void the_upper_level_union_reads_the_wage_guideline_but_only_the_labour_bureau_sets_it() throws Exception {
        List<String> before = guidelines();
        MvcResult refused = mvc.perform(post("/negotiations/wage-guideline").with(csrf()).with(demo.as("zgh.liu"))
                .param("lowerPercent", "1").param("baselinePercent", "2").param("upperPercent", "3").param("minimumWage", "900"))
                .andReturn();

        Redirects.follow(mvc, refused, demo.as("zgh.liu"))
                .andExpect(content().string(containsString("工资指导线和最低工资标准由劳动保障行政部门发布")));
        assertThat(guidelines()).isEqualTo(before);
    }

    @Test
    void the_labour_bureau_cannot_open_a_case_for_a_union_nor_coordinate_before_the_sides_negotiate() {
        long id = enterprises.register("宁夏职权边界测试", 120, null, null);
        PortalUser bureau = demo.user("rsj.zhao");
        PortalUser chair = enterprises.person("chair-r" + id, PartyDirectory.unionOf(id), PartyKind.UNION, id, Position.UNION_CHAIR);

        assertThatThrownBy(() -> opening.forEnterprise(id, null, bureau))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessage()).isEqualTo("case.open.unionOnly"));
        assertThat(casesOf(id)).isZero();

        BargainingCase draft = opening.forEnterprise(id, null, chair);
        assertThat(draft.stage()).isEqualTo(CaseStage.DRAFT);
        assertThatThrownBy(() -> coordination.intervene(draft.id(), "双方分歧较大。", bureau))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("coordination.notNegotiating"));
        assertThat(jdbc.sql("select count(*) from coordination where case_id = ?").param(draft.id()).query(Integer.class).single())
                .isZero();
    }

    @Test
    void a_federation_bargains_in_one_case_at_a_time_whoever_opens_the_next() {
        NegotiationFixture.Table t = negotiations.acceptedFederationWageOffer(2);
        long federation = t.union().federationId();
        // Any campaign will do; when this class runs alone no other test has launched one yet.
        long campaign = jdbc.sql("select id from campaign order by id desc").query(Long.class).list().stream().findFirst()
                .orElseGet(() -> campaigns.launch(CampaignForm.of(deadlines.today().getYear(), "春季要约行动", new BigDecimal("90"),
                        deadlines.today().plusDays(30)), demo.user("zgh.liu")));

        assertThatThrownBy(() -> opening.forFederation(federation, null, t.union()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessage()).isEqualTo("case.open.alreadyOpen"));
        assertThatThrownBy(() -> opening.forFederation(federation, campaign, demo.user("zgh.liu")))
                .as("another campaign").isInstanceOf(BusinessRuleException.class);
        assertThat(jdbc.sql("select count(*) from bargaining_case where federation_id = ?").param(federation)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private List<String> guidelines() {
        return jdbc.sql("select district_id || '/' || guideline_year || '/' || minimum_wage from wage_guideline order by 1")
                .query(String.class).list();
    }

    private int casesOf(long enterpriseId) {
        return jdbc.sql("select count(*) from bargaining_case where enterprise_id = ?").param(enterpriseId).query(Integer.class).single();
    }
}
