package org.xieshang.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xieshang.testing.DemoUsers.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.Redirects;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/**
 * A delegate's login is one of the enterprise's own workers, picked from a list and checked again on the server:
 * another firm's HR, the union's own legal representative, a made-up name or an account already sitting are refused,
 * each with its rule, and nothing is saved.
 */
@XieshangTest
class DelegateAccountsTest {

    @Autowired
    CongressRegistry congresses;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    DemoUsers demo;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long enterprise;
    CongressOwner owner;
    PortalUser union;
    PortalUser worker;
    PortalUser boss;

    @BeforeEach
    void aCongressWithItsWorkersAndItsBoss() {
        enterprise = enterprises.register("宁夏代表账号测试", 300, 100, 0);
        owner = CongressOwner.enterprise(enterprise);
        union = enterprises.person("chair-a" + enterprise, PartyDirectory.unionOf(enterprise), PartyKind.UNION, enterprise,
                Position.UNION_CHAIR);
        worker = enterprises.namedPerson("wk-a" + enterprise, "王", "建国", PartyDirectory.delegatesOf(enterprise), Position.DELEGATE);
        boss = enterprises.namedPerson("boss-a" + enterprise, "周", "建国", PartyDirectory.employerOf(enterprise),
                Position.LEGAL_REPRESENTATIVE);
        congresses.establish(owner, DemocraticBody.WORKERS_CONGRESS, LocalDate.now(), 5, union);
    }

    @Test
    void the_picker_offers_the_enterprises_workers_only_and_the_server_refuses_everyone_else_by_rule() throws Exception {
        mvc.perform(get(owner.path()).with(as(union)))
                .andExpect(content().string(containsString("value=\"" + worker.userId() + "\"")))
                .andExpect(content().string(not(containsString("value=\"" + boss.userId() + "\""))))
                .andExpect(content().string(not(containsString("value=\"wl.hr\""))));

        assertRefused("wl.hr", "是其他企业人员的账号");
        assertRefused("xjs.delegate", "是其他企业人员的账号");
        assertRefused(boss.userId(), "是企业方（用人单位一方）人员的账号");
        assertRefused("rsj.zhao", "不是本单位职工的账号");
        assertRefused("nobody-" + enterprise, "不存在");
        assertThat(delegates()).isZero();

        add("王建国", worker.userId()).andExpect(status().is3xxRedirection());
        assertThat(delegates()).isEqualTo(1);
        assertRefused(worker.userId(), "已关联在任代表王建国");
        assertThat(delegates()).isEqualTo(1);
        mvc.perform(get("/congress/me").with(as(worker))).andExpect(status().isOk());
        mvc.perform(get(owner.path()).with(as(union)))
                .andExpect(content().string(not(containsString("value=\"" + worker.userId() + "\""))));
    }

    @Test
    void a_csv_naming_another_firms_hr_or_one_account_twice_is_refused_line_by_line_and_saves_nothing() throws Exception {
        String csv = CongressRegistry.CSV_HEADER + "," + CongressRegistry.CSV_ACCOUNT_COLUMN + "\n"
                + "王建国,一车间,工人,男,否," + worker.userId() + "\n"
                + "李梅,二车间,工人,女,否,wl.hr\n"
                + "张伟,二车间,工人,男,否," + worker.userId() + "\n"
                + "赵强,三车间,工人,男,否," + boss.userId() + "\n"
                + "孙丽,三车间,工人,女,否,\n";
        MvcResult refused = mvc.perform(multipart(owner.path() + "/import")
                        .file(new MockMultipartFile("file", "代表.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(union)))
                .andReturn();

        Redirects.follow(mvc, refused, as(union))
                .andExpect(content().string(containsString("第 3 行")))
                .andExpect(content().string(containsString("“wl.hr”是其他企业人员的账号")))
                .andExpect(content().string(containsString("第 4 行")))
                .andExpect(content().string(containsString("一个账号只能关联一名代表")))
                .andExpect(content().string(containsString("第 5 行")))
                .andExpect(content().string(not(containsString("第 2 行"))));
        assertThat(delegates()).isZero();
    }

    private void assertRefused(String account, String rule) throws Exception {
        Redirects.follow(mvc, add("测试代表", account).andReturn(), as(union))
                .andExpect(content().string(containsString(rule)));
    }

    private ResultActions add(String name, String account) throws Exception {
        return mvc.perform(post(owner.path() + "/delegates").with(csrf()).with(as(union)).param("name", name)
                .param("constituency", "一车间").param("category", "WORKER").param("account", account));
    }

    private int delegates() {
        long congress = congresses.current(owner).orElseThrow().id();
        return jdbc.sql("select count(*) from congress_delegate where congress_id = ?").param(congress).query(Integer.class).single();
    }
}
