package org.xieshang.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.testing.XieshangTest;

/** Every demo login from the README lands on its role's home page, in Chinese unless English is chosen. */
@XieshangTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} lands on the home page of {1} with his work (a delegate: her congress)")
    @CsvSource({
            "zgh.liu, 银川经济技术开发区总工会, id=\"overview\", 我的待办",
            "rsj.zhao, 银川经济技术开发区人力资源和社会保障局, id=\"overview\", 我的待办",
            "zdy.sun, 银川经济技术开发区集体协商指导员, id=\"my-enterprises\", 我的待办",
            "xjs.union, 宁夏鑫晶盛电子材料有限公司工会, id=\"my-enterprises\", 我的待办",
            "xjs.member, 宁夏鑫晶盛电子材料有限公司工会, id=\"my-enterprises\", 我的待办",
            "xjs.boss, 宁夏鑫晶盛电子材料有限公司（企业方）, id=\"my-enterprises\", 我的待办",
            "xjs.hr, 宁夏鑫晶盛电子材料有限公司（企业方）, id=\"my-enterprises\", 我的待办",
            "xjs.recorder, 宁夏鑫晶盛电子材料有限公司集体协商记录员, id=\"my-enterprises\", 我的待办",
            "xjs.delegate, 宁夏鑫晶盛电子材料有限公司职工代表, id=\"my-enterprises\", id=\"home-congress\"",
            "wl.union, 银川威力传动技术股份有限公司工会, id=\"my-enterprises\", 我的待办",
            "wl.boss, 银川威力传动技术股份有限公司（企业方）, id=\"my-enterprises\", 我的待办",
            "wl.hr, 银川威力传动技术股份有限公司（企业方）, id=\"my-enterprises\", 我的待办",
            "hns.union, 宁夏哈纳斯液化天然气有限公司工会, id=\"my-enterprises\", 我的待办",
            "hns.hr, 宁夏哈纳斯液化天然气有限公司（企业方）, id=\"my-enterprises\", 我的待办",
            "dzrj.union, 银川经济技术开发区电子信息和软件行业工会联合会, id=\"my-enterprises\", 我的待办",
            "dzrj.employer, 银川经济技术开发区电子信息和软件行业协会, id=\"my-enterprises\", 我的待办",
    })
    void a_demo_user_signs_in_with_the_readme_password_and_sees_his_party(String user, String party, String panel, String work)
            throws Exception {
        MvcResult login = mvc.perform(formLogin().user(user).password("xieshang2026"))
                .andExpect(authenticated().withUsername(user)).andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/").cookie(login.getResponse().getCookie(org.xieshang.testing.Redirects.SESSION_COOKIE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(party)))
                .andExpect(content().string(containsString(panel)))
                .andExpect(content().string(containsString(work)));
    }

    @Test
    void the_administrator_lands_on_operations_with_links_to_camunda() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("admin").password("admin"))
                .andExpect(authenticated()).andReturn();
        mvc.perform(get("/").cookie(login.getResponse().getCookie(org.xieshang.testing.Redirects.SESSION_COOKIE)))
                .andExpect(content().string(containsString("id=\"operations\"")))
                .andExpect(content().string(containsString("/camunda/app/cockpit/")));
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_in_chinese_and_in_english() throws Exception {
        // Not a demo user: Camunda delays a user's next login after a wrong password.
        mvc.perform(formLogin().user("nobody").password("wrong")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("用户名或密码错误")));
        mvc.perform(get("/login").param("error", "").cookie(new Cookie("xieshang-lang", "en")))
                .andExpect(content().string(containsString("Wrong user name or password")))
                .andExpect(content().string(not(containsString("用户名或密码错误"))));
    }

    @Test
    void pages_ask_anonymous_visitors_to_sign_in() throws Exception {
        mvc.perform(get("/enterprises").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
    }
}
