package org.xieshang.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.Redirects;
import org.xieshang.testing.XieshangTest;

/**
 * The offer stage through the portal as 鑫晶盛's union chair, HR and delegate use it: forms validate on the
 * server in the user's language, letters read as text and are PDF/A, and the questionnaire stays with the union.
 */
@XieshangTest
class OfferPortalTest {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    ProcessEngine engine;
    @Autowired
    BargainingCases cases;
    @Autowired
    CollectiveBargainingProcess process;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcClient jdbc;

    long enterprise;
    BargainingCase bargainingCase;

    @BeforeEach
    void xinjingshengUnionOpensACase() throws Exception {
        ProcessTestSupport.init(engine);
        enterprise = demo.user("xjs.union").enterpriseId();
        // Each test starts from a fresh case: close what an earlier test left open.
        jdbc.sql("update bargaining_case set stage = 'REFUSED' where enterprise_id = ?").param(enterprise).update();
        String location = mvc.perform(post("/enterprises/{id}/cases", enterprise).with(csrf()).with(demo.as("xjs.union")))
                .andExpect(redirectedUrlPattern("/cases/*")).andReturn().getResponse().getRedirectedUrl();
        bargainingCase = cases.find(Long.parseLong(location.substring("/cases/".length()))).orElseThrow();
    }

    @Test
    void an_offer_without_subjects_or_with_a_past_date_is_refused_in_chinese_and_in_english() throws Exception {
        String taskId = taskId(CollectiveBargaining.TASK_DRAFT_OFFER, "xjs.union");
        MvcResult refused = mvc.perform(post("/forms/offer").param("taskId", taskId).with(csrf()).with(demo.as("xjs.union"))
                        .param("contractType", "COMPREHENSIVE").param("proposedAt", "2020-01-01T09:00")
                        .param("proposedPlace", "会议室").param("contactName", "王秀兰").param("contactPhone", "0951-5012345"))
                .andExpect(redirectedUrl("/forms/offer?taskId=" + taskId)).andReturn();
        Redirects.follow(mvc, refused, demo.as("xjs.union"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请至少选择一项协商事项")))
                .andExpect(content().string(containsString("建议协商时间须晚于现在")))
                .andExpect(content().string(containsString("value=\"王秀兰\"")));
        Cookie english = new Cookie("xieshang-lang", "en");
        MvcResult refusedInEnglish = mvc.perform(post("/forms/offer").param("taskId", taskId).with(csrf()).with(demo.as("xjs.union"))
                        .cookie(english)
                        .param("contractType", "COMPREHENSIVE").param("subjects", "REMUNERATION")
                        .param("proposedAt", future()).param("proposedPlace", "会议室").param("contactName", "王秀兰")
                        .param("contactPhone", "0951-5012345"))
                .andReturn();
        Redirects.follow(mvc, refusedInEnglish, demo.as("xjs.union"), english)
                .andExpect(content().string(containsString("With pay as a subject, state the average increase")));
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void the_union_reads_the_letter_as_it_would_be_served_before_serving_it_and_nothing_is_sent() throws Exception {
        String taskId = taskId(CollectiveBargaining.TASK_DRAFT_OFFER, "xjs.union");
        byte[] pdf = mvc.perform(post("/forms/offer/preview").param("taskId", taskId).with(csrf()).with(demo.as("xjs.union"))
                        .param("contractType", "WAGES").param("subjects", "REMUNERATION")
                        .param("wageIncreasePercent", "6.5").param("lowestWage", "2300").param("proposedAt", future())
                        .param("proposedPlace", "公司三楼会议室").param("contactName", "王秀兰").param("contactPhone", "0951-5012345"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(org.xieshang.testing.PdfChecks.text(pdf)).contains("预览稿：尚未送达", "集体协商要约书", "宁夏鑫晶盛电子材料有限公司",
                "职工平均工资增长", "6.5", "2300");
        assertThat(documents.ofCase(bargainingCase.caseNo())).as("a preview is stored nowhere").isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("and serves nothing").isEqualTo(1);
        mvc.perform(post("/forms/offer/preview").param("taskId", taskId).with(csrf()).with(demo.as("xjs.union"))
                        .param("contractType", "WAGES"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/forms/offer?taskId=" + taskId))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(get("/forms/offer").param("taskId", taskId).with(demo.as("xjs.union")))
                .andExpect(content().string(containsString("id=\"preview-offer\"")));
    }

    @Test
    void the_case_page_shows_the_step_reached_and_who_must_act_next_by_when() throws Exception {
        sendOffer();
        String page = "/cases/" + bargainingCase.id();
        String answerTask = taskId(CollectiveBargaining.TASK_ANSWER_OFFER, "xjs.hr");
        mvc.perform(get(page).with(demo.as("xjs.union")))
                .andExpect(content().string(containsString("<li class=\"xs-step-current\" aria-current=\"step\">")))
                .andExpect(content().string(containsString("回应</span>")))
                .andExpect(content().string(containsString("书面回应协商要约")))
                .andExpect(content().string(containsString("办理方：")))
                .andExpect(content().string(containsString("<td class=\"small\">王秀兰</td>")))
                .andExpect(content().string(containsString("书面答复协商要约：20 日")))
                .andExpect(content().string(not(containsString("/tasks/" + answerTask))));
        mvc.perform(get(page).with(demo.as("xjs.hr"))).andExpect(content().string(containsString("/tasks/" + answerTask)));
    }

    @Test
    void the_documents_page_finds_a_case_s_letters_by_number_and_type_and_names_their_authors() throws Exception {
        sendOffer();
        mvc.perform(get("/documents").param("q", bargainingCase.caseNo()).param("type", "OFFER_LETTER").with(demo.as("xjs.union")))
                .andExpect(content().string(containsString("共 1 份")))
                .andExpect(content().string(containsString("<td>王秀兰</td>")))
                .andExpect(content().string(not(containsString("<td>xjs.union</td>"))))
                .andExpect(content().string(not(containsString("SHA-256"))));
        mvc.perform(get("/documents").param("q", bargainingCase.caseNo()).param("type", "RESPONSE_LETTER").with(demo.as("xjs.union")))
                .andExpect(content().string(containsString("共 0 份")));
    }

    @Test
    void switching_language_on_a_task_form_keeps_the_task() throws Exception {
        String taskId = taskId(CollectiveBargaining.TASK_DRAFT_OFFER, "xjs.union");
        String link = "/forms/offer?taskId=" + taskId + "&amp;lang=en";
        mvc.perform(get("/forms/offer").param("taskId", taskId).with(demo.as("xjs.union")))
                .andExpect(content().string(containsString("href=\"" + link + "\"")));
        mvc.perform(get("/forms/offer").param("taskId", taskId).param("lang", "en").with(demo.as("xjs.union")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Draft the offer to bargain")))
                .andExpect(content().string(containsString("href=\"/forms/offer?taskId=" + taskId + "&amp;lang=zh_CN\"")));
    }

    @Test
    void hr_opens_a_case_to_send_the_union_an_offer_and_the_offer_form_has_no_workers_questionnaire() throws Exception {
        jdbc.sql("update bargaining_case set stage = 'REFUSED' where enterprise_id = ?").param(enterprise).update();
        mvc.perform(get("/enterprises/{id}/cases", enterprise).with(demo.as("xjs.hr")))
                .andExpect(content().string(containsString("向工会发出集体协商要约")));
        String location = mvc.perform(post("/enterprises/{id}/cases", enterprise).with(csrf()).with(demo.as("xjs.hr")))
                .andExpect(redirectedUrlPattern("/cases/*")).andReturn().getResponse().getRedirectedUrl();
        BargainingCase byEmployer = cases.find(Long.parseLong(location.substring("/cases/".length()))).orElseThrow();
        mvc.perform(get(location).with(demo.as("xjs.union"))).andExpect(content().string(containsString("企业方发出要约")));
        String draft = process.task(byEmployer.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, demo.user("xjs.hr")).getId();
        mvc.perform(get("/forms/offer").param("taskId", draft).with(demo.as("xjs.hr")))
                .andExpect(content().string(containsString("本案件由企业方发出要约")))
                .andExpect(content().string(not(containsString("value=\"questionnaire\""))));
        assertThat(process.openTask(byEmployer.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, demo.user("xjs.union"))).isEmpty();
    }

    @Test
    void the_union_sends_the_offer_and_hr_accepts_through_the_forms_with_letters_that_read_and_validate() throws Exception {
        sendOffer();
        String answerTask = taskId(CollectiveBargaining.TASK_ANSWER_OFFER, "xjs.hr");
        mvc.perform(get("/forms/answer-offer").param("taskId", answerTask).with(demo.as("xjs.hr")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("6.5")));
        MvcResult tooShort = mvc.perform(post("/forms/answer-offer").param("taskId", answerTask).with(csrf())
                        .with(demo.as("xjs.hr")).param("kind", "REFUSE").param("reason", "太忙"))
                .andExpect(redirectedUrl("/forms/answer-offer?taskId=" + answerTask)).andReturn();
        Redirects.follow(mvc, tooShort, demo.as("xjs.hr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("须书面说明正当理由")))
                .andExpect(content().string(containsString("太忙")));
        MvcResult answered = mvc.perform(post("/forms/answer-offer").param("taskId", answerTask).with(csrf()).with(demo.as("xjs.hr"))
                        .param("kind", "ACCEPT").param("meetingAt", future()).param("meetingPlace", "行政楼二楼会议室"))
                .andExpect(redirectedUrl("/cases/" + bargainingCase.id())).andReturn();
        Redirects.follow(mvc, answered, demo.as("xjs.hr")).andExpect(content().string(containsString("书面回应已提交")));
        ProcessTestSupport.executeJobFor(engine, instance(), CollectiveBargaining.SERVICE_ISSUE_RESPONSE_LETTER);

        List<StoredDocument> letters = documents.ofCaseVisibleTo(bargainingCase.caseNo(), demo.user("xjs.hr"));
        assertThat(letters).extracting(StoredDocument::type)
                .containsExactlyInAnyOrder(DocumentType.OFFER_LETTER, DocumentType.RESPONSE_LETTER);
        for (StoredDocument letter : letters) {
            byte[] pdf = documents.content(letter.id(), demo.user("xjs.hr"));
            String text = PdfChecks.text(pdf);
            assertThat(text).contains("宁夏鑫晶盛电子材料有限公司").contains("《集体合同规定》第三十二条")
                    .contains(bargainingCase.caseNo());
            PdfChecks.assertPdfA2b(pdf);
        }
        assertThat(letters.stream().filter(l -> l.type() == DocumentType.OFFER_LETTER).findFirst().orElseThrow().createdBy())
                .isEqualTo("xjs.union");
        assertThat(PdfChecks.text(documents.content(letters.stream().filter(l -> l.type() == DocumentType.OFFER_LETTER)
                .findFirst().orElseThrow().id(), demo.user("xjs.hr")))).contains("宁夏鑫晶盛电子材料有限公司工会");
        mvc.perform(get("/cases/{id}", bargainingCase.id()).with(demo.as("zgh.liu")))
                .andExpect(content().string(containsString("书面回应：接受")))
                .andExpect(content().string(containsString("在法定期限内")));
        long response = letters.stream().filter(l -> l.type() == DocumentType.RESPONSE_LETTER).findFirst().orElseThrow().id();
        mvc.perform(get("/tasks").param("list", "COMPLETED").with(demo.as("xjs.hr")))
                .andExpect(content().string(containsString("/tasks/" + answerTask + "/done")));
        mvc.perform(get("/tasks/{id}/done", answerTask).with(demo.as("xjs.hr")))
                .andExpect(content().string(containsString("书面回应：接受")))
                .andExpect(content().string(containsString("/documents/" + response + "/file")));
        mvc.perform(get("/tasks/{id}/done", answerTask).with(demo.as("xjs.union"))).andExpect(status().isNotFound());
    }

    @Test
    void a_supervision_letter_carries_the_facts_the_dates_and_the_citation_and_is_pdf_a() throws Exception {
        sendOffer();
        ProcessTestSupport.fireTimer(engine, instance(), CollectiveBargaining.TIMER_RESPONSE_DUE);
        String letterTask = taskId(CollectiveBargaining.TASK_ISSUE_REMINDER_LETTER, "xjs.union");
        MvcResult tooShort = mvc.perform(post("/forms/supervision-letter").param("taskId", letterTask).param("option", "issue")
                        .param("text", "短").with(csrf()).with(demo.as("xjs.union")))
                .andExpect(redirectedUrl("/forms/supervision-letter?taskId=" + letterTask)).andReturn();
        Redirects.follow(mvc, tooShort, demo.as("xjs.union"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请写明事实和要求")));
        mvc.perform(post("/forms/supervision-letter").param("taskId", letterTask).param("option", "issue")
                        .param("text", "企业收到要约书后二十日内未作书面回应，亦未说明理由。").with(csrf()).with(demo.as("xjs.union")))
                .andExpect(redirectedUrlPattern("/cases/*"));
        ProcessTestSupport.executeJobFor(engine, instance(), CollectiveBargaining.SERVICE_ISSUE_REMINDER_LETTER);

        StoredDocument letter = documents.ofCaseVisibleTo(bargainingCase.caseNo(), demo.user("xjs.hr")).stream()
                .filter(d -> d.type() == DocumentType.REMINDER_LETTER).findFirst().orElseThrow();
        byte[] pdf = documents.content(letter.id(), demo.user("rsj.zhao"));
        assertThat(PdfChecks.text(pdf)).contains("工会劳动法律监督提示函").contains("企业收到要约书后二十日内未作书面回应")
                .contains("第五十六条").contains("宁夏鑫晶盛电子材料有限公司工会");
        PdfChecks.assertPdfA2b(pdf);
        documents.content(letter.id(), demo.user("zgh.liu"));
    }

    @Test
    void the_employer_never_reads_the_questionnaire_through_any_page_api_or_document() throws Exception {
        String taskId = taskId(CollectiveBargaining.TASK_DRAFT_OFFER, "xjs.union");
        mvc.perform(post("/forms/offer").param("taskId", taskId).param("action", "questionnaire").with(csrf())
                .with(demo.as("xjs.union"))).andExpect(redirectedUrlPattern("/cases/*"));
        mvc.perform(post("/cases/{id}/questionnaire", bargainingCase.id()).with(csrf()).with(demo.as("xjs.delegate"))
                        .param("priorities", "REMUNERATION", "REST_AND_LEAVE").param("wageExpectation", "8")
                        .param("demand", "夜班津贴由每晚二十元提高到四十元"))
                .andExpect(redirectedUrlPattern("/*"));
        mvc.perform(post("/cases/{id}/questionnaire", bargainingCase.id()).with(csrf()).with(demo.as("xjs.hr"))
                .param("priorities", "TRAINING")).andExpect(status().isNotFound());

        mvc.perform(get("/cases/{id}", bargainingCase.id()).with(demo.as("xjs.union")))
                .andExpect(content().string(containsString("夜班津贴由每晚二十元提高到四十元")));
        String closeTask = taskId(CollectiveBargaining.TASK_CLOSE_QUESTIONNAIRE, "xjs.union");
        mvc.perform(get("/forms/questionnaire").param("taskId", closeTask).with(demo.as("xjs.hr"))).andExpect(status().isNotFound());
        mvc.perform(post("/forms/questionnaire").param("taskId", closeTask).with(csrf()).with(demo.as("xjs.union")))
                .andExpect(redirectedUrlPattern("/cases/*"));
        ProcessTestSupport.executeJobFor(engine, instance(), CollectiveBargaining.SERVICE_SUMMARISE_QUESTIONNAIRE);

        StoredDocument summary = documents.ofCaseVisibleTo(bargainingCase.caseNo(), demo.user("xjs.union")).stream()
                .filter(d -> d.type() == DocumentType.QUESTIONNAIRE_SUMMARY).findFirst().orElseThrow();
        assertThat(PdfChecks.text(documents.content(summary.id(), demo.user("xjs.union")))).contains("夜班津贴");
        for (String outsider : new String[] {"xjs.hr", "xjs.boss", "xjs.recorder", "rsj.zhao"}) {
            mvc.perform(get("/cases/{id}", bargainingCase.id()).with(demo.as(outsider)))
                    .andExpect(content().string(not(containsString("夜班津贴"))))
                    .andExpect(content().string(not(containsString("职工意见汇总"))));
            mvc.perform(get("/documents/{id}/file", summary.id()).with(demo.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/api/documents/{id}", summary.id()).with(demo.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/api/documents").with(demo.as(outsider)))
                    .andExpect(jsonPath("$[?(@.id == %d)]", summary.id()).isEmpty());
        }
    }

    private void sendOffer() throws Exception {
        String taskId = taskId(CollectiveBargaining.TASK_DRAFT_OFFER, "xjs.union");
        mvc.perform(post("/forms/offer").param("taskId", taskId).with(csrf()).with(demo.as("xjs.union"))
                        .param("contractType", "WAGES").param("subjects", "REMUNERATION", "WORKING_HOURS")
                        .param("wageIncreasePercent", "6.5").param("lowestWage", "2300").param("proposedAt", future())
                        .param("proposedPlace", "公司三楼会议室").param("contactName", "王秀兰").param("contactPhone", "0951-5012345"))
                .andExpect(redirectedUrlPattern("/cases/*"));
        String page = "/cases/" + bargainingCase.id();
        // The letter is being generated: the page says so and reloads itself until it is served.
        mvc.perform(get(page).with(demo.as("xjs.union")))
                .andExpect(content().string(containsString("id=\"steps-pending\"")));
        ProcessTestSupport.executeJobFor(engine, instance(), CollectiveBargaining.SERVICE_SEND_OFFER);
        mvc.perform(get(page).with(demo.as("xjs.union"))).andExpect(content().string(not(containsString("id=\"steps-pending\""))));
    }

    private org.camunda.bpm.engine.runtime.ProcessInstance instance() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(bargainingCase.caseNo())
                .singleResult();
    }

    private String taskId(String key, String userId) {
        PortalUser user = demo.user(userId);
        Task task = process.task(bargainingCase.caseNo(), key, user);
        return task.getId();
    }

    private static String future() {
        return LocalDateTime.now().plusDays(30).withHour(9).withMinute(30).format(INPUT);
    }
}
