package org.xieshang.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.monitoring.Tallies;
import org.xieshang.monitoring.TallyRebuild;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.XieshangTest;

/**
 * A fixed data set, the demo city's generated districts (a fixed seed) with their part of the campaign played as on
 * first start: the officials' campaign figures equal counts made here from the offers, answers and cases themselves —
 * offer coverage by enterprises and by employees, the response on time and late, the stage funnel — and, through the
 * district's workbook, the same by industry and the answers' median days against their 20-day clock.
 */
@XieshangTest
class CampaignFiguresCountedTest {

    /** The districts DemoCitySeeder generates (demo/yinchuan-city.yaml). */
    static final List<String> DISTRICTS = List.of("640104", "640106");

    /** Every firm an offer reached (a federation's offer reaches each member), by the firm's district and receipt day. */
    static final String REACHED = """
             from offer o join bargaining_case c on c.id = o.case_id
            join enterprise m on m.id = c.enterprise_id
              or m.id in (select fm.enterprise_id from federation_member fm where fm.federation_id = c.federation_id)
            join industry i on i.id = m.industry_id
            where m.district_id = ? and o.received_on >= ? and o.received_on < ?""";
    /** First answers given in the year, of cases whose party is in the district, with the party's industry. */
    static final String FIRST_ANSWERS = """
             from offer_answer a join bargaining_case c on c.id = a.case_id
            left join enterprise e on e.id = c.enterprise_id left join federation f on f.id = c.federation_id
            join industry i on i.id = coalesce(e.industry_id, f.industry_id)
            where c.district_id = ? and a.answered_on >= ? and a.answered_on < ?
              and a.id = (select min(b.id) from offer_answer b where b.case_id = a.case_id)""";

    @Autowired
    DemoCampaignSeeder seeder;
    @Autowired
    PartyDirectory parties;
    @Autowired
    Tallies tallies;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignFigures figures;
    @Autowired
    TallyRebuild rebuild;

    @Test
    void coverage_response_and_the_funnel_of_each_district_and_industry_equal_a_count_of_the_offers_answers_and_cases()
            throws Exception {
        int year = deadlines.today().getYear();
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year + 1, 1, 1));
        for (String code : DISTRICTS) {
            long district = jdbc.sql("select id from district where code = ?").param(code).query(Long.class).single();
            long area = jdbc.sql("select area_id from district where id = ?").param(district).query(Long.class).single();
            PortalUser official = parties.portalUser(parties.members(PartyDirectory.upperUnionOf(district)).get(0).userId())
                    .orElseThrow();
            if (count("select count(*) from campaign where district_id = ?", district) == 0) {
                seeder.seedGenerated(official);
            }
            Map<String, Long> kept = tallies.of(area, year);

            assertThat(kept.getOrDefault("OFFERED_ENTERPRISES", 0L)).as(code + " firms offered")
                    .isEqualTo(count("select count(*)" + REACHED, district, from, to)).isPositive();
            assertThat(kept.getOrDefault("OFFERED_EMPLOYEES", 0L)).as(code + " their employees")
                    .isEqualTo(count("select sum(m.headcount)" + REACHED, district, from, to));
            assertThat(kept.getOrDefault("OFFERS_SERVED", 0L)).as(code + " offers served").isEqualTo(count(
                    "select count(*) from offer o join bargaining_case c on c.id = o.case_id where c.district_id = ?"
                            + " and o.received_on >= ? and o.received_on < ?", district, from, to));
            assertThat(kept.getOrDefault("ANSWERS:ON_TIME", 0L)).as(code + " answered on time")
                    .isEqualTo(count("select count(*)" + FIRST_ANSWERS + " and a.on_time = true", district, from, to)).isPositive();
            assertThat(kept.getOrDefault("ANSWERS:LATE", 0L)).as(code + " answered late")
                    .isEqualTo(count("select count(*)" + FIRST_ANSWERS + " and a.on_time = false", district, from, to));
            long stages = 0;
            for (CaseStage stage : CaseStage.values()) {
                long cases = count("select count(*) from bargaining_case where district_id = ? and case_no like ? and stage = ?",
                        district, "XS-" + year + "-%", stage.name());
                assertThat(kept.getOrDefault("CASES:" + stage, 0L)).as(code + " cases of the year at " + stage).isEqualTo(cases);
                stages += cases > 0 ? 1 : 0;
            }
            assertThat(stages).as(code + " cases at several stages").isGreaterThan(2);

            // Deadline health: the days each first answer took from receipt (60 or more as 60), their lower median.
            List<Long> days = jdbc.sql("select o.received_on, a.answered_on" + FIRST_ANSWERS.replace("from offer_answer a",
                            "from offer_answer a join offer o on o.case_id = a.case_id"))
                    .params(district, from, to).query((rs, i) -> Math.min(60, Math.max(0, java.time.temporal.ChronoUnit.DAYS
                            .between(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate())))).list()
                    .stream().sorted().toList();
            List<Object> clockRow = deadlineRow(official, area, year, deadlines.clocks().get("offer-response").name().zh());
            assertThat(clockRow.get(2)).as(code + " answers measured").isEqualTo((double) days.size());
            assertThat(clockRow.get(3)).as(code + " their median days").isEqualTo((double) days.get((days.size() - 1) / 2));

            Map<String, Map<String, Long>> byIndustry = byIndustry(official, area, year);
            Map<String, Long> offered = grouped("select i.name_zh as grp, count(*) as n" + REACHED + " group by i.name_zh",
                    district, from, to);
            Map<String, Long> onTime = grouped("select i.name_zh as grp, count(*) as n" + FIRST_ANSWERS
                    + " and a.on_time = true group by i.name_zh", district, from, to);
            assertThat(offered).as(code + " several industries offered").hasSizeGreaterThan(1);
            offered.forEach((industry, n) -> assertThat(byIndustry.get(industry)).as(code + " " + industry + " offered")
                    .containsEntry(OFFERED_ENTERPRISES, n));
            onTime.forEach((industry, n) -> assertThat(byIndustry.get(industry)).as(code + " " + industry + " on time")
                    .containsEntry(ON_TIME, n));
        }
    }

    @Test
    void the_campaign_page_counts_its_cases_in_the_database_and_reads_its_list_a_page_at_a_time() throws Exception {
        long district = jdbc.sql("select id from district where code = ?").param(DISTRICTS.get(0)).query(Long.class).single();
        PortalUser official = parties.portalUser(parties.members(PartyDirectory.upperUnionOf(district)).get(0).userId())
                .orElseThrow();
        if (count("select count(*) from campaign where district_id = ?", district) == 0) {
            seeder.seedGenerated(official);
        }
        long campaign = count("select max(id) from campaign where district_id = ?", district);
        long cases = count("select count(*) from bargaining_case where campaign_id = ?", campaign);
        long overdue = count("select count(*) from bargaining_case c join offer o on o.case_id = c.id where c.campaign_id = ?"
                + " and c.stage <> 'REFUSED' and o.answer_due_on < ? and not exists (select 1 from offer_answer a"
                + " where a.case_id = c.id)", campaign, Date.valueOf(deadlines.today()));

        String html = mvc.perform(get("/campaigns/{id}", campaign).with(DemoUsers.as(official))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(rows(html, "campaign-cases")).isEqualTo(Math.min(cases, CampaignController.PAGE_SIZE)).isGreaterThan(5);
        assertThat(rows(html, "overdue")).as("every overdue offer listed").isEqualTo(overdue).isPositive();
        assertThat(rows(html, "ladder")).as("the ladder funnel: no letter yet and each step").isEqualTo(5);
        Campaign read = campaigns.find(campaign).orElseThrow();
        assertThat(figures.rows(read, 3, 2)).as("a page: the 4th and 5th case opened").extracting(CampaignFigures.Row::caseId)
                .containsExactlyElementsOf(jdbc.sql("select id from bargaining_case where campaign_id = ? order by id")
                        .param(campaign).query(Long.class).list().subList(3, 5));

        List<Map<String, Object>> kept = standing(campaign);
        rebuild.rebuild();
        assertThat(standing(campaign)).as("the standing the steps kept equals a count from scratch").hasSize((int) cases)
                .isEqualTo(kept);
    }

    private List<Map<String, Object>> standing(long campaign) {
        return jdbc.sql("select * from campaign_case where campaign_id = ? order by case_id").param(campaign).query().listOfRows();
    }

    /** The rows of a table's body. */
    private static long rows(String html, String tableId) {
        String table = html.substring(html.indexOf("id=\"" + tableId + "\""));
        String body = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        return body.split("<tr", -1).length - 1;
    }

    /** The coverage sheet's "firms offered" column and the response sheet's "on time" column of the district's workbook. */
    static final String OFFERED_ENTERPRISES = "offered";
    static final String ON_TIME = "onTime";

    private Map<String, Map<String, Long>> byIndustry(PortalUser official, long area, int year) throws Exception {
        byte[] workbook = mvc.perform(get("/statistics.xlsx").param("area", String.valueOf(area)).param("year", String.valueOf(year))
                .with(DemoUsers.as(official))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, Map<String, Long>> lines = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            read(book.getSheet("建会与要约覆盖"), lines, 5, OFFERED_ENTERPRISES);
            read(book.getSheet("要约回应"), lines, 2, ON_TIME);
        }
        return lines;
    }

    /** The deadline sheet's line of a clock: name, legal period, measured, median days, missed. */
    private List<Object> deadlineRow(PortalUser official, long area, int year, String clockName) throws Exception {
        byte[] workbook = mvc.perform(get("/statistics.xlsx").param("area", String.valueOf(area)).param("year", String.valueOf(year))
                .with(DemoUsers.as(official))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Row row : book.getSheet("法定时限执行情况")) {
                if (clockName.equals(row.getCell(0).getStringCellValue())) {
                    return List.<Object>of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                            row.getCell(2).getNumericCellValue(), row.getCell(3).getNumericCellValue(), row.getCell(4).getNumericCellValue());
                }
            }
        }
        throw new AssertionError("no line for " + clockName);
    }

    private static void read(Sheet sheet, Map<String, Map<String, Long>> lines, int column, String key) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                lines.computeIfAbsent(row.getCell(0).getStringCellValue(), l -> new HashMap<>())
                        .put(key, (long) row.getCell(column).getNumericCellValue());
            }
        }
    }

    private long count(String sql, Object... params) {
        Long value = jdbc.sql(sql).params(params).query(Long.class).single();
        return value == null ? 0 : value;
    }

    private Map<String, Long> grouped(String sql, Object... params) {
        Map<String, Long> groups = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            groups.put(rs.getString("grp"), rs.getLong("n"));
        });
        return groups;
    }
}
