package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.bargaining.CaseOpening;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.congress.Agenda;
import org.xieshang.congress.Attendance;
import org.xieshang.congress.Ballots;
import org.xieshang.congress.BallotKind;
import org.xieshang.congress.ItemKind;
import org.xieshang.congress.SessionKind;
import org.xieshang.congress.SessionSteps;
import org.xieshang.congress.Sessions;
import org.xieshang.congress.WorkersCongressSession;
import org.xieshang.congress.WorkersCongressSessionProcess;
import org.xieshang.contract.Contracts;
import org.xieshang.enterprise.UnifiedSocialCreditCode;
import org.xieshang.negotiation.CoordinationSteps;
import org.xieshang.negotiation.DisputeCoordination;
import org.xieshang.offer.OfferSteps;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.ContractFixture;
import org.xieshang.testing.ContractWork;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestDatabase;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/**
 * Every form of the portal, found in Spring's registry of request mappings (a new form is covered without editing
 * this test), posted by a user who may post it, with one field at a time set to a bad value: empty, one character
 * over each column width, emoji, markup, negative, 1e20, impossible dates, options that do not exist. No answer may be a server
 * error, and a refused post must write no row of our tables. Every post is rolled back afterwards, so
 * the test leaves the demo district as it found it and fuzzes each task form with all its values.
 */
@XieshangTest
class BadInputFuzzTest {

    private static final Logger log = LoggerFactory.getLogger(BadInputFuzzTest.class);
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}");
    /**
     * Tables a refused post may change by design: a wrong sign-in code is counted (it limits guessing), and the
     * refusal itself waits in the user's session for the page the post redirects to.
     */
    private static final Set<String> COUNTERS = Set.of("sign_in_attempt", "login_lock", "spring_session", "spring_session_attributes");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DemoUsers demo;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    NegotiationFixture negotiations;
    @Autowired
    ContractFixture contracts;
    @Autowired
    ContractWork contractWork;
    @Autowired
    CongressFixture congresses;
    @Autowired
    CaseOpening opening;
    @Autowired
    OfferSteps offers;
    @Autowired
    CollectiveBargainingProcess bargaining;
    @Autowired
    SessionSteps sessions;

    @Autowired
    Contracts contractTable;
    @Autowired
    CoordinationSteps coordination;
    @Autowired
    WorkersCongressSessionProcess sessionProcess;
    @Autowired
    Attendance attendance;
    @Autowired
    Sessions sessionsTable;
    @Autowired
    Ballots ballots;
    @Autowired
    Agenda agenda;

    /**
     * Where a path names a case, a contract or a session: a negotiation in preparation, a contract being signed, and
     * a congress in session (24 of 30 signed in, a vote open) whose first delegate has not signed in yet.
     */
    private NegotiationFixture.Table preparing;
    private NegotiationFixture.Table signing;
    private CongressFixture.Body hall;
    private long hallSession;

    private final List<String> failures = new ArrayList<>();
    /** Per form, how its posts ended (status, or the flashed outcome): a form only ever answered 404 was not reached. */
    private final Map<String, Set<String>> outcomes = new TreeMap<>();
    private Map<String, Long> rows;
    /** Whether an accepted post was seen writing: the detector of a refused post's writes is not blind. */
    private boolean writesSeen;
    private int requests;

    @Test
    void no_bad_value_in_any_form_field_gives_a_server_error_and_a_refused_post_changes_no_row() throws Exception {
        long started = System.nanoTime();
        casesAtEveryStage();
        List<Target> targets = targets();
        assertThat(targets).as("every POST of the portal").hasSizeGreaterThan(60);
        List<String> tables = TestDatabase.postgres() ? List.of() : ourTables();
        H2Writes.watch(jdbc, tables);
        try {
            fuzz(targets);
        } finally {
            H2Writes.stop(jdbc, tables);
        }
        log.info("Fuzzed {} POST mappings with {} requests in {} s", targets.size(), requests,
                (System.nanoTime() - started) / 1_000_000_000);
        outcomes.forEach((form, how) -> log.info("  {} -> {}", form, how));
        assertThat(failures).as(failures.size() + " of " + requests + " requests").isEmpty();
        assertThat(writesSeen).as("the writes of an accepted post are seen").isTrue();
    }

    private void fuzz(List<Target> targets) throws Exception {
        for (Target target : targets) {
            for (Field field : target.fields()) {
                for (String bad : badValues(field)) {
                    post(target, field.name(), bad);
                }
            }
            target.fields().stream().filter(f -> f.type() == String.class && !f.file() && !f.name().equals("taskId")).findFirst()
                    .ifPresent(f -> {
                        try {
                            post(target, f.name(), "😀🎉");
                        } catch (Exception e) {
                            failures.add(target.path() + " with an emoji: " + rootCause(e));
                        }
                    });
            for (String bad : List.of("", "not-a-task", "9".repeat(40))) {
                if (target.fields().stream().anyMatch(f -> f.name().equals("taskId"))) {
                    post(target, "taskId", bad);
                }
            }
        }
    }

    // ---- one request -------------------------------------------------------------------------------------------

    private void post(Target target, String badField, String badValue) throws Exception {
        MockHttpServletRequestBuilder request;
        if (target.json()) {
            Map<String, String> body = new LinkedHashMap<>(target.baseline());
            body.put(badField, badValue);
            request = MockMvcRequestBuilders.post(target.path()).contentType(MediaType.APPLICATION_JSON)
                    .content(new ObjectMapper().writeValueAsString(body));
        } else {
            MockMultipartHttpServletRequestBuilder form = multipart(target.path());
            for (Field f : target.fields()) {
                String value = f.name().equals(badField) ? badValue : target.baseline().get(f.name());
                if (f.file()) {
                    form.file(f.name(), (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
                } else if (value != null) {
                    form.param(f.name(), value);
                }
            }
            request = form;
        }
        request.with(csrf()).with(DemoUsers.as(target.user()));
        requests++;
        String what = target.path() + " as " + target.user().userId() + " with " + badField + "=" + shorten(badValue);
        // Each post runs in a transaction that is rolled back afterwards, so a post that gets through leaves the task
        // open for the next bad value; the rows are compared inside it, before the rollback.
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            try {
                rows = writes();
                check(target, what, mvc.perform(request).andReturn());
            } catch (Exception e) {
                failures.add(what + ": " + rootCause(e));
            }
        });
    }

    private void check(Target target, String what, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        Object flashed = result.getFlashMap().get("errors");
        if (flashed instanceof List<?> violations && violations.stream().anyMatch(v -> v instanceof BusinessRuleException.Violation x
                && x.messageKey().equals("input.rejected"))) {
            failures.add(what + ": reached the database unchecked (refused there, rolled back)");
        }
        if (status >= 500) {
            failures.add(what + ": " + status + " " + Optional.ofNullable(result.getResolvedException()).map(this::rootCause).orElse(""));
        }
        boolean refused = status >= 400 || result.getFlashMap().containsKey("errors") || result.getFlashMap().containsKey("rowErrors");
        outcomes.computeIfAbsent(target.path() + " (" + target.user().userId() + ")", k -> new TreeSet<>())
                .add(status >= 400 ? String.valueOf(status) : refused ? "refused"
                        : result.getFlashMap().containsKey("notice") ? "done" : String.valueOf(status));
        if (!refused && !writesSeen) {
            writesSeen = !changedTables().isEmpty();
        }
        if (refused) {
            List<String> changed = changedTables();
            if (!changed.isEmpty()) {
                failures.add(what + ": refused (" + status + ") yet changed " + changed);
            }
        }
    }

    private String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + shorten(String.valueOf(t.getMessage()));
    }

    private static String shorten(String s) {
        return s == null ? "null" : s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
    }

    // ---- what to post ------------------------------------------------------------------------------------------

    record Field(String name, Class<?> type, boolean file) {
    }

    record Target(String path, PortalUser user, List<Field> fields, Map<String, String> baseline, boolean json) {
    }

    private List<Target> targets() {
        Map<String, List<Task>> tasksByForm = openTasksByForm();
        Map<String, String> good = goodValues();
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                List<Field> fields = fields(e.getValue());
                boolean taskForm = fields.stream().anyMatch(f -> f.name().equals("taskId"));
                Optional<Task> task = taskForm ? task(pattern, tasksByForm) : Optional.empty();
                PortalUser user = task.map(this::candidate).orElseGet(() -> userFor(pattern));
                Map<String, String> baseline = new LinkedHashMap<>();
                fields.forEach(f -> baseline.put(f.name(), baseline(f, pattern, good)));
                task.ifPresent(t -> baseline.put("taskId", t.getId()));
                boolean json = java.util.Arrays.stream(e.getValue().getMethodParameters())
                        .anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class));
                targets.add(new Target(path(pattern, task), user, fields, baseline, json));
            }
        }
        return targets;
    }

    /** The form's fields: request parameters, a bound form's properties (lists of rows as rows[0].x), file parts. */
    private List<Field> fields(HandlerMethod handler) {
        List<Field> fields = new ArrayList<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = p.getParameterType();
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(CurrentUser.class) || skipped(type)) {
                continue;
            }
            if (Map.class.isAssignableFrom(type)) {
                List.of("line-0", "line-1", "line-2", "for-1", "against-1", "abstain-1", "settled-1", "text-1")
                        .forEach(n -> fields.add(new Field(n, String.class, false)));
            } else if (param != null || BeanUtils.isSimpleValueType(type) || type == MultipartFile.class || Collection.class.isAssignableFrom(type)) {
                String name = param != null && !param.name().isEmpty() ? param.name() : param != null && !param.value().isEmpty()
                        ? param.value() : p.getParameterName();
                fields.add(new Field(name, Collection.class.isAssignableFrom(type) ? elementType(p.getGenericParameterType()) : type,
                        type == MultipartFile.class));
            } else {
                beanFields("", type, fields, 0);
            }
        }
        return fields;
    }

    private static boolean skipped(Class<?> type) {
        return Model.class.isAssignableFrom(type) || RedirectAttributes.class.isAssignableFrom(type)
                || BindingResult.class.isAssignableFrom(type) || java.util.Locale.class == type
                || type.getName().startsWith("jakarta.servlet") || PortalUser.class == type;
    }

    private static void beanFields(String prefix, Class<?> type, List<Field> fields, int depth) {
        for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
            Method setter = d.getWriteMethod();
            if (setter == null || depth > 1) {
                continue;
            }
            Class<?> property = d.getPropertyType();
            if (Collection.class.isAssignableFrom(property)) {
                Class<?> element = elementType(setter.getGenericParameterTypes()[0]);
                if (BeanUtils.isSimpleValueType(element)) {
                    fields.add(new Field(prefix + d.getName(), element, false));
                } else {
                    beanFields(prefix + d.getName() + "[0].", element, fields, depth + 1);
                }
            } else if (BeanUtils.isSimpleValueType(property)) {
                fields.add(new Field(prefix + d.getName(), property, false));
            }
        }
    }

    private static Class<?> elementType(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c ? c : String.class;
    }

    /** The option each two-way form is posted with, so that its other fields are the ones checked. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("hold-session", "adjourn"),
            Map.entry("reschedule-session", "reschedule"), Map.entry("review-proposal", "register"), Map.entry("accept", "return"),
            Map.entry("decide-coordination", "decline"), Map.entry("coordinate-dispute", "extend"),
            Map.entry("confirm-minutes", "return"), Map.entry("recorder", "propose"), Map.entry("proposed-time", "accept"),
            Map.entry("review-refusal", "contest"), Map.entry("unanswered-case", "keepWaiting"), Map.entry("bureau-action", "record"),
            Map.entry("supervision-letter", "issue"));

    /**
     * A value each field accepts, so that a post is refused for the one bad field alone and every other check passes:
     * only then does a value that no check stops reach the database.
     */
    private Map<String, String> goodValues() {
        LocalDate today = LocalDate.now();
        Map<String, String> good = new HashMap<>();
        List.of("place", "proposedPlace", "meetingPlace", "nextPlace").forEach(n -> good.put(n, "公司三楼会议室"));
        List.of("proposedAt", "meetingAt", "nextStartsAt").forEach(n -> good.put(n, today.plusDays(12) + "T09:00"));
        good.put("startsAt", today.plusDays(20) + "T09:00");
        good.put("title", "第一届职工代表大会第六次会议");
        good.put("items[0].title", "2027年度职工福利基金使用方案");
        good.put("contactName", "吴丽萍");
        good.put("contactPhone", "13800000000");
        good.put("name", "王建国");
        good.put("constituency", "一车间");
        good.put("legalRepresentative", "周建国");
        good.put("unionChair", "吴丽萍");
        good.put("uscc", "91640100MA7T9998X" + UnifiedSocialCreditCode.checkCharacter("91640100MA7T9998X"));
        good.put("year", String.valueOf(today.getYear()));
        good.put("targetCoverage", "90");
        good.put("closesOn", today.plusDays(30).toString());
        good.put("headcount", "100");
        good.put("womenCount", "40");
        good.put("dispatchedCount", "5");
        good.put("termYears", "3");
        good.put("votesFor", "13");
        good.put("constituencySize", "25");
        good.put("days", "10");
        good.put("lowerPercent", "3");
        good.put("baselinePercent", "6");
        good.put("upperPercent", "9");
        good.put("minimumWage", "2050");
        good.put("wageIncreasePercent", "6.5");
        good.put("lowestWage", "2300");
        good.put("wageExpectation", "6");
        good.put("averageMonthlyWage", "5200");
        good.put("lowestMonthlyWage", "2300");
        good.put("lines[0].unionIncrease", "6.5");
        good.put("lines[0].employerIncrease", "5.8");
        good.put("chief", "0");
        good.put("proposalsCloseOn", today.plusDays(3).toString());
        good.put("dueOn", today.plusDays(30).toString());
        good.put("validUntil", today.plusDays(90).toString());
        List.of("deliveredOn", "servedOn", "termStartsOn", "letterDate").forEach(n -> good.put(n, today.toString()));
        List.of("heldOn", "members[0].authorisedOn").forEach(n -> good.put(n, today.minusDays(1).toString()));
        good.put("districtId", String.valueOf(demo.user("zgh.liu").districtId()));
        good.put("industryId", id("select min(id) from industry"));
        good.put("parkId", "");
        good.put("itemId", id("select min(id) from agenda_item where case_id = " + preparing.bargainingCase().id()));
        good.put("lines[0].itemId", good.get("itemId"));
        good.put("delegateId", id("select min(id) from congress_delegate where congress_id = (select max(id) from congress where enterprise_id = "
                + demo.user("xjs.union").enterpriseId() + ")"));
        good.put("userId", "xjs.hr");
        good.put("account", "");
        good.put("code", "000000");
        return good;
    }

    private String baseline(Field f, String pattern, Map<String, String> good) {
        if (f.name().equals("option")) {
            return OPTIONS.getOrDefault(pattern.substring(pattern.lastIndexOf('/') + 1), "");
        }
        if (good.containsKey(f.name())) {
            return good.get(f.name());
        }
        Class<?> t = f.type();
        LocalDate today = LocalDate.now();
        if (f.file()) {
            return "%PDF-1.4";
        } else if (t == LocalDate.class) {
            return today.plusDays(12).toString();
        } else if (t == LocalDateTime.class) {
            return today.plusDays(12) + "T09:00";
        } else if (t == BigDecimal.class || Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
            return "1";
        } else if (t == Boolean.class || t == boolean.class) {
            return "true";
        } else if (t.isEnum()) {
            return ((Enum<?>) t.getEnumConstants()[0]).name();
        }
        return "协商测试";
    }

    private static List<String> badValues(Field f) {
        Class<?> t = f.type();
        if (f.file()) {
            return List.of("", "not a pdf or image", "%PDF-1.4 broken");
        } else if (t == LocalDate.class) {
            return List.of("", "2026-02-30", "9999-12-31", "0001-01-01", "昨天");
        } else if (t == LocalDateTime.class) {
            return List.of("", "2026-13-01T25:00", "9999-12-31T23:59", "1900-01-01T00:00");
        } else if (t == BigDecimal.class || Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
            return List.of("", "-1", "1e20", "0.001", "99999999999999999999", "十");
        } else if (t == Boolean.class || t == boolean.class) {
            return List.of("maybe");
        } else if (t.isEnum()) {
            return List.of("", "MAYBE", "line-x");
        }
        // Markup and a formula must be kept as text (an emoji, refused where typed, is tried once per form). Then one
        // character over each text column width of the schema: a missing check shows at 4,001 (no column is wider),
        // a check wider than its column at the width just above it.
        List<String> values = new ArrayList<>(List.of("", "<script>alert(1)</script>", "=1+1"));
        for (int width : List.of(50, 100, 200, 300, 500, 1000, 2000, 4000)) {
            values.add("长".repeat(width + 1));
        }
        return values;
    }

    // ---- who posts, and where ----------------------------------------------------------------------------------

    /**
     * Open tasks of every kind the portal has forms for: an offer to draft and one to answer, both sides preparing,
     * a round to schedule, minutes to confirm, a contract to prepare and one to sign, a congress session to notify.
     * The fixtures' people get real accounts, so a task's candidate can sign in.
     */
    private void casesAtEveryStage() {
        long fresh = enterprises.register("宁夏输入检查", 120, null, null);
        PortalUser chair = enterprises.namedPerson("fz-chair" + fresh, "吴", "丽", PartyDirectory.unionOf(fresh), Position.UNION_CHAIR);
        enterprises.namedPerson("fz-hr" + fresh, "陈", "静", PartyDirectory.employerOf(fresh), Position.HR);
        opening.forEnterprise(fresh, null, chair);

        long answering = enterprises.register("宁夏输入检查", 150, null, null);
        PortalUser union = enterprises.namedPerson("fz-chair" + answering, "吴", "丽", PartyDirectory.unionOf(answering), Position.UNION_CHAIR);
        enterprises.namedPerson("fz-hr" + answering, "陈", "静", PartyDirectory.employerOf(answering), Position.HR);
        var offered = opening.forEnterprise(answering, null, union);
        offers.sendOffer(bargaining.task(offered.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, union).getId(),
                BargainingOffers.wageOffer(), union);
        var offeredInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(offered.caseNo()).processDefinitionKey(CollectiveBargaining.PROCESS_ID).singleResult();
        ProcessTestSupport.executeJobFor(engine, offeredInstance, CollectiveBargaining.SERVICE_SEND_OFFER);
        // The union's and the bureau's answers to an employer's reply or silence, beside the open answer: their forms
        // check their fields before anything about the case's state.
        var ladder = engine.getRuntimeService().createProcessInstanceModification(offeredInstance.getId());
        List.of(CollectiveBargaining.TASK_REVIEW_REFUSAL, CollectiveBargaining.TASK_CONSIDER_PROPOSED_TIME,
                CollectiveBargaining.TASK_ISSUE_REMINDER_LETTER, CollectiveBargaining.TASK_RECORD_BUREAU_ACTION,
                CollectiveBargaining.TASK_DECIDE_UNANSWERED_CASE).forEach(ladder::startBeforeActivity);
        ladder.execute();

        preparing = real(negotiations.acceptedWageOffer());
        NegotiationFixture.Table scheduling = real(negotiations.acceptedWageOffer());
        negotiations.prepare(scheduling);
        PortalUser bureau = demo.user("rsj.zhao");
        coordination.intervene(preparing.bargainingCase().id(), "双方分歧较大，职工情绪不稳定。", bureau);
        NegotiationFixture.Table coordinating = real(negotiations.acceptedWageOffer());
        negotiations.prepare(coordinating);
        coordination.intervene(coordinating.bargainingCase().id(), "双方分歧较大。", bureau);
        coordination.accept(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(coordinating.bargainingCase().caseNo())
                .taskDefinitionKey(DisputeCoordination.TASK_DECIDE_APPLICATION).singleResult().getId(), bureau);
        NegotiationFixture.Table confirming = real(negotiations.acceptedWageOffer());
        negotiations.prepare(confirming);
        contracts.minutesOfAnAgreement(confirming, 7);
        NegotiationFixture.Table drafting = real(negotiations.acceptedWageOffer());
        CongressFixture.Body body = contracts.approvedDraft(drafting);
        real(body.union());
        signing = real(negotiations.acceptedWageOffer());
        contracts.approvedDraft(signing);
        contractWork.prepare(signing.bargainingCase(), signing.union());
        ProcessTestSupport.executeJobFor(engine, signing.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);

        filedContract();
        contractWork.returnIncomplete(contractTable.contract(filedContract()), "缺少用人单位营业执照复印件", bureau);
        contractWork.accept(contractTable.contract(filedContract()), bureau);

        hall = congresses.congress(30);
        real(hall.union());
        var session = sessions.convene(hall.owner(), new Agenda.Plan(SessionKind.ANNUAL, "第一届职工代表大会第五次会议",
                LocalDate.now().plusDays(9).atTime(9, 0), "职工之家", LocalDate.now(),
                List.of(new Agenda.NewItem(ItemKind.APPROVE, "2027年度职工福利基金使用方案", null, BallotKind.SECRET, null, List.of()),
                        new Agenda.NewItem(ItemKind.RULE, "《员工考勤与休假管理办法》（修订稿）", null, BallotKind.OPEN, null, List.of()))),
                hall.union());
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(session.sessionNo())
                .singleResult();
        ProcessTestSupport.fireTimer(engine, instance, WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        sessions.sendNotice(sessionProcess.task(session.sessionNo(), WorkersCongressSession.TASK_SEND_NOTICE, hall.union()).getId(),
                hall.union());
        ProcessTestSupport.executeJobFor(engine, instance, WorkersCongressSession.SERVICE_DELIVER_NOTICE);
        ProcessTestSupport.fireTimer(engine, instance, WorkersCongressSession.TIMER_SIGN_IN_OPENS);
        hallSession = session.id();
        hall.delegates().subList(1, 25).forEach(d -> attendance.signIn(session.id(), attendance.currentCode(sessionsTable.session(session.id())), d));
        ballots.openVote(agenda.items(session.id()).get(0).id(), null, hall.union());
    }

    /** A signed contract the employer has filed: it waits for the bureau to accept it. */
    private long filedContract() {
        NegotiationFixture.Table filed = real(negotiations.acceptedWageOffer());
        contracts.approvedDraft(filed);
        long contract = contractWork.prepare(filed.bargainingCase(), filed.union());
        ProcessTestSupport.executeJobFor(engine, filed.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        contractWork.sign(contractTable.contract(contract), null, filed.union());
        PortalUser boss = enterprises.namedPerson("fz-boss" + filed.enterpriseId(), "周", "建国",
                PartyDirectory.employerOf(filed.enterpriseId()), Position.LEGAL_REPRESENTATIVE);
        contractWork.sign(contractTable.contract(contract), null, boss);
        contractWork.file(contractTable.contract(contract), boss);
        return contract;
    }

    private NegotiationFixture.Table real(NegotiationFixture.Table t) {
        real(t.union());
        real(t.employer());
        return t;
    }

    private void real(PortalUser p) {
        enterprises.namedPerson(p.userId(), "测", "试", p.partyId(), p.position());
    }

    private Map<String, List<Task>> openTasksByForm() {
        Map<String, List<Task>> byForm = new HashMap<>();
        for (Task t : engine.getTaskService().createTaskQuery().active().initializeFormKeys().list()) {
            if (t.getFormKey() != null && t.getFormKey().startsWith("app:") && candidateOf(t).isPresent()) {
                String path = t.getFormKey().substring(4);
                path = (path.startsWith("/") ? path : "/" + path).replaceAll("\\?.*", "");
                byForm.computeIfAbsent(path, k -> new ArrayList<>()).add(t);
            }
        }
        return byForm;
    }

    /** An open task the form at {@code pattern} serves: by its form key, or a task of the entity in the path. */
    private Optional<Task> task(String pattern, Map<String, List<Task>> byForm) {
        List<Task> exact = byForm.getOrDefault(pattern, List.of());
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        String kind = pattern.startsWith("/contracts/") ? "contract" : pattern.startsWith("/cases/") ? "case" : null;
        // The step the path names (…/accept, …/file, …/prepared) in the task's key (Task_AcceptFiling, Task_FileContract…).
        String step = pattern.substring(pattern.lastIndexOf('/') + 1);
        String stem = step.substring(0, Math.min(5, step.length())).toLowerCase(java.util.Locale.ROOT);
        List<Task> ofKind = byForm.values().stream().flatMap(List::stream).filter(t -> kind != null && entityId(t, kind).isPresent())
                .toList();
        return ofKind.stream().filter(t -> t.getTaskDefinitionKey().toLowerCase(java.util.Locale.ROOT).contains(stem)).findFirst()
                .or(() -> ofKind.stream().findFirst());
    }

    private Optional<Long> entityId(Task t, String kind) {
        if (kind.equals("contract")) {
            return Optional.ofNullable(engine.getTaskService().getVariable(t.getId(), CaseVariables.CONTRACT_ID.name()))
                    .map(v -> ((Number) v).longValue());
        }
        String caseNo = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return jdbc.sql("select id from bargaining_case where case_no = ?").param(caseNo).query(Long.class).optional();
    }

    private PortalUser candidate(Task t) {
        return candidateOf(t).orElseThrow();
    }

    private Optional<PortalUser> candidateOf(Task t) {
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(t.getId())) {
            String user = link.getUserId() != null ? link.getUserId() : link.getGroupId() == null ? null
                    : jdbc.sql("select min(user_id) from person where party_id = ?").param(link.getGroupId()).query(String.class)
                    .optional().orElse(null);
            Optional<PortalUser> found = user == null ? Optional.empty() : demo.find(user);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Who may post a form that is not a task's: the role the page is for, in the demo district. */
    private PortalUser userFor(String pattern) {
        String user;
        if (pattern.startsWith("/negotiations/wage-guideline") || pattern.contains("/negotiation/coordination")
                || pattern.startsWith("/accounts")) {
            user = "rsj.zhao";
        } else if (pattern.startsWith("/campaigns") || pattern.equals("/enterprises") || pattern.startsWith("/api/")
                || pattern.endsWith("/profile")) {
            user = "zgh.liu";
        } else if (pattern.matches("/congress/(sessions/\\{id}/sign-in|rounds/\\{roundId}/ballot)")) {
            return hall.delegates().get(0);
        } else if (pattern.startsWith("/congress/sessions/{id}/paper") || pattern.startsWith("/congress/rounds/")
                || pattern.startsWith("/congress/items/")) {
            return demo.user(hall.union().userId());
        } else if (pattern.matches("/congress/(sessions/\\{id}/proposals|proposals/.*)")) {
            user = "xjs.delegate";
        } else if (pattern.startsWith("/contracts/authorisations")) {
            user = "xjs.boss";
        } else if (pattern.startsWith("/cases/")) {
            return demo.user(preparing.union().userId());
        } else if (pattern.startsWith("/contracts/")) {
            return demo.user(signing.union().userId());
        } else {
            user = "xjs.union";
        }
        return demo.user(user);
    }

    /** The pattern with real ids of the demo district (or of the task's case or contract) for its variables. */
    private String path(String pattern, Optional<Task> task) {
        Matcher m = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(value(pattern, m.group(1), task)));
        }
        m.appendTail(path);
        return path.toString();
    }

    private String value(String pattern, String variable, Optional<Task> task) {
        long xjs = demo.user("xjs.union").enterpriseId();
        String sql = switch (variable) {
            case "scope" -> null;
            case "userId" -> null;
            case "memberId" -> "select max(id) from delegation_member";
            case "delegateId" -> "select max(id) from congress_delegate where congress_id = (select max(id) from congress where enterprise_id = " + xjs + ")";
            case "itemId" -> "select max(id) from session_item where session_id = " + hallSession;
            case "roundId" -> "select max(id) from vote_round";
            default -> pattern.startsWith("/enterprises/") ? "select " + xjs
                    : pattern.startsWith("/federations/") ? "select " + demo.user("dzrj.union").federationId()
                    : pattern.startsWith("/campaigns/") ? "select max(id) from campaign"
                    : pattern.startsWith("/congress/sessions/{id}/proposals") ? "select max(id) from congress_session where congress_id = "
                            + "(select max(id) from congress where enterprise_id = " + xjs + ")"
                    : pattern.startsWith("/congress/sessions/") ? "select " + hallSession
                    : pattern.startsWith("/congress/proposals/") ? "select max(id) from proposal"
                    : pattern.startsWith("/contracts/authorisations/") ? "select coalesce(max(id), 1) from signing_authorisation"
                    : pattern.startsWith("/contracts/") ? null
                    : pattern.startsWith("/cases/") ? null
                    : pattern.startsWith("/tasks/") ? null : "select 1";
        };
        if (variable.equals("scope")) {
            return "enterprises";
        }
        if (variable.equals("userId")) {
            return "xjs.hr";
        }
        if (sql == null) {
            if (pattern.startsWith("/tasks/")) {
                return engine.getTaskService().createTaskQuery().active().list().stream().findFirst().map(Task::getId).orElse("1");
            }
            String kind = pattern.startsWith("/contracts/") ? "contract" : "case";
            return task.flatMap(t -> entityId(t, kind)).map(String::valueOf)
                    .orElseGet(() -> id(kind.equals("contract")
                            ? "select max(id) from collective_contract where case_id = " + signing.bargainingCase().id()
                            : "select " + preparing.bargainingCase().id()));
        }
        return id(sql);
    }

    /** The id the query finds, or 1 where the demo has none (the post is then refused as not found). */
    private String id(String sql) {
        return String.valueOf(jdbc.sql("select coalesce((" + sql + "), 1)").query(Long.class).single());
    }

    // ---- the rows of our tables --------------------------------------------------------------------------------

    /** The tables of ours the post wrote, seen from inside its transaction. */
    private List<String> changedTables() {
        Map<String, Long> after = writes();
        return after.keySet().stream().filter(t -> !Objects.equals(rows.getOrDefault(t, 0L), after.get(t))).toList();
    }

    /**
     * The count per table of the rows written so far, compared with the count when the post's transaction began:
     * PostgreSQL's for this connection (this transaction's and possibly earlier ones' not yet reported), on H2 the
     * test thread's as counted by H2Writes.
     */
    private Map<String, Long> writes() {
        if (!TestDatabase.postgres()) {
            return H2Writes.written();
        }
        Map<String, Long> writes = new TreeMap<>();
        jdbc.sql("select relname, n_tup_ins + n_tup_upd + n_tup_del as written from pg_stat_xact_user_tables"
                        + " where relname not like 'act\\_%' and relname <> 'xs_schema_history'")
                .query(r -> {
                    if (!COUNTERS.contains(r.getString("relname"))) {
                        writes.put(r.getString("relname"), r.getLong("written"));
                    }
                });
        return writes;
    }

    /** Our tables a refused post must not write (H2). */
    private List<String> ourTables() {
        return jdbc.sql("select lower(table_name) from information_schema.tables where table_schema = current_schema"
                        + " and table_type = 'BASE TABLE'").query(String.class).list().stream()
                .filter(t -> !t.startsWith("act_") && !t.equals("xs_schema_history") && !COUNTERS.contains(t)).toList();
    }
}
