package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.enterprise.Enterprise;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.XieshangTest;

/** roles.md: a party sees its own enterprise, never another's, and never the other side's confidential papers. */
@XieshangTest
class PartyAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    DocumentService documents;
    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    JdbcClient jdbc;

    long enterpriseA;
    long enterpriseB;
    StoredDocument sharedDocumentOfB;
    StoredDocument unionOnlyDocumentOfA;
    StoredDocument sharedDocumentOfA;

    @BeforeEach
    void documentsOfTwoEnterprises() {
        enterpriseA = demo.user("xjs.hr").enterpriseId();
        enterpriseB = demo.user("wl.hr").enterpriseId();
        sharedDocumentOfB = generate(enterpriseB, "威力传动双方文书", Set.of(PartyDirectory.unionOf(enterpriseB),
                PartyDirectory.employerOf(enterpriseB)));
        unionOnlyDocumentOfA = generate(enterpriseA, "鑫晶盛职工意见征集汇总", Set.of(PartyDirectory.unionOf(enterpriseA)));
        sharedDocumentOfA = generate(enterpriseA, "鑫晶盛双方文书", Set.of(PartyDirectory.unionOf(enterpriseA),
                PartyDirectory.employerOf(enterpriseA)));
    }

    @Test
    void the_employer_side_of_a_gets_404_for_enterprise_b_pages_and_json() throws Exception {
        mvc.perform(get("/enterprises/{id}", enterpriseB).with(demo.as("xjs.hr"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{id}", enterpriseB).with(demo.as("xjs.hr")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("无权查看")));
        mvc.perform(post("/enterprises/{id}/profile", enterpriseB).with(csrf()).with(demo.as("xjs.hr")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}", enterpriseA).with(demo.as("xjs.hr"))).andExpect(status().isOk());
    }

    @Test
    void after_a_real_login_the_employer_side_of_a_still_gets_404_for_b() throws Exception {
        jakarta.servlet.http.Cookie session = mvc.perform(formLogin().user("xjs.boss").password("xieshang2026"))
                .andReturn().getResponse().getCookie(org.xieshang.testing.Redirects.SESSION_COOKIE);
        mvc.perform(get("/api/enterprises/{id}", enterpriseB).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/file", sharedDocumentOfB.id()).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/file", sharedDocumentOfA.id()).cookie(session)).andExpect(status().isOk());
    }

    @Test
    void the_employer_side_of_a_lists_only_its_own_enterprise() throws Exception {
        mvc.perform(get("/api/enterprises").with(demo.as("xjs.hr")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("宁夏鑫晶盛电子材料有限公司"));
        mvc.perform(get("/enterprises").with(demo.as("xjs.hr")))
                .andExpect(content().string(containsString("宁夏鑫晶盛电子材料有限公司")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("银川威力传动技术股份有限公司"))));
    }

    @Test
    void the_employer_side_of_a_cannot_read_b_documents_nor_a_union_only_document_of_a() throws Exception {
        for (StoredDocument forbidden : new StoredDocument[] {sharedDocumentOfB, unionOnlyDocumentOfA}) {
            mvc.perform(get("/documents/{id}/file", forbidden.id()).with(demo.as("xjs.hr"))).andExpect(status().isNotFound());
            mvc.perform(get("/api/documents/{id}", forbidden.id()).with(demo.as("xjs.hr"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/documents").with(demo.as("xjs.hr")))
                .andExpect(jsonPath("$[?(@.id == %d)]", sharedDocumentOfA.id()).isNotEmpty())
                .andExpect(jsonPath("$[?(@.id == %d)]", unionOnlyDocumentOfA.id()).isEmpty())
                .andExpect(jsonPath("$[?(@.id == %d)]", sharedDocumentOfB.id()).isEmpty());
        mvc.perform(get("/documents/{id}/file", sharedDocumentOfA.id()).with(demo.as("xjs.hr")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
    }

    @Test
    void the_union_of_a_reads_its_confidential_document_and_the_instructor_assigned_to_a_does_too() throws Exception {
        mvc.perform(get("/documents/{id}/file", unionOnlyDocumentOfA.id()).with(demo.as("xjs.union"))).andExpect(status().isOk());
        mvc.perform(get("/documents/{id}/file", unionOnlyDocumentOfA.id()).with(demo.as("zdy.sun"))).andExpect(status().isOk());
        mvc.perform(get("/documents/{id}/file", unionOnlyDocumentOfA.id()).with(demo.as("xjs.recorder"))).andExpect(status().isNotFound());
    }

    @Test
    void the_upper_level_union_and_the_labour_bureau_see_every_enterprise_of_the_district() throws Exception {
        int inDistrict = jdbc.sql("select count(*) from enterprise where district_id = ?")
                .param(demo.user("zgh.liu").districtId()).query(Integer.class).single();
        assertThat(inDistrict).isGreaterThanOrEqualTo(15);
        for (String official : new String[] {"zgh.liu", "rsj.zhao"}) {
            mvc.perform(get("/api/enterprises").with(demo.as(official))).andExpect(jsonPath("$", hasSize(inDistrict)));
            mvc.perform(get("/enterprises/{id}", enterpriseB).with(demo.as(official))).andExpect(status().isOk());
        }
    }

    @Test
    void the_federation_union_sees_the_six_firms_it_covers() throws Exception {
        mvc.perform(get("/api/enterprises").with(demo.as("dzrj.union"))).andExpect(jsonPath("$", hasSize(6)));
        mvc.perform(get("/api/enterprises/{id}", enterpriseA).with(demo.as("dzrj.union"))).andExpect(status().isNotFound());
    }

    @Test
    void the_administrator_reads_the_registry_but_no_business_document() throws Exception {
        int all = jdbc.sql("select count(*) from enterprise").query(Integer.class).single();
        mvc.perform(get("/api/enterprises").with(demo.as("admin"))).andExpect(jsonPath("$", hasSize(all)));
        mvc.perform(get("/documents/{id}/file", sharedDocumentOfA.id()).with(demo.as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void json_endpoints_refuse_anonymous_callers_and_the_engine_rest_api_admits_only_administrators() throws Exception {
        mvc.perform(get("/api/enterprises")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/engine").with(demo.as("zgh.liu"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"));
    }

    private StoredDocument generate(long enterpriseId, String title, Set<String> visibleTo) {
        return documents.generate(new DocumentService.Request(DocumentType.ENTERPRISE_PROFILE, "access-test-" + enterpriseId,
                enterpriseId, null, title, visibleTo, "test"), new Profile(registry.find(enterpriseId).orElseThrow(), "私营企业",
                "职工代表大会", List.of(), List.of(), LocalDate.of(2026, 11, 23)));
    }

    /** The enterprise profile's model, as the registry fills it. */
    record Profile(Enterprise enterprise, String ownership, String democraticBody, List<Object> federations, List<Object> clocks,
                   LocalDate generatedOn) implements DocumentModel {
    }
}
