package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.XieshangTest;

/**
 * A user changes her own password from the account menu: the current one proven, the policy's rules each named in
 * her language, none of her last passwords again; a refused form changes nothing. A locked-out recorder's union chair
 * resets her password: a one-time password shown once to the chair, the lock lifted, and at sign-in the recorder
 * reaches nothing but the password form until she has set her own; another enterprise's chair cannot reset it.
 */
@XieshangTest
class PasswordsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FreshDistrict districts;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoginLocks locks;

    @Test
    void a_user_changes_her_password_under_the_policy_and_cannot_go_back_to_a_recent_one() throws Exception {
        long district = jdbc.sql("select min(id) from district").query(Long.class).single();
        PortalUser user = districts.person("pw.wang", "王", "静", PartyDirectory.upperUnionOf(district), Position.UPPER_UNION_OFFICIAL);
        String first = FreshDistrict.PASSWORD;

        mvc.perform(get("/").with(DemoUsers.as(user))).andExpect(content().string(containsString("/account/password")));
        mvc.perform(get("/account/password").with(DemoUsers.as(user))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("修改密码"), containsString("至少 8 个字符"),
                        containsString("最近 5 次"), containsString("autocomplete=\"new-password\""))));

        assertThat(refused(user, "wrong-one", "Xieshang#2026", "Xieshang#2026")).containsExactly("password.current.wrong");
        assertThat(refused(user, first, "short1A", "short1A")).containsExactly("password.tooShort");
        assertThat(refused(user, first, "pw.wang-Secret1", "pw.wang-Secret1")).containsExactly("password.userId");
        assertThat(refused(user, first, "Xieshang#2026", "Xieshang#2027")).containsExactly("password.confirmation");
        assertThat(identity.checkPassword(user.userId(), first)).as("nothing changed while refused").isTrue();

        changed(user, first, "Xieshang#2026");
        assertThat(identity.checkPassword(user.userId(), "Xieshang#2026")).isTrue();
        assertThat(identity.checkPassword(user.userId(), first)).isFalse();
        assertThat(refused(user, "Xieshang#2026", "Xieshang#2026", "Xieshang#2026")).as("the current one")
                .containsExactly("password.reused");
        changed(user, "Xieshang#2026", "Ningxia@2027");
        assertThat(refused(user, "Ningxia@2027", "Xieshang#2026", "Xieshang#2026")).as("the one it replaced")
                .containsExactly("password.reused");
        assertThat(jdbc.sql("select hash from password_history where user_id = ?").param(user.userId()).query(String.class).list())
                .as("kept as hashes only").hasSize(2).noneMatch(h -> h.contains("Xieshang") || h.contains(first));
    }

    @Test
    void a_chair_resets_a_locked_recorder_who_must_set_her_own_password_before_anything_else() throws Exception {
        FreshDistrict.District d = districts.create();
        FreshDistrict.District other = districts.create();
        PortalUser recorder = d.recorder();
        while (locks.lockedUntil(recorder.userId()).isEmpty()) {
            locks.failed(recorder.userId());
        }

        mvc.perform(post("/accounts/{id}/reset-password", recorder.userId()).with(DemoUsers.as(other.unionChair())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accounts/locked").with(DemoUsers.as(d.unionChair())))
                .andExpect(content().string(allOf(containsString("reset-" + recorder.userId() + "-open"),
                        containsString("当前的密码将立即失效"))));
        MvcResult reset = mvc.perform(post("/accounts/{id}/reset-password", recorder.userId())
                        .with(DemoUsers.as(d.unionChair())).with(csrf()))
                .andExpect(redirectedUrl("/accounts/locked")).andReturn();
        String oneTime = (String) reset.getFlashMap().get("oneTimePassword");

        assertThat(oneTime).hasSize(12);
        assertThat(PasswordPolicy.kinds(oneTime)).isGreaterThanOrEqualTo(3);
        assertThat(identity.checkPassword(recorder.userId(), oneTime)).isTrue();
        assertThat(identity.checkPassword(recorder.userId(), FreshDistrict.PASSWORD)).isFalse();
        assertThat(locks.lockedUntil(recorder.userId())).as("the lock is lifted").isEmpty();
        org.xieshang.testing.Redirects.follow(mvc, reset, DemoUsers.as(d.unionChair()))
                .andExpect(content().string(allOf(containsString(oneTime), containsString("只显示这一次"))));

        mvc.perform(get("/").with(DemoUsers.as(recorder))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/cases").with(DemoUsers.as(recorder))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(DemoUsers.as(recorder)))
                .andExpect(content().string(containsString("您正在使用一次性密码登录")));
        mvc.perform(post("/account/password").with(DemoUsers.as(recorder)).with(csrf()).param("current", oneTime)
                        .param("password", "Jilu#2026a").param("confirmation", "Jilu#2026a"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").with(DemoUsers.as(recorder))).andExpect(status().isOk());
        assertThat(identity.checkPassword(recorder.userId(), "Jilu#2026a")).isTrue();
    }

    private List<String> refused(PortalUser user, String current, String password, String confirmation) throws Exception {
        MvcResult result = mvc.perform(post("/account/password").with(DemoUsers.as(user)).with(csrf())
                        .param("current", current).param("password", password).param("confirmation", confirmation))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        @SuppressWarnings("unchecked")
        List<BusinessRuleException.Violation> errors = (List<BusinessRuleException.Violation>) result.getFlashMap().get("errors");
        return errors.stream().map(BusinessRuleException.Violation::messageKey).toList();
    }

    private void changed(PortalUser user, String current, String password) throws Exception {
        mvc.perform(post("/account/password").with(DemoUsers.as(user)).with(csrf())
                        .param("current", current).param("password", password).param("confirmation", password))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("notice", "notice.passwordChanged"));
    }
}
