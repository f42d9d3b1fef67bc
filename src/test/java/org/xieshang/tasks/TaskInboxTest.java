package org.xieshang.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PartyDirectory;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.StatutoryDeadlineFixture;
import org.xieshang.testing.XieshangTest;

/**
 * The inbox and the statutory clock on a task, through the foundation's fixture process: a task offered to
 * the employer side of 鑫晶盛 with the 20-day answer clock.
 */
@XieshangTest
class TaskInboxTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcessEngine engine;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;

    ProcessInstance instance;

    @BeforeEach
    void offerReceivedOnTwelfthSeptember() {
        ProcessTestSupport.init(engine);
        if (engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(StatutoryDeadlineFixture.PROCESS_ID).count() == 0) {
            engine.getRepositoryService().createDeployment()
                    .addClasspathResource(StatutoryDeadlineFixture.RESOURCE).deploy();
        }
        long enterprise = demo.user("xjs.hr").enterpriseId();
        instance = engine.getRuntimeService().startProcessInstanceByKey(StatutoryDeadlineFixture.PROCESS_ID,
                "TEST-" + System.nanoTime(), Map.of(
                        CaseVariables.CASE_ID.name(), "XS-2026-0001",
                        CaseVariables.ENTERPRISE_ID.name(), enterprise,
                        StatutoryDeadlineFixture.EMPLOYER_GROUP.name(), PartyDirectory.employerOf(enterprise),
                        StatutoryDeadlineFixture.OFFER_RECEIVED_ON.name(),
                        Date.from(LocalDate.of(2026, 9, 12).atStartOfDay(CHINA).toInstant())));
    }

    @Test
    void the_task_is_due_when_the_20_days_end_after_the_national_day_holiday() {
        Task task = task();
        Date endOfEighthOctober = Date.from(LocalDate.of(2026, 10, 9).atStartOfDay(CHINA).toInstant());
        assertThat(task.getDueDate()).isEqualTo(endOfEighthOctober);
        assertThat(ProcessTestSupport.jobAt(engine, instance, StatutoryDeadlineFixture.TIMER_RESPONSE_DUE).getDuedate())
                .isEqualTo(endOfEighthOctober);
    }

    @Test
    void when_the_timer_fires_the_case_ends_as_overdue() {
        ProcessTestSupport.fireTimer(engine, instance, StatutoryDeadlineFixture.TIMER_RESPONSE_DUE);
        assertThat(instance).isEnded().hasPassed(StatutoryDeadlineFixture.EVENT_RESPONSE_OVERDUE)
                .hasNotPassed(StatutoryDeadlineFixture.EVENT_ANSWERED);
    }

    @Test
    void the_employer_side_sees_the_task_unclaimed_with_enterprise_deadline_and_citation() throws Exception {
        String taskId = task().getId();
        mvc.perform(get("/api/tasks").with(demo.as("xjs.hr")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unclaimed[?(@.id == '%s')].enterpriseName", taskId).value("宁夏鑫晶盛电子材料有限公司"))
                .andExpect(jsonPath("$.unclaimed[?(@.id == '%s')].caseRef", taskId).value("XS-2026-0001"))
                .andExpect(jsonPath("$.unclaimed[?(@.id == '%s')].deadline.due", taskId).value("2026-10-08"))
                .andExpect(jsonPath("$.unclaimed[?(@.id == '%s')].deadline.clock.citation.zh", taskId)
                        .value("《集体合同规定》第三十二条；《工资集体协商试行办法》第十八条"));
        mvc.perform(get("/").with(demo.as("xjs.hr")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("书面答复协商要约")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2026-10-08")));
    }

    @Test
    void the_union_side_and_another_enterprise_neither_see_nor_claim_the_employer_task() throws Exception {
        String taskId = task().getId();
        mvc.perform(get("/api/tasks").with(demo.as("xjs.union")))
                .andExpect(jsonPath("$.unclaimed[?(@.id == '%s')]", taskId).isEmpty());
        mvc.perform(post("/tasks/{id}/claim", taskId).with(csrf()).with(demo.as("wl.hr")))
                .andExpect(status().isNotFound());
        assertThat(task().getAssignee()).isNull();
    }

    @Test
    void the_inbox_finds_a_task_by_case_number_and_due_window_and_hr_hands_it_to_the_legal_representative_with_a_note()
            throws Exception {
        String taskId = task().getId();
        mvc.perform(get("/tasks").param("list", "UNCLAIMED").param("q", "XS-2026-0001").param("due", "OVERDUE")
                        .with(demo.as("xjs.hr")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/tasks/" + taskId + "/claim")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/cases/number/XS-2026-0001")));
        mvc.perform(get("/tasks").param("list", "UNCLAIMED").param("q", "XS-2099").with(demo.as("xjs.hr")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("共 0 项")));

        mvc.perform(post("/tasks/{id}/hand-over", taskId).param("to", "xjs.union").param("note", "请代为处理")
                        .with(csrf()).with(demo.as("xjs.hr")))
                .andExpect(redirectedUrl("/tasks")).andExpect(flash().attributeExists("errors"));
        assertThat(task().getAssignee()).as("the union is the other side, never a colleague").isNull();
        mvc.perform(post("/tasks/{id}/hand-over", taskId).param("to", "xjs.boss").param("note", "请您亲自回应，已附公司意见。")
                        .with(csrf()).with(demo.as("xjs.hr")))
                .andExpect(redirectedUrl("/tasks")).andExpect(flash().attribute("notice", "notice.taskHandedOver"));
        assertThat(task().getAssignee()).isEqualTo("xjs.boss");
        mvc.perform(get("/tasks").with(demo.as("xjs.boss")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("转交说明：陈静：请您亲自回应，已附公司意见。")));
        mvc.perform(post("/tasks/{id}/hand-over", taskId).param("to", "xjs.hr").with(csrf()).with(demo.as("xjs.hr")))
                .andExpect(flash().attributeExists("errors"));
        assertThat(task().getAssignee()).as("a task the boss now holds is his to hand on").isEqualTo("xjs.boss");
    }

    @Test
    void opening_a_form_s_address_on_its_own_says_where_to_start_again_in_the_user_s_language() throws Exception {
        String taskId = task().getId();
        mvc.perform(get("/tasks/{id}/claim", taskId).with(demo.as("xjs.hr")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("这是提交表单后的地址，不能直接打开或刷新")));
        mvc.perform(get("/tasks/{id}/claim", taskId).with(demo.as("xjs.hr")).cookie(new jakarta.servlet.http.Cookie("xieshang-lang", "en")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("cannot be opened or reloaded on its own")));
    }

    @Test
    void a_long_inbox_comes_twenty_tasks_a_page() throws Exception {
        long enterprise = demo.user("xjs.hr").enterpriseId();
        for (int i = 0; i < TaskListController.PAGE_SIZE; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(StatutoryDeadlineFixture.PROCESS_ID, "TEST-" + System.nanoTime(), Map.of(
                    CaseVariables.CASE_ID.name(), "XS-2026-PAGE", CaseVariables.ENTERPRISE_ID.name(), enterprise,
                    StatutoryDeadlineFixture.EMPLOYER_GROUP.name(), PartyDirectory.employerOf(enterprise),
                    StatutoryDeadlineFixture.OFFER_RECEIVED_ON.name(), Date.from(LocalDate.of(2026, 9, 12).atStartOfDay(CHINA).toInstant())));
        }
        String first = mvc.perform(get("/tasks").param("list", "UNCLAIMED").param("q", "XS-2026-PAGE").with(demo.as("xjs.hr")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("共 20 项")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).doesNotContain("page=1");
        String all = mvc.perform(get("/tasks").param("list", "UNCLAIMED").with(demo.as("xjs.hr")))
                .andReturn().getResponse().getContentAsString();
        assertThat(all).contains("page=1", "aria-current=\"page\"");
        assertThat(all.split("/claim\"", -1)).hasSize(TaskListController.PAGE_SIZE + 1);
    }

    @Test
    void hr_claims_the_task_opens_its_form_and_gives_it_back() throws Exception {
        String taskId = task().getId();
        mvc.perform(post("/tasks/{id}/claim", taskId).with(csrf()).with(demo.as("xjs.hr")))
                .andExpect(redirectedUrl("/"));
        assertThat(task().getAssignee()).isEqualTo("xjs.hr");
        mvc.perform(get("/api/tasks").with(demo.as("xjs.hr")))
                .andExpect(jsonPath("$.mine[?(@.id == '%s')].formPath", taskId).value("/forms/answer-offer?taskId=" + taskId));
        mvc.perform(get("/").with(demo.as("xjs.hr")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/tasks/" + taskId)));
        mvc.perform(get("/tasks/{id}", taskId).with(demo.as("xjs.hr")))
                .andExpect(redirectedUrl("/forms/answer-offer?taskId=" + taskId));
        mvc.perform(post("/tasks/{id}/unclaim", taskId).with(csrf()).with(demo.as("xjs.boss")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/{id}/unclaim", taskId).with(csrf()).with(demo.as("xjs.hr")))
                .andExpect(redirectedUrl("/"));
        assertThat(task().getAssignee()).isNull();
    }

    @Test
    void a_completed_task_is_listed_as_completed_with_its_deadline() throws Exception {
        Task task = task();
        engine.getTaskService().claim(task.getId(), "xjs.boss");
        engine.getTaskService().complete(task.getId());
        assertThat(instance).isEnded().hasPassed(StatutoryDeadlineFixture.EVENT_ANSWERED);
        mvc.perform(get("/api/tasks").with(demo.as("xjs.boss")))
                .andExpect(jsonPath("$.completed[?(@.id == '%s')].deadline.due", task.getId()).value("2026-10-08"));
    }

    private Task task() {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(StatutoryDeadlineFixture.TASK_ANSWER_OFFER).singleResult();
    }
}
