package org.xieshang.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.monitoring.Tallies;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.XieshangTest;

/**
 * The demo is a slice of the region: the city's two generated districts come with their officials, enterprises and the
 * history recorded from paper, and the figures officials read for them equal counts made here from the rows themselves.
 */
@XieshangTest
class DemoCitySeederTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Tallies tallies;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DemoUsers demo;
    @Autowired
    MockMvc mvc;

    @Test
    void each_generated_district_s_figures_equal_a_count_of_its_enterprises_contracts_and_sessions() {
        for (String code : new String[] {"640104", "640106"}) {
            long district = jdbc.sql("select id from district where code = ?").param(code).query(Long.class).single();
            long area = jdbc.sql("select area_id from district where id = ?").param(district).query(Long.class).single();
            Map<String, Long> figures = tallies.of(area, deadlines.today().getYear());

            assertThat(figures.get("ENTERPRISES")).as(code + " enterprises").isEqualTo(count(
                    "select count(*) from enterprise where district_id = ?", district)).isPositive();
            assertThat(figures.get("ENTERPRISES_WITH_UNION")).as(code + " with a union").isEqualTo(count(
                    "select count(*) from enterprise where district_id = ? and union_founded = true", district));
            String covered = " from enterprise e where e.district_id = ? and e.id in (select cv.enterprise_id from contract_coverage cv"
                    + " join collective_contract k on k.id = cv.contract_id where k.status = ? and k.purpose <> ?)";
            assertThat(figures.get("COVERED_ENTERPRISES")).as(code + " enterprises under a contract").isEqualTo(count(
                    "select count(*)" + covered, district, "EFFECTIVE", "TERMINATION")).isPositive();
            assertThat(figures.get("COVERED_EMPLOYEES")).as(code + " their staff").isEqualTo(count(
                    "select sum(e.headcount)" + covered, district, "EFFECTIVE", "TERMINATION"));
            assertThat(figures.entrySet().stream().filter(f -> f.getKey().startsWith("CONTRACTS_IN_FORCE:"))
                    .mapToLong(Map.Entry::getValue).sum()).as(code + " contracts in force").isEqualTo(count(
                    "select count(*) from collective_contract where district_id = ? and status = ? and purpose <> ?",
                    district, "EFFECTIVE", "TERMINATION"));
            assertThat(figures.getOrDefault("RENEWAL_WINDOW", 0L)).as(code + " contracts in their renewal window").isEqualTo(count(
                    "select count(*) from collective_contract where district_id = ? and status = ? and purpose <> ?"
                            + " and renewal_opens_on <= ? and expires_on >= ?", district, "EFFECTIVE", "TERMINATION",
                    Date.valueOf(deadlines.today()), Date.valueOf(deadlines.today())));
            assertThat(figures.get("CONGRESS_HELD")).as(code + " valid congress in the last 12 months").isEqualTo(count("""
                    select count(*) from enterprise e where e.district_id = ? and e.union_founded = true and exists (
                      select 1 from congress_session s join congress c on c.id = s.congress_id
                      where c.enterprise_id = e.id and s.status = ? and s.starts_at >= ?)""",
                    district, "CLOSED", Date.valueOf(deadlines.today().minusMonths(12)))).isPositive();
        }
    }

    @Test
    void a_generated_district_s_official_sees_her_district_and_the_city_official_sees_all_three() throws Exception {
        String xingqing = jdbc.sql("select name from enterprise e join district d on d.id = e.district_id where d.code = ? order by e.id")
                .param("640104").query(String.class).list().get(0);
        String jinfeng = jdbc.sql("select name from enterprise e join district d on d.id = e.district_id where d.code = ? order by e.id")
                .param("640106").query(String.class).list().get(0);
        mvc.perform(get("/enterprises").param("q", xingqing).with(demo.as("xq.wang")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(xingqing + "</a>"), containsString("共 1 家"))));
        // The search words come back in the search field; the list finds nothing.
        mvc.perform(get("/enterprises").param("q", jinfeng).with(demo.as("xq.wang")))
                .andExpect(content().string(allOf(not(containsString(jinfeng + "</a>")), containsString("共 0 家"))));
        mvc.perform(get("/statistics").with(demo.as("ycs.ma")))
                .andExpect(content().string(allOf(containsString("兴庆区"), containsString("金凤区"), containsString("银川经济技术开发区"))));
        mvc.perform(get("/statistics").with(demo.as("nx.ma")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("银川市")));
    }

    private long count(String sql, Object... params) {
        Long value = jdbc.sql(sql).params(params).query(Long.class).single();
        return value == null ? 0 : value;
    }
}
