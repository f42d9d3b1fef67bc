package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xieshang.enterprise.UnifiedSocialCreditCode;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.Redirects;
import org.xieshang.testing.XieshangTest;

/**
 * The bad input the review typed by hand, each refused before the database with its rule named in the user's
 * language, the user back on the form, and nothing saved. (BadInputFuzzTest tries every field of every form.)
 */
@XieshangTest
class BadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_enterprise_name_of_195_characters_is_refused_with_its_limit_not_a_server_error() throws Exception {
        int before = enterprises();
        MvcResult refused = mvc.perform(register("宁".repeat(195), "91640100MA7T9997X")).andReturn();

        Redirects.follow(mvc, refused, demo.as("zgh.liu")).andExpect(content().string(containsString("企业名称不得超过 193 个字（现为 195 个字）")));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void a_code_of_eighteen_zeros_is_refused_though_its_check_character_agrees() throws Exception {
        int before = enterprises();
        MvcResult refused = mvc.perform(register("宁夏全零代码测试有限公司", "000000000000000000")).andReturn();

        Redirects.follow(mvc, refused, demo.as("zgh.liu")).andExpect(content().string(containsString("000000000000000000")));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void an_emoji_is_refused_where_it_is_typed_because_the_documents_would_print_it_as_a_hash() throws Exception {
        int before = enterprises();
        MvcResult refused = mvc.perform(register("宁夏笑脸😀有限公司", "91640100MA7T9996X").header("Referer", "http://localhost/enterprises/new"))
                .andExpect(redirectedUrl("/enterprises/new")).andReturn();

        Redirects.follow(mvc, refused, demo.as("zgh.liu")).andExpect(content().string(containsString("文书字体无法显示这些字符：😀")));
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void a_tenth_of_a_fen_is_refused_not_rounded_and_a_figure_over_a_million_is_refused() throws Exception {
        List<String> before = guidelines();
        for (String wage : List.of("2050.001", "100000000")) {
            MvcResult refused = mvc.perform(post("/negotiations/wage-guideline").with(csrf()).with(demo.as("rsj.zhao"))
                    .param("lowerPercent", "3").param("baselinePercent", "6").param("upperPercent", "9").param("minimumWage", wage))
                    .andReturn();
            Redirects.follow(mvc, refused, demo.as("rsj.zhao"))
                    .andExpect(content().string(containsString("月最低工资（元）应为大于 0、不超过 1000000 元的金额，最多保留两位小数")));
        }
        assertThat(guidelines()).isEqualTo(before);
    }

    @Test
    void letters_in_a_number_bring_the_user_back_to_the_form_with_the_field_named_instead_of_a_bare_400() throws Exception {
        List<String> before = guidelines();
        MvcResult refused = mvc.perform(post("/negotiations/wage-guideline").with(csrf()).with(demo.as("rsj.zhao"))
                        .header("Referer", "http://localhost/negotiations").param("lowerPercent", "三").param("baselinePercent", "6")
                        .param("upperPercent", "9").param("minimumWage", "2050"))
                .andExpect(redirectedUrl("/negotiations")).andReturn();

        Redirects.follow(mvc, refused, demo.as("rsj.zhao"))
                .andExpect(content().string(containsString("字段 lowerPercent")))
                .andExpect(content().string(containsString("data-invalid=\"lowerPercent\"")))
                .andExpect(content().string(containsString("&quot;lowerPercent&quot;:&quot;三&quot;")))
                .andExpect(content().string(containsString("&quot;minimumWage&quot;:&quot;2050&quot;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("_csrf&quot;"))));
        assertThat(guidelines()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder register(String name, String uscc) {
        String code = uscc.startsWith("0") ? uscc : uscc + UnifiedSocialCreditCode.checkCharacter(uscc);
        return post("/enterprises").with(csrf()).with(demo.as("zgh.liu")).param("districtId", demo.user("zgh.liu").districtId().toString())
                .param("industryId", jdbc.sql("select min(id) from industry").query(String.class).single()).param("name", name)
                .param("uscc", code).param("legalRepresentative", "周建国").param("headcount", "100").param("ownership", "PRIVATE")
                .param("unionFounded", "true").param("unionChair", "吴丽萍").param("democraticBody", "WORKERS_CONGRESS");
    }

    private int enterprises() {
        return jdbc.sql("select count(*) from enterprise").query(Integer.class).single();
    }

    private List<String> guidelines() {
        return jdbc.sql("select district_id || '/' || guideline_year || '/' || minimum_wage from wage_guideline order by 1")
                .query(String.class).list();
    }
}
