package org.xieshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.campaign.CampaignForm;
import org.xieshang.campaign.CampaignService;
import org.xieshang.campaign.SpringOfferCampaign;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.offer.AnswerForm;
import org.xieshang.offer.AnswerKind;
import org.xieshang.offer.OfferSteps;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.ServedOffers;
import org.xieshang.testing.TestClock;
import org.xieshang.testing.XieshangTest;

/**
 * Notices leave the portal through a real SMTP server (GreenMail) and a real HTTP endpoint standing for the 企业微信
 * robot, in the recipient's language, once, only after the step's transaction commits, again after a failure, and
 * only on the channels the person kept.
 */
@XieshangTest
class NotificationsTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    /** The robot: answers each post with the next queued reply (200 with errcode 0 when none is queued). */
    static HttpServer robot;
    static final List<JsonNode> posts = new CopyOnWriteArrayList<>();
    static final Deque<Reply> replies = new ArrayDeque<>();

    record Reply(int status, String body) {
    }

    @Autowired
    FreshDistrict districts;
    @Autowired
    ServedOffers served;
    @Autowired
    CampaignService campaigns;
    @Autowired
    OfferSteps offerSteps;
    @Autowired
    CollectiveBargainingProcess bargaining;
    @Autowired
    ProcessEngine engine;
    @Autowired
    NoticeSettings settings;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    ClockReminders reminders;
    @Autowired
    Notices notices;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.xieshang.testing.CongressFixture congressFixture;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    org.xieshang.monitoring.Attention attention;
    @Autowired
    DemoUsers demo;
    @Autowired
    org.xieshang.congress.SessionSteps sessionSteps;
    @Autowired
    org.xieshang.congress.WorkersCongressSessionProcess sessionProcess;

    @BeforeAll
    static void startRobot() throws IOException {
        ObjectMapper json = new ObjectMapper();
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 18089), 0);
        robot.createContext("/robot", exchange -> {
            posts.add(json.readTree(exchange.getRequestBody()));
            Reply reply;
            synchronized (replies) {
                reply = replies.isEmpty() ? new Reply(200, "{\"errcode\":0,\"errmsg\":\"ok\"}") : replies.poll();
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        robot.start();
    }

    @AfterAll
    static void stopRobot() {
        robot.stop(0);
    }

    @BeforeEach
    void quiet() {
        // Whatever earlier tests left in the outbox goes first, so each test sees only its own mails and posts.
        delivery.deliverDue();
        posts.clear();
        replies.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void reachable(PortalUser user, String email, String mobile, String language, Set<String> on) {
        settings.save(user.userId(), new NoticeSettings.Settings(email, mobile, language, on));
    }

    private static Set<String> everything() {
        Set<String> on = new java.util.HashSet<>();
        for (NoticeKind k : NoticeKind.values()) {
            for (Channel c : Channel.values()) {
                on.add(k + "." + c);
            }
        }
        return on;
    }

    private List<String> subjects(PortalUser user) {
        return jdbc.sql("select subject from notice where recipient = ? order by id").param(user.userId()).query(String.class).list();
    }

    /** The mail's text part, decoded. */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private MimeMessage[] mailsTo(String address) {
        return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void an_offer_served_mails_the_employer_side_once_and_posts_once_to_the_robot_in_chinese() throws Exception {
        FreshDistrict.District d = districts.create();
        String hrMail = "hr-" + d.enterpriseId() + "@example.cn";
        reachable(d.hr(), hrMail, "13800000001", "zh", everything());

        BargainingCase c = served.serve(d, BargainingOffers.wageOffer());
        assertThat(delivery.deliverDue()).isEqualTo(2);

        MimeMessage[] mails = mailsTo(hrMail);
        assertThat(mails).as("one mail: the served offer, which also brings the task to answer it").hasSize(1);
        assertThat(mails[0].getSubject()).startsWith("文书送达").contains(c.caseNo());
        assertThat(plainText(mails[0])).contains("收到集体协商要约").contains("http://xieshang.test/cases/" + c.id());
        assertThat(posts).hasSize(1);
        JsonNode post = posts.get(0);
        assertThat(post.path("msgtype").asText()).isEqualTo("text");
        assertThat(post.path("text").path("content").asText()).startsWith("文书送达").contains(c.caseNo())
                .contains("http://xieshang.test/cases/" + c.id());
        assertThat(post.path("text").path("mentioned_mobile_list").get(0).asText()).isEqualTo("13800000001");
        assertThat(subjects(d.hr())).singleElement().asString().startsWith("文书送达");

        assertThat(delivery.deliverDue()).as("nothing is sent twice").isZero();
        assertThat(mailsTo(hrMail)).hasSize(1);
    }

    @Test
    void english_readers_get_their_mail_in_english() throws Exception {
        FreshDistrict.District d = districts.create();
        String hrMail = "hr-en-" + d.enterpriseId() + "@example.cn";
        reachable(d.hr(), hrMail, "", "en", everything());
        BargainingCase c = served.serve(d, BargainingOffers.wageOffer());
        delivery.deliverDue();
        assertThat(mailsTo(hrMail)).singleElement().satisfies(m -> assertThat(m.getSubject()).startsWith("Document served")
                .contains(c.caseNo()));
        assertThat(posts).as("no mobile, no robot post").isEmpty();
    }

    @Test
    void a_failed_robot_post_is_tried_again_later_and_then_succeeds() throws Exception {
        FreshDistrict.District d = districts.create();
        reachable(d.unionChair(), "", "13800000002", "zh", everything());
        synchronized (replies) {
            replies.add(new Reply(500, "busy"));
            replies.add(new Reply(200, "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"));
        }
        transaction.executeWithoutResult(s -> notices.toPeople(List.of(d.unionChair().userId()),
                Notice.of(NoticeKind.CASE, "/", "T-1", null, "测试", "T-1", "")));

        assertThat(delivery.deliverDue()).as("the first try fails").isZero();
        long id = jdbc.sql("select d.id from notice_delivery d join notice n on n.id = d.notice_id where n.recipient = ?")
                .param(d.unionChair().userId()).query(Long.class).single();
        assertThat(delivery.deliverDue()).as("not again before its time").isZero();
        clock.setNow(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(delivery.deliverDue()).as("the robot refuses with its errcode").isZero();
        clock.setNow(clock.instant().plus(Duration.ofMinutes(6)));
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(posts).hasSize(3);

        List<String> log = jdbc.sql("select succeeded, detail from delivery_attempt where delivery_id = ? order by id").param(id)
                .query((rs, i) -> rs.getBoolean(1) + " " + rs.getString(2)).list();
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).startsWith("false").contains("HTTP 500");
        assertThat(log.get(1)).startsWith("false").contains("errcode 45009");
        assertThat(log.get(2)).startsWith("true");

        PortalUser admin = new PortalUser("admin", "系统管理员", "camunda-admin", org.xieshang.system.PartyKind.ADMIN,
                new org.xieshang.system.Localized("系统管理员", "Administrators"), null, null, null,
                org.xieshang.system.Position.ADMINISTRATOR, null);
        mvc.perform(get("/admin/notices/{id}", id).with(DemoUsers.as(admin))).andExpect(status().isOk());
        mvc.perform(post("/admin/notices/{id}/resend", id).with(DemoUsers.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/notices/" + id)).andExpect(flash().attribute("notice", "notice.deliveryResent"));
        assertThat(delivery.deliverDue()).as("sent again on the administrator's word").isEqualTo(1);
        mvc.perform(get("/admin/notices/{id}", id).with(DemoUsers.as(d.unionChair()))).andExpect(status().isNotFound());
    }

    @Test
    void a_step_that_rolls_back_tells_nobody() {
        FreshDistrict.District d = districts.create();
        reachable(d.hr(), "hr-rb-" + d.enterpriseId() + "@example.cn", "13800000003", "zh", everything());
        long campaign = campaigns.launch(CampaignForm.of(deadlines.today().getYear(), "春季要约行动", new java.math.BigDecimal("90"),
                deadlines.today().plusDays(30)), d.upperUnion());
        ProcessInstance opening = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("CAMPAIGN-" + campaign).singleResult();
        ProcessTestSupport.executeJobsWhileWaitingAt(engine, opening, SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES);
        String caseNo = jdbc.sql("select case_no from bargaining_case where enterprise_id = ?").param(d.enterpriseId())
                .query(String.class).single();
        offerSteps.sendOffer(bargaining.task(caseNo, CollectiveBargaining.TASK_DRAFT_OFFER, d.unionChair()).getId(),
                BargainingOffers.wageOffer(), d.unionChair());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult();
        String job = ProcessTestSupport.jobAt(engine, instance, CollectiveBargaining.SERVICE_SEND_OFFER).getId();

        transaction.executeWithoutResult(s -> {
            engine.getManagementService().executeJob(job);
            s.setRollbackOnly();
        });
        assertThat(subjects(d.hr())).as("the serving rolled back").isEmpty();
        assertThat(jdbc.sql("select count(*) from notice_delivery d join notice n on n.id = d.notice_id where n.recipient = ?")
                .param(d.hr().userId()).query(Integer.class).single()).isZero();

        engine.getManagementService().executeJob(job);
        assertThat(subjects(d.hr())).as("served for real").hasSize(1);
    }

    @Test
    void a_person_who_turned_mail_off_for_a_kind_gets_only_the_portal_notice() throws Exception {
        FreshDistrict.District d = districts.create();
        String chairMail = "chair-" + d.enterpriseId() + "@example.cn";
        Set<String> on = everything();
        on.remove("CASE.MAIL");
        on.remove("CASE.WEBHOOK");
        on.remove("SERVED.MAIL");
        reachable(d.unionChair(), chairMail, "13800000004", "zh", on);
        assertThat(settings.of(d.unionChair().userId()).on()).as("a legal notice's mail cannot be turned off")
                .contains("SERVED.MAIL").doesNotContain("CASE.MAIL");
        BargainingCase c = served.serve(d, BargainingOffers.wageOffer());
        delivery.deliverDue();
        mail.purgeEmailFromAllMailboxes();
        posts.clear();

        AnswerForm accept = new AnswerForm();
        accept.setKind(AnswerKind.ACCEPT);
        accept.setMeetingAt(LocalDateTime.now().plusDays(20).withSecond(0).withNano(0));
        accept.setMeetingPlace("公司会议室");
        offerSteps.answerOffer(bargaining.task(c.caseNo(), CollectiveBargaining.TASK_ANSWER_OFFER, d.hr()).getId(), accept, d.hr());
        delivery.deliverDue();

        assertThat(subjects(d.unionChair())).anySatisfy(s -> assertThat(s).startsWith("案件进展").contains(c.caseNo()));
        assertThat(mailsTo(chairMail)).as("mail turned off for case progress").isEmpty();
        assertThat(posts).as("and the robot too").isEmpty();

        String page = mvc.perform(get("/notices").with(DemoUsers.as(d.unionChair()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("案件进展").contains("id=\"notice-badge\"");
        long id = jdbc.sql("select max(id) from notice where recipient = ?").param(d.unionChair().userId()).query(Long.class).single();
        mvc.perform(get("/notices/{id}", id).with(DemoUsers.as(d.unionChair()))).andExpect(redirectedUrl("/cases/" + c.id()));
        mvc.perform(get("/notices/{id}", id).with(DemoUsers.as(d.hr()))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select read_at from notice where id = ?").param(id).query(java.sql.Timestamp.class).single()).isNotNull();
    }

    @Test
    void a_missed_answer_clock_tells_the_union_the_upper_union_and_the_bureau_once_each_and_the_employer_was_reminded() {
        FreshDistrict.District d = districts.create();
        BargainingCase c = served.serve(d, BargainingOffers.wageOffer());
        var due = deadlines.compute("offer-response", deadlines.today(), deadlines.defaultProvince()).due();
        clock.setToday(due.minusDays(4));
        reminders.remind();
        reminders.remind();
        assertThat(subjects(d.hr())).as("the 5-day reminder, once, though the job ran twice").filteredOn(s -> s.startsWith("期限提醒"))
                .singleElement().asString().contains(due.toString());
        clock.reset();

        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .singleResult();
        ProcessTestSupport.fireTimer(engine, instance, CollectiveBargaining.TIMER_RESPONSE_DUE);
        for (PortalUser watcher : List.of(d.unionChair(), d.upperUnion(), d.bureau())) {
            assertThat(subjects(watcher)).as(watcher.userId()).filteredOn(s -> s.startsWith("期限已届满")).singleElement()
                    .asString().contains("书面答复协商要约");
        }
    }

    @Test
    void a_congress_notice_reaches_every_delegate_with_an_account() {
        org.xieshang.testing.CongressFixture.Body body = congressFixture.congress(30);
        var s = sessionSteps.convene(body.owner(), new org.xieshang.congress.Agenda.Plan(org.xieshang.congress.SessionKind.ANNUAL,
                "职工代表大会年会", deadlines.today().plusDays(10).atTime(9, 0), "大礼堂", deadlines.today(),
                List.of(new org.xieshang.congress.Agenda.NewItem(org.xieshang.congress.ItemKind.APPROVE, "企业年金方案", null,
                        org.xieshang.congress.BallotKind.OPEN, null, List.of()))), body.union());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(s.sessionNo())
                .singleResult();
        ProcessTestSupport.fireTimer(engine, instance, org.xieshang.congress.WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        sessionSteps.sendNotice(sessionProcess.task(s.sessionNo(), org.xieshang.congress.WorkersCongressSession.TASK_SEND_NOTICE,
                body.union()).getId(), body.union());
        ProcessTestSupport.executeJobFor(engine, instance, org.xieshang.congress.WorkersCongressSession.SERVICE_DELIVER_NOTICE);
        for (PortalUser delegate : body.delegates()) {
            assertThat(subjects(delegate)).as(delegate.userId()).filteredOn(t -> t.startsWith("职代会会议通知")).singleElement()
                    .asString().contains("职工代表大会年会");
        }
    }

    @Test
    void each_official_hears_her_needs_attention_count_once_a_week() {
        PortalUser official = demo.user("zgh.liu");
        var items = attention.of(official);
        long matters = items.stream().mapToLong(org.xieshang.monitoring.Attention.Item::count).sum();
        assertThat(matters).as("the demo district has firms without a valid congress").isPositive();
        digest.send();
        digest.send();
        assertThat(subjects(official)).filteredOn(t -> t.startsWith("本周需关注事项")).singleElement().asString()
                .contains(String.valueOf(matters));
        String body = jdbc.sql("select body from notice where recipient = ? and kind = ?").params(official.userId(),
                NoticeKind.DIGEST.name()).query(String.class).single();
        items.forEach(i -> assertThat(body).as(i.kind().name()).contains("：" + i.count() + " 项"));
    }

    @Test
    void accounts_opened_in_bulk_mail_their_one_time_password_to_the_registry_contact() throws Exception {
        FreshDistrict.District d = districts.create();
        String chairMail = "chair-new-" + d.id() + "@example.cn";
        long firm = jdbc.sql("select id from enterprise where district_id = ? order by id fetch first 1 rows only").param(d.id())
                .query(Long.class).single();
        jdbc.sql("update enterprise set union_chair = ?, union_founded = ?, chair_email = ? where id = ?")
                .params("许文", true, chairMail, firm).update();
        jdbc.sql("update person set position = ? where user_id = ?").params(org.xieshang.system.Position.UNION_MEMBER.name(),
                d.unionChair().userId()).update();
        var result = mvc.perform(post("/enterprises/accounts").param("enterprise", String.valueOf(firm)).param("delivery", "SEND")
                .with(DemoUsers.as(d.upperUnion())).with(csrf())).andExpect(redirectedUrl("/enterprises/accounts")).andReturn();
        @SuppressWarnings("unchecked")
        var issued = (List<org.xieshang.enterprise.IssuedAccount>) result.getFlashMap().get("issued");
        var chair = issued.stream().filter(i -> i.roleKey().endsWith("UNION_CHAIR")).findFirst().orElseThrow();
        assertThat(chair.sent()).isTrue();
        delivery.deliverDue();
        MimeMessage[] mails = mailsTo(chairMail);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).contains(chair.userId());
        assertThat(plainText(mails[0])).contains(chair.oneTimePassword()).contains("一次性密码");
    }
}
