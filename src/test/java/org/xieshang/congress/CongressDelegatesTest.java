package org.xieshang.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.testing.DemoUsers;
import static org.xieshang.testing.DemoUsers.as;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.Redirects;
import org.xieshang.testing.XieshangTest;


/** A union of 845 staff (321 women, 50 dispatched) establishes its congress and keeps its delegates lawful. */
@XieshangTest
class CongressDelegatesTest {

    @Autowired
    CongressRegistry congresses;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    DemoUsers demo;
    @Autowired
    MockMvc mvc;

    long enterprise;
    PortalUser union;
    PortalUser employer;

    @BeforeEach
    void anEnterpriseWithItsUnion() {
        enterprise = enterprises.register("宁夏职代会测试制造", 845, 321, 50);
        union = enterprises.person("chair-c" + enterprise, PartyDirectory.unionOf(enterprise), PartyKind.UNION, enterprise,
                Position.UNION_CHAIR);
        employer = enterprises.person("hr-c" + enterprise, PartyDirectory.employerOf(enterprise), PartyKind.EMPLOYER,
                enterprise, Position.HR);
    }

    @Test
    void an_all_staff_meeting_is_refused_for_845_staff_and_the_term_is_three_to_five_years() {
        assertThatThrownBy(() -> congresses.establish(CongressOwner.enterprise(enterprise), DemocraticBody.ALL_STAFF_MEETING, LocalDate.now(), 3, union))
                .isInstanceOf(BusinessRuleException.class).hasMessage("congress.kind.allStaffSize");
        assertThatThrownBy(() -> congresses.establish(CongressOwner.enterprise(enterprise), DemocraticBody.WORKERS_CONGRESS, LocalDate.now(), 6, union))
                .isInstanceOf(BusinessRuleException.class).hasMessage("congress.term.range");
        congresses.establish(CongressOwner.enterprise(enterprise), DemocraticBody.WORKERS_CONGRESS, LocalDate.now(), 5, union);
        assertThat(congresses.current(CongressOwner.enterprise(enterprise)).orElseThrow().termEndsOn()).isEqualTo(LocalDate.now().plusYears(5).minusDays(1));
    }

    @Test
    void a_csv_with_bad_rows_is_reported_line_by_line_and_nothing_is_saved() throws Exception {
        congresses.establish(CongressOwner.enterprise(enterprise), DemocraticBody.WORKERS_CONGRESS, LocalDate.now(), 5, union);
        String csv = CongressRegistry.CSV_HEADER + "\n"
                + "王建国,一车间,工人,男,否\n"
                + ",一车间,工人,男,否\n"
                + "李梅,二车间,厨师,女,否\n"
                + "张伟,三车间,工人,男\n"
                + "王建国,一车间,技术人员,男,否\n";
        MvcResult refused = mvc.perform(multipart("/enterprises/{id}/congress/import", enterprise)
                        .file(new MockMultipartFile("file", "delegates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(union)))
                .andExpect(redirectedUrl("/enterprises/" + enterprise + "/congress")).andReturn();
        Redirects.follow(mvc, refused, as(union))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未导入任何代表")))
                .andExpect(content().string(containsString("第 3 行：")))
                .andExpect(content().string(containsString("类别“厨师”无法识别")))
                .andExpect(content().string(containsString("第 5 行：")))
                .andExpect(content().string(containsString("应有5列，实有 4 列")))
                .andExpect(content().string(containsString("一车间 选区的 王建国 已登记为代表")));
        assertThat(congresses.delegates(congresses.current(CongressOwner.enterprise(enterprise)).orElseThrow().id())).isEmpty();
    }

    @Test
    void a_lawful_roster_can_convene_and_a_recall_then_a_by_election_are_recorded() throws Exception {
        congresses.establish(CongressOwner.enterprise(enterprise), DemocraticBody.WORKERS_CONGRESS, LocalDate.now(), 5, union);
        // 845 staff: at least 43 delegates (5 %), at most 8 managers and leaders (20 % of 43), women and dispatched.
        mvc.perform(multipart("/enterprises/{id}/congress/import", enterprise)
                        .file(new MockMultipartFile("file", "delegates.csv", "text/csv", roster(43, 8).getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(union)))
                .andExpect(redirectedUrl("/enterprises/" + enterprise + "/congress"))
                .andExpect(flash().attribute("notice", "notice.delegatesImported"));
        Congress congress = congresses.current(CongressOwner.enterprise(enterprise)).orElseThrow();
        assertThat(congresses.composition(congress).canConvene()).isTrue();

        Delegate first = congresses.sitting(congress.id()).get(0);
        assertThatThrownBy(() -> congresses.recall(CongressOwner.enterprise(enterprise), first.id(), 12, 25, null, union))
                .isInstanceOf(BusinessRuleException.class).hasMessage("congress.recall.majority");
        congresses.recall(CongressOwner.enterprise(enterprise), first.id(), 13, 25, "长期不履行代表职责", union);
        Composition afterRecall = congresses.composition(congress);
        assertThat(afterRecall.canConvene()).isFalse();
        assertThat(afterRecall.failures()).extracting(BusinessRuleException.Violation::messageKey).containsExactly("congress.rule.size");

        congresses.byElection(CongressOwner.enterprise(enterprise), new CongressRegistry.NewDelegate("赵丽", first.constituency(), DelegateCategory.WORKER,
                true, false, null), 18, 25, union);
        assertThat(congresses.composition(congress).canConvene()).isTrue();
        assertThat(congresses.changes(congress.id())).extracting(CongressRegistry.Change::kind).containsExactly("RECALL", "BY_ELECTION");
        mvc.perform(get("/enterprises/{id}/congress", enterprise).with(as(union)))
                .andExpect(content().string(containsString("代表构成符合规定")))
                .andExpect(content().string(containsString("赵丽")));
    }

    @Test
    void a_roster_saved_by_chinese_excel_in_gbk_is_read_like_utf_8() throws Exception {
        congresses.establish(CongressOwner.enterprise(enterprise), DemocraticBody.WORKERS_CONGRESS, LocalDate.now(), 5, union);
        byte[] gbk = roster(43, 8).getBytes(java.nio.charset.Charset.forName("GBK"));
        mvc.perform(multipart("/enterprises/{id}/congress/import", enterprise)
                        .file(new MockMultipartFile("file", "代表名册.csv", "text/csv", gbk)).with(csrf()).with(as(union)))
                .andExpect(flash().attribute("notice", "notice.delegatesImported"));
        List<Delegate> sitting = congresses.sitting(congresses.current(CongressOwner.enterprise(enterprise)).orElseThrow().id());
        assertThat(sitting).hasSize(43);
        assertThat(sitting).extracting(Delegate::name).contains("代表0", "代表42");
        assertThat(sitting).extracting(Delegate::constituency).contains("第1选区");
    }

    @Test
    void every_composition_failure_is_explained() {
        congresses.establish(CongressOwner.enterprise(enterprise), DemocraticBody.WORKERS_CONGRESS, LocalDate.now(), 5, union);
        List<CongressRegistry.RowError> errors = congresses.importCsv(CongressOwner.enterprise(enterprise), rosterOfMen(30, 10), union);
        assertThat(errors).isEmpty();
        Composition c = congresses.composition(congresses.current(CongressOwner.enterprise(enterprise)).orElseThrow());
        assertThat(c.failures()).extracting(BusinessRuleException.Violation::messageKey).containsExactlyInAnyOrder(
                "congress.rule.size", "congress.rule.management", "congress.rule.women", "congress.rule.dispatched");
    }

    @Test
    void the_employer_side_reads_the_roster_but_cannot_change_it() throws Exception {
        congresses.establish(CongressOwner.enterprise(enterprise), DemocraticBody.WORKERS_CONGRESS, LocalDate.now(), 5, union);
        mvc.perform(get("/enterprises/{id}/congress", enterprise).with(as(employer))).andExpect(status().isOk());
        mvc.perform(post("/enterprises/{id}/congress/delegates", enterprise).with(csrf()).with(as(employer))
                .param("name", "钱多").param("constituency", "管理层").param("category", "LEADER"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}/congress", enterprise).with(demo.as("wl.hr"))).andExpect(status().isNotFound());
    }

    @Test
    void the_electronics_federation_keeps_one_congress_for_the_firms_it_covers() throws Exception {
        PortalUser federationUnion = demo.user("dzrj.union");
        CongressOwner federation = CongressOwner.federation(federationUnion.federationId());
        // Six small firms, 317 staff together: a workers' congress of at least 30 delegates.
        assertThatThrownBy(() -> congresses.establish(federation, DemocraticBody.ALL_STAFF_MEETING, LocalDate.now(), 3,
                federationUnion)).hasMessage("congress.kind.allStaffSize");
        if (congresses.current(federation).isEmpty()) {
            congresses.establish(federation, DemocraticBody.WORKERS_CONGRESS, LocalDate.now(), 3, federationUnion);
        }
        Composition empty = congresses.composition(congresses.current(federation).orElseThrow());
        assertThat(empty.required()).isEqualTo(30);
        mvc.perform(get("/federations/{id}/congress", federationUnion.federationId()).with(demo.as("dzrj.union")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("银川经济技术开发区电子信息和软件行业工会联合会")));
        mvc.perform(post("/federations/{id}/congress/delegates", federationUnion.federationId()).with(csrf())
                        .with(demo.as("xjs.union")).param("name", "某人").param("constituency", "A").param("category", "WORKER"))
                .andExpect(status().isNotFound());
    }

    private static String roster(int delegates, int managers) {
        StringBuilder csv = new StringBuilder(CongressRegistry.CSV_HEADER).append("\n");
        for (int i = 0; i < delegates; i++) {
            String category = i < managers ? "管理人员" : (i % 5 == 0 ? "技术人员" : "工人");
            csv.append("代表").append(i).append(",第").append(i % 6 + 1).append("选区,").append(category).append(",")
                    .append(i % 3 == 0 ? "女" : "男").append(",").append(i % 10 == 9 ? "是" : "否").append("\n");
        }
        return csv.toString();
    }

    private static String rosterOfMen(int delegates, int managers) {
        return roster(delegates, managers).replace(",女,", ",男,").replace(",是\n", ",否\n");
    }
}
