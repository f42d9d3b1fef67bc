package org.xieshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.camunda.bpm.engine.IdentityService;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xieshang.system.PartyDirectory;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.XieshangTest;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.testing.Redirects;

/** An official registers an enterprise; a bad credit code is refused in the user's language and nothing is saved. */
@XieshangTest
class EnterpriseRegistrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identity;

    @Test
    void the_registry_is_searched_by_name_or_code_filtered_by_union_status_and_sorted() throws Exception {
        mvc.perform(get("/enterprises").param("q", "鑫晶盛").with(demo.as("zgh.liu")))
                .andExpect(content().string(containsString("宁夏鑫晶盛电子材料有限公司")))
                .andExpect(content().string(containsString("共 1 家")));
        mvc.perform(get("/enterprises").param("union", "false").with(demo.as("zgh.liu")))
                .andExpect(content().string(not(containsString("宁夏鑫晶盛电子材料有限公司"))));
        String byHeadcount = mvc.perform(get("/enterprises").param("sort", "HEADCOUNT").with(demo.as("zgh.liu")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> headcounts = java.util.regex.Pattern.compile("<td class=\"text-end\">(\\d+)</td>").matcher(byHeadcount)
                .results().map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(headcounts).hasSizeGreaterThan(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        byte[] xlsx = mvc.perform(get("/enterprises.xlsx").param("q", "鑫晶盛").with(demo.as("zgh.liu")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("宁夏鑫晶盛电子材料有限公司");
            assertThat(row.getCell(5).getNumericCellValue()).isPositive();
            assertThat(book.getSheetAt(0).getLastRowNum()).as("only what the search found").isEqualTo(1);
        }
        mvc.perform(get("/enterprises.csv").param("union", "false").with(demo.as("zgh.liu")))
                .andExpect(content().string(not(containsString("宁夏鑫晶盛电子材料有限公司"))));
        mvc.perform(get("/federations").param("q", "no such federation").with(demo.as("zgh.liu")))
                .andExpect(content().string(containsString("共 0 项")));
    }

    @Test
    void a_refused_registration_links_each_broken_rule_to_its_field_and_date_fields_say_their_format() throws Exception {
        MvcResult refused = mvc.perform(form("宁夏新材新能源有限公司", "91640100MA76XJ5176").with(demo.as("zgh.liu"))).andReturn();
        Redirects.follow(mvc, refused, demo.as("zgh.liu"))
                .andExpect(content().string(containsString("<a class=\"alert-link\" href=\"#uscc\">")));
        mvc.perform(get("/deadlines").with(demo.as("zgh.liu")))
                .andExpect(content().string(containsString("aria-describedby=\"from-hint\"")))
                .andExpect(content().string(containsString("id=\"from-hint\">年-月-日，例如 2026-12-22")));
    }

    @Test
    void a_code_failing_the_check_character_is_refused_in_chinese_and_nothing_is_saved() throws Exception {
        int before = enterprises();
        MvcResult refused = mvc.perform(form("宁夏新材新能源有限公司", "91640100MA76XJ5176").with(demo.as("zgh.liu")))
                .andExpect(redirectedUrl("/enterprises/new")).andReturn();
        Redirects.follow(mvc, refused, demo.as("zgh.liu"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未通过 GB 32100-2015 校验")))
                .andExpect(content().string(containsString("宁夏新材新能源有限公司")));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void the_same_error_reads_in_english_when_english_is_chosen() throws Exception {
        Cookie english = new Cookie("xieshang-lang", "en");
        MvcResult refused = mvc.perform(form("宁夏新材新能源有限公司", "91640100MA76XJ5176").with(demo.as("zgh.liu"))
                .cookie(english)).andReturn();
        Redirects.follow(mvc, refused, demo.as("zgh.liu"), english)
                .andExpect(content().string(containsString("fails the GB 32100-2015 check")));
    }

    @Test
    void every_broken_rule_is_listed_at_once() throws Exception {
        MvcResult refused = mvc.perform(post("/enterprises").with(csrf()).with(demo.as("rsj.zhao"))
                .param("districtId", String.valueOf(demo.user("rsj.zhao").districtId()))
                .param("uscc", "ABC").param("unionFounded", "true").param("headcount", "0")).andReturn();
        Redirects.follow(mvc, refused, demo.as("rsj.zhao"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("格式不正确")))
                .andExpect(content().string(containsString("请填写企业名称")))
                .andExpect(content().string(containsString("须填写工会主席")))
                .andExpect(content().string(containsString("职工人数应为 1 至 1,000,000 之间的整数")));
    }

    @Test
    void the_json_endpoint_answers_400_with_the_field_and_the_message() throws Exception {
        int before = enterprises();
        mvc.perform(post("/api/enterprises").with(csrf()).with(demo.as("zgh.liu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"districtId": %d, "industryId": %d, "name": "宁夏新材新能源有限公司", "uscc": "91640100MA76XJ5176",
                                 "legalRepresentative": "赵军", "headcount": 120, "ownership": "PRIVATE",
                                 "unionFounded": false, "democraticBody": "NONE"}""".formatted(district(), industry())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("校验")));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void a_valid_enterprise_is_saved_with_its_four_parties_as_camunda_groups() throws Exception {
        String first17 = "91640100MA7XQY012";
        String uscc = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        MvcResult saved = mvc.perform(form("宁夏新材新能源有限公司", uscc).with(demo.as("zgh.liu")))
                .andExpect(redirectedUrlPattern("/enterprises/*")).andReturn();
        Redirects.follow(mvc, saved, demo.as("zgh.liu"))
                .andExpect(content().string(containsString("企业已登记")));
        long id = jdbc.sql("select id from enterprise where uscc = ?").param(uscc).query(Long.class).single();
        for (String party : new String[] {PartyDirectory.unionOf(id), PartyDirectory.employerOf(id),
                PartyDirectory.recorderOf(id), PartyDirectory.delegatesOf(id)}) {
            assertThat(identity.createGroupQuery().groupId(party).count()).as(party).isEqualTo(1);
        }
    }

    @Test
    void an_enterprise_side_cannot_register_enterprises() throws Exception {
        mvc.perform(form("宁夏新材新能源有限公司", "91640100MA76XJ5175").with(demo.as("xjs.hr")))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder form(String name, String uscc) {
        return post("/enterprises").with(csrf())
                .param("districtId", String.valueOf(district()))
                .param("industryId", String.valueOf(industry()))
                .param("name", name).param("uscc", uscc).param("legalRepresentative", "赵军")
                .param("headcount", "120").param("ownership", "PRIVATE")
                .param("unionFounded", "true").param("unionChair", "李娜")
                .param("democraticBody", "WORKERS_CONGRESS");
    }

    private long district() {
        return demo.user("zgh.liu").districtId();
    }

    private long industry() {
        return jdbc.sql("select id from industry where code = 'C26'").query(Long.class).single();
    }

    private int enterprises() {
        return jdbc.sql("select count(*) from enterprise").query(Integer.class).single();
    }
}
