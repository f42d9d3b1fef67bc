package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.TestClock;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/** Guessing someone's password locks his account for a while, never for good, and he is told until when. */
@XieshangTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    DemoUsers demo;
    @Autowired
    TestClock clock;
    @Autowired
    LoginLocks locks;
    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_15_minutes_then_30_and_the_owner_is_told_until_when(CapturedOutput log)
            throws Exception {
        PortalUser hr = employerPerson(Position.HR);
        Instant start = Instant.parse("2026-12-02T02:00:00Z");
        clock.setNow(start);

        guess(hr, 5);
        MvcResult locked = mvc.perform(formLogin().user(hr.userId()).password(password(hr))).andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login").param("error", "").cookie(locked.getResponse().getCookie(org.xieshang.testing.Redirects.SESSION_COOKIE)))
                .andExpect(content().string(containsString("该账户因连续多次密码错误已被临时锁定，请于 2026-12-02 10:15 后再试")));
        assertThat(log.getOut()).contains("Account " + hr.userId() + " locked until 2026-12-02T02:15:00Z after 5 wrong passwords");

        clock.setNow(start.plus(Duration.ofMinutes(16)));
        guess(hr, 5);
        assertThat(locks.lockedUntil(hr.userId())).as("the second lock lasts twice as long")
                .hasValue(start.plus(Duration.ofMinutes(16 + 30)));

        clock.setNow(start.plus(Duration.ofMinutes(47)));
        mvc.perform(formLogin().user(hr.userId()).password(password(hr))).andExpect(authenticated());
        assertThat(locks.lockedUntil(hr.userId())).isEmpty();
    }

    @Test
    void an_unknown_account_locks_like_a_real_one_so_the_message_reveals_nobody() throws Exception {
        String nobody = "nobody-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(nobody).password("guess" + i)).andExpect(unauthenticated());
        }
        assertThat(locks.lockedUntil(nobody)).isPresent();
    }

    @Test
    void the_legal_representative_unlocks_his_hr_manager_but_not_another_enterprises_nor_the_union() throws Exception {
        PortalUser hr = employerPerson(Position.HR);
        guess(hr, 5);
        PortalUser boss = enterprises.namedPerson("boss-" + hr.userId(), "周", "建国", hr.partyId(), Position.LEGAL_REPRESENTATIVE);

        mvc.perform(get("/accounts/locked").with(DemoUsers.as(boss))).andExpect(content().string(containsString(hr.userId())));
        mvc.perform(get("/").with(DemoUsers.as(boss))).andExpect(content().string(containsString("locked-accounts-notice")));
        mvc.perform(get("/accounts/locked").with(demo.as("wl.boss"))).andExpect(content().string(not(containsString(hr.userId()))));
        mvc.perform(post("/accounts/{id}/unlock", hr.userId()).with(csrf()).with(demo.as("wl.boss"))).andExpect(status().isNotFound());
        mvc.perform(post("/accounts/{id}/unlock", hr.userId()).with(csrf()).with(demo.as("xjs.union"))).andExpect(status().isNotFound());
        assertThat(locks.lockedUntil(hr.userId())).isPresent();

        mvc.perform(post("/accounts/{id}/unlock", hr.userId()).with(csrf()).with(DemoUsers.as(boss)))
                .andExpect(flash().attribute("notice", "notice.accountUnlocked"));
        mvc.perform(formLogin().user(hr.userId()).password(password(hr))).andExpect(authenticated());
    }

    @Test
    void a_district_official_unlocks_anyone_in_his_district() throws Exception {
        PortalUser hr = employerPerson(Position.HR);
        guess(hr, 5);
        mvc.perform(post("/accounts/{id}/unlock", hr.userId()).with(csrf()).with(demo.as("rsj.zhao")))
                .andExpect(flash().attribute("notice", "notice.accountUnlocked"));
        mvc.perform(formLogin().user(hr.userId()).password(password(hr))).andExpect(authenticated());
    }

    @Test
    void cockpit_tasklist_and_admin_sign_in_under_the_same_lock() throws Exception {
        PortalUser hr = employerPerson(Position.HR);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 5; i++) {
            assertThat(webappLogin(http, hr.userId(), "wrong" + i).statusCode()).isEqualTo(401);
        }
        assertThat(locks.lockedUntil(hr.userId())).isPresent();
        assertThat(webappLogin(http, hr.userId(), password(hr)).statusCode()).isEqualTo(403);

        mvc.perform(post("/accounts/{id}/unlock", hr.userId()).with(csrf()).with(demo.as("rsj.zhao")));
        assertThat(webappLogin(http, hr.userId(), password(hr)).statusCode()).isEqualTo(200);
    }

    /** Signs in as Camunda's welcome page does: its CSRF cookie first, then the form with the token in a header. */
    private HttpResponse<String> webappLogin(HttpClient http, String user, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/welcome/default/"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).toList();
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().substring(11);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/welcome"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", String.join("; ", cookies))
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private PortalUser employerPerson(Position position) {
        long id = demo.user("xjs.hr").enterpriseId();
        return enterprises.namedPerson("lock" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000, "陈", "静",
                PartyDirectory.employerOf(id), position);
    }

    private void guess(PortalUser user, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(formLogin().user(user.userId()).password("wrong" + i)).andExpect(unauthenticated());
        }
    }

    private static String password(PortalUser user) {
        return "secret-" + user.userId();
    }
}
