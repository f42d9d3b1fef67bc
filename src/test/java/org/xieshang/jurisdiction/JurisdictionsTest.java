package org.xieshang.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.campaign.Campaign;
import org.xieshang.campaign.CampaignForm;
import org.xieshang.campaign.CampaignService;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.XieshangTest;

/**
 * Officials at every level see the subtree of their own area and nothing beside it: a city official her city's
 * districts and not another city's, a district official her district and not its sibling, a province official
 * every city; a city launches the spring campaign for each of its districts.
 */
@XieshangTest
class JurisdictionsTest {

    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    FreshDistrict districts;
    @Autowired
    AccessPolicy access;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DemoUsers demo;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_district_sits_under_yinchuan_under_ningxia_and_every_existing_party_has_its_area() {
        PortalUser official = demo.user("zgh.liu");
        assertThat(jurisdictions.lineage(official.areaId())).extracting(a -> a.name().zh(), Area::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("宁夏回族自治区", AreaLevel.PROVINCE),
                        org.assertj.core.groups.Tuple.tuple("银川市", AreaLevel.CITY),
                        org.assertj.core.groups.Tuple.tuple("银川经济技术开发区", AreaLevel.DISTRICT));
        assertThat(jdbc.sql("select count(*) from party where area_id is null").query(Integer.class).single()).isZero();
        assertThat(demo.user("ycs.ma").partyName().zh()).isEqualTo("银川市总工会");
        assertThat(demo.user("ycs.ma").districtId()).isNull();
    }

    @Test
    void a_city_official_sees_the_districts_of_her_city_and_not_another_city_s() throws Exception {
        FreshDistrict.District mine = districts.create("640000", "640910");
        FreshDistrict.District sibling = districts.create("640000", "640910");
        FreshDistrict.District elsewhere = districts.create("640000", "640920");
        PortalUser city = cityOfficial("640910", PartyDirectory::upperUnionOfArea, Position.UPPER_UNION_OFFICIAL);

        assertThat(access.visibleEnterpriseIds(city)).contains(mine.enterpriseId(), sibling.enterpriseId())
                .doesNotContain(elsewhere.enterpriseId());
        mvc.perform(get("/enterprises/{id}", sibling.enterpriseId()).with(DemoUsers.as(city))).andExpect(status().isOk());
        mvc.perform(get("/enterprises/{id}", elsewhere.enterpriseId()).with(DemoUsers.as(city))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises").with(DemoUsers.as(city)))
                .andExpect(content().string(containsString(mine.enterpriseName())));
        assertThat(access.visibleEnterpriseIds(demo.user("ycs.ma"))).as("银川市 is another city")
                .doesNotContain(mine.enterpriseId());
        assertThat(access.visibleEnterpriseIds(demo.user("nx.yang"))).as("the province sees every city of Ningxia")
                .contains(mine.enterpriseId(), elsewhere.enterpriseId());
        assertThat(access.canEditRegistry(city)).as("the registry is kept by the districts").isFalse();
        for (String page : List.of("/", "/campaigns", "/negotiations", "/congress", "/contracts", "/federations", "/statistics",
                "/enterprises.xlsx", "/contracts.xlsx")) {
            mvc.perform(get(page).with(DemoUsers.as(city))).andExpect(status().isOk());
        }
        // The lists, their exports and the JSON API hold the sibling district and nothing of the other city.
        for (String list : List.of("/enterprises", "/enterprises.csv", "/api/enterprises", "/statistics.csv",
                "/cases.csv", "/contracts.csv")) {
            mvc.perform(get(list).with(DemoUsers.as(city))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(elsewhere.enterpriseName()))))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(elsewhere.name()))));
        }
        mvc.perform(get("/api/enterprises").with(DemoUsers.as(city)))
                .andExpect(content().string(allOf(containsString(mine.enterpriseName()), containsString(sibling.enterpriseName()))));
        mvc.perform(get("/api/enterprises/{id}", elsewhere.enterpriseId()).with(DemoUsers.as(city))).andExpect(status().isNotFound());
        mvc.perform(get("/statistics").param("area", String.valueOf(jurisdictions.byCode("640920").orElseThrow().id()))
                .with(DemoUsers.as(city))).andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/negotiations/wage-guideline")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("lowerPercent", "3").with(DemoUsers.as(city)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_district_official_sees_nothing_of_a_sibling_district() throws Exception {
        FreshDistrict.District mine = districts.create("640000", "640930");
        FreshDistrict.District sibling = districts.create("640000", "640930");
        assertThat(access.visibleEnterpriseIds(mine.upperUnion())).contains(mine.enterpriseId()).doesNotContain(sibling.enterpriseId());
        mvc.perform(get("/enterprises/{id}", sibling.enterpriseId()).with(DemoUsers.as(mine.bureau()))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}", sibling.enterpriseId()).with(DemoUsers.as(sibling.bureau()))).andExpect(status().isOk());
        for (String list : List.of("/enterprises", "/enterprises.csv", "/api/enterprises", "/statistics", "/statistics.csv", "/cases",
                "/contracts.csv")) {
            mvc.perform(get(list).with(DemoUsers.as(mine.bureau()))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(sibling.enterpriseName()))));
        }
        mvc.perform(get("/api/enterprises/{id}", sibling.enterpriseId()).with(DemoUsers.as(mine.bureau()))).andExpect(status().isNotFound());
        mvc.perform(get("/statistics").param("area", String.valueOf(jurisdictions.areaOfDistrict(sibling.id())))
                .with(DemoUsers.as(mine.bureau()))).andExpect(status().isNotFound());
    }

    @Test
    void a_city_launches_the_campaign_for_each_of_its_districts_which_run_their_own_part() throws Exception {
        FreshDistrict.District first = districts.create("640000", "640940");
        FreshDistrict.District second = districts.create("640000", "640940");
        FreshDistrict.District elsewhere = districts.create("640000", "640950");
        PortalUser city = cityOfficial("640940", PartyDirectory::upperUnionOfArea, Position.UPPER_UNION_OFFICIAL);
        int year = deadlines.today().getYear();

        long launched = campaigns.launch(CampaignForm.of(year, "全市春季集体协商要约行动", new BigDecimal("90"),
                deadlines.today().plusDays(30)), city);

        List<Campaign> seen = campaigns.visibleTo(city);
        assertThat(seen).extracting(Campaign::districtId).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(seen).extracting(Campaign::id).contains(launched);
        assertThat(campaigns.visibleTo(first.upperUnion())).extracting(Campaign::districtId).containsExactly(first.id());
        assertThat(campaigns.visibleTo(elsewhere.upperUnion())).isEmpty();
        long secondsCampaign = seen.stream().filter(c -> c.districtId() == second.id()).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> campaigns.get(secondsCampaign, first.upperUnion())).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/campaigns").with(DemoUsers.as(city)))
                .andExpect(content().string(containsString(first.name())))
                .andExpect(content().string(containsString(second.name())));
        mvc.perform(get("/campaigns").param("q", second.name()).param("year", String.valueOf(year)).with(DemoUsers.as(city)))
                .andExpect(content().string(containsString("共 1 项")));
        assertThatThrownBy(() -> campaigns.extend(secondsCampaign, deadlines.today().plusDays(40), city))
                .as("each district's union runs its part").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> campaigns.launch(CampaignForm.of(year, "再发起一次", new BigDecimal("90"),
                deadlines.today().plusDays(30)), city)).hasMessageContaining("campaign.year.open");
    }

    private PortalUser cityOfficial(String cityCode, java.util.function.LongFunction<String> party, Position position) {
        Area city = jurisdictions.byCode(cityCode).orElseThrow();
        jurisdictions.ensureOfficials(city.id());
        return districts.person("city" + cityCode + "." + (position == Position.BUREAU_OFFICIAL ? "rsj" : "zgh"), "马", "立新", party.apply(city.id()), position);
    }
}
