package org.xieshang.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.XieshangTest;

/** An official's home opens with her area's registry figures, kept by the steps and equal to a count of the registry. */
@XieshangTest
class HomeOverviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_city_official_s_overview_counts_the_enterprises_unions_democratic_bodies_and_staff_of_every_district_in_her_city()
            throws Exception {
        PortalUser city = demo.user("ycs.ma");
        String html = mvc.perform(get("/").with(DemoUsers.as(city))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String under = " from enterprise e join district d on d.id = e.district_id join area_path p on p.descendant_id = d.area_id"
                + " where p.ancestor_id = ?";

        assertThat(stat(html, "企业")).isEqualTo(count("select count(*)" + under, city.areaId())).isGreaterThan(20);
        assertThat(stat(html, "已建工会")).isEqualTo(count("select count(*)" + under + " and e.union_founded = true", city.areaId()));
        assertThat(stat(html, "已建职代会（职工大会）"))
                .isEqualTo(count("select count(*)" + under + " and e.democratic_body <> 'NONE'", city.areaId())).isPositive();
        assertThat(stat(html, "职工人数")).isEqualTo(count("select sum(e.headcount)" + under, city.areaId()));
    }

    /** The number of the overview's figure with this label. */
    private static long stat(String html, String label) {
        Matcher m = Pattern.compile("<div class=\"stat\">([\\d,]+)</div><div>" + Pattern.quote(label) + "</div>").matcher(html);
        assertThat(m.find()).as(label).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
