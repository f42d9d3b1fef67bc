package org.xieshang.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.ImportProblem;
import org.xieshang.monitoring.Tallies;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.TestClock;
import org.xieshang.testing.TestPdfs;
import org.xieshang.testing.XieshangTest;

/**
 * A district's history from paper counts from the first day: a contract in force in coverage and, on its day, in the
 * renewal window; a past session with its quorum in the congress system rate (one without, not); a spreadsheet with a
 * bad row keeps nothing; every record says it came from paper and who recorded it; the demo has both.
 */
@XieshangTest
class HistoryFromPaperTest {

    @Autowired
    FreshDistrict districts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Tallies tallies;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    TestClock clock;
    @Autowired
    org.xieshang.testing.TestEnterprises enterprises;
    @Autowired
    org.xieshang.enterprise.EnterpriseRegistry registry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long area(FreshDistrict.District d) {
        return jdbc.sql("select area_id from district where id = ?").param(d.id()).query(Long.class).single();
    }

    private Map<String, Long> figures(FreshDistrict.District d) {
        return tallies.of(area(d), deadlines.today().getYear());
    }

    @Test
    void a_contract_recorded_from_paper_counts_in_coverage_and_opens_its_renewal_window_on_time() throws Exception {
        FreshDistrict.District d = districts.create();
        LocalDate effective = deadlines.today().minusYears(2).minusDays(30);
        long coveredBefore = figures(d).getOrDefault("COVERED_EMPLOYEES", 0L);
        mvc.perform(multipart("/history/contracts").file(new MockMultipartFile("scan", "合同.pdf", "application/pdf", TestPdfs.scan(2000)))
                        .param("party", "e" + d.enterpriseId()).param("type", "COMPREHENSIVE").param("termYears", "3")
                        .param("signedOn", effective.minusDays(20).toString()).param("effectiveOn", effective.toString())
                        .param("filedOn", effective.minusDays(15).toString()).param("receivedOn", effective.minusDays(14).toString())
                        .with(DemoUsers.as(d.unionChair())).with(csrf()))
                .andExpect(redirectedUrl("/history")).andExpect(flash().attribute("notice", "notice.contractRecorded"));

        Map<String, Object> k = jdbc.sql("select recorded_by, expires_on, renewal_opens_on, scan_document_id, filed_on from collective_contract"
                + " where enterprise_id = ?").param(d.enterpriseId()).query().singleRow();
        assertThat(value(k, "recorded_by")).isEqualTo(d.unionChair().userId());
        assertThat(value(k, "scan_document_id")).isNotNull();
        LocalDate expires = ((java.sql.Date) value(k, "expires_on")).toLocalDate();
        LocalDate opens = ((java.sql.Date) value(k, "renewal_opens_on")).toLocalDate();
        assertThat(expires).isEqualTo(effective.plusYears(3).minusDays(1));
        assertThat(opens).as("the renewal window's rule, from the clock configuration")
                .isEqualTo(deadlines.compute("renewal-window", expires.plusDays(1), deadlines.defaultProvince()).due());
        assertThat(figures(d).get("COVERED_EMPLOYEES")).isEqualTo(coveredBefore + 600);

        clock.setToday(opens.minusDays(1));
        assertThat(figures(d).getOrDefault("RENEWAL_WINDOW", 0L)).as("the day before").isZero();
        clock.setToday(opens);
        assertThat(figures(d).getOrDefault("RENEWAL_WINDOW", 0L)).as("on its day").isEqualTo(1L);
        clock.reset();

        String page = mvc.perform(get("/history").with(DemoUsers.as(d.bureau()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("据纸质材料补录（" + d.unionChair().userId() + "）");
        mvc.perform(multipart("/history/contracts").param("party", "e" + d.enterpriseId()).param("type", "COMPREHENSIVE")
                        .param("termYears", "3").param("signedOn", effective.toString()).param("effectiveOn", effective.toString())
                        .with(DemoUsers.as(d.unionChair())).with(csrf()))
                .andExpect(flash().attributeExists("errors", "sent"));
        mvc.perform(get("/history").with(DemoUsers.as(d.hr()))).andExpect(status().isNotFound());
    }

    @Test
    void a_past_session_with_its_quorum_counts_in_the_congress_system_rate_and_one_without_does_not() throws Exception {
        FreshDistrict.District d = districts.create();
        long heldBefore = figures(d).getOrDefault("CONGRESS_HELD", 0L);
        String uscc = jdbc.sql("select uscc from enterprise where id = ?").param(d.enterpriseId()).query(String.class).single();
        String bad = String.join("\n", "统一社会信用代码,形式,召开日期,代表总数,出席人数,地点",
                uscc + ",职工代表大会," + deadlines.today().minusMonths(2) + ",40,30,礼堂",
                "91640100MA0000000X,职工代表大会,2025-13-01,40,50,礼堂");
        MvcResult refused = mvc.perform(multipart("/history/import").file(new MockMultipartFile("file", "会议.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8))).param("kind", "SESSIONS").with(DemoUsers.as(d.upperUnion())).with(csrf())).andReturn();
        @SuppressWarnings("unchecked")
        List<ImportProblem> problems = (List<ImportProblem>) refused.getFlashMap().get("problems");
        assertThat(problems).extracting(ImportProblem::line).containsOnly(3);
        assertThat(problems).extracting(ImportProblem::messageKey).contains("history.uscc.unknown", "history.day.invalid");
        assertThat(figures(d).getOrDefault("CONGRESS_HELD", 0L)).as("nothing kept").isEqualTo(heldBefore);

        String good = String.join("\n", "统一社会信用代码,形式,召开日期,代表总数,出席人数,地点",
                uscc + ",职工代表大会," + deadlines.today().minusMonths(2) + ",40,30,礼堂");
        mvc.perform(multipart("/history/import").file(new MockMultipartFile("file", "会议.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "SESSIONS").with(DemoUsers.as(d.upperUnion())).with(csrf()))
                .andExpect(flash().attribute("notice", "notice.historyImported"));
        assertThat(figures(d).get("CONGRESS_HELD")).isEqualTo(heldBefore + 1);

        FreshDistrict.District other = districts.create();
        long otherBefore = figures(other).getOrDefault("CONGRESS_HELD", 0L);
        mvc.perform(multipart("/history/sessions").param("enterpriseId", String.valueOf(other.enterpriseId())).param("kind", "WORKERS_CONGRESS")
                        .param("heldOn", deadlines.today().minusMonths(1).toString()).param("delegates", "40").param("present", "20")
                        .param("place", "食堂").with(DemoUsers.as(other.upperUnion())).with(csrf()))
                .andExpect(flash().attribute("notice", "notice.sessionRecorded"));
        assertThat(figures(other).getOrDefault("CONGRESS_HELD", 0L)).as("20 of 40 is no quorum").isEqualTo(otherBefore);
        mvc.perform(multipart("/history/sessions").param("enterpriseId", String.valueOf(d.enterpriseId())).param("kind", "WORKERS_CONGRESS")
                        .param("heldOn", deadlines.today().minusMonths(1).toString()).param("delegates", "40").param("present", "40")
                        .with(DemoUsers.as(other.upperUnion())).with(csrf()))
                .andExpect(flash().attributeExists("errors"));
    }

    @Test
    void an_industry_contract_recorded_from_paper_covers_every_firm_its_federation_covers() throws Exception {
        FreshDistrict.District d = districts.create();
        long second = enterprises.register(d.upperUnion(), "宁夏行业补录", 90, 40, 0);
        long industry = jdbc.sql("select industry_id from enterprise where id = ?").param(d.enterpriseId()).query(Long.class).single();
        long federation = registry.registerFederation(d.id(), industry, org.xieshang.enterprise.Federation.Kind.INDUSTRY,
                "测试行业工会联合会" + d.id(), "韩梅", "测试行业协会" + d.id(), "周平", List.of(d.enterpriseId(), second));
        long before = figures(d).getOrDefault("COVERED_EMPLOYEES", 0L);
        String file = String.join("\n", "统一社会信用代码,联合会,合同类型,期限（年）,签订日期,生效日期",
                ",测试行业工会联合会" + d.id() + ",工资专项集体合同,1," + deadlines.today().minusMonths(3).minusDays(10) + ","
                        + deadlines.today().minusMonths(3));
        mvc.perform(multipart("/history/import").file(new MockMultipartFile("file", "合同.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "CONTRACTS").with(DemoUsers.as(d.upperUnion())).with(csrf()))
                .andExpect(flash().attribute("notice", "notice.historyImported"));
        assertThat(jdbc.sql("select level from collective_contract where federation_id = ?").param(federation)
                .query(String.class).single()).isEqualTo("INDUSTRY");
        assertThat(figures(d).get("COVERED_EMPLOYEES")).as("600 + 90 staff of the two firms").isEqualTo(before + 690);
    }

    @Test
    void the_demo_starts_with_contracts_and_sessions_recorded_from_paper() {
        assertThat(jdbc.sql("select count(*) from collective_contract where recorded_by is not null").query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from congress_session where recorded_by is not null").query(Integer.class).single())
                .isPositive();
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst().orElseThrow().getValue();
    }
}
