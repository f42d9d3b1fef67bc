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
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
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
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.XieshangTest;

/**
 * Every form of the portal, found in Spring's registry of request mappings (a new form is covered without editing
 * this test), posted by a user who may post it, with one field at a time set to a bad value: empty, 10,000
 * characters, emoji, markup, negative, 1e20, impossible dates, options that do not exist. No answer may be a server
 * error, and a refused post must leave every row of our tables as it was. Runs last: the posts it gets through change
 * the demo district.
 */
@XieshangTest
@Order(Integer.MAX_VALUE)
class BadInputFuzzTest {

    private static final Logger log = LoggerFactory.getLogger(BadInputFuzzTest.class);
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}");
    private static final String LONG_TEXT = "长".repeat(10_000);
    /** Tables a refused post may change by design: a wrong sign-in code is counted (it limits guessing). */
    private static final Set<String> COUNTERS = Set.of("sign_in_attempt", "login_lock");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DemoUsers demo;
    @Autowired
    ProcessEngine engine;

    private final List<String> failures = new ArrayList<>();
    private Map<String, Long> rows;
    private int requests;

    @Test
    void no_bad_value_in_any_form_field_gives_a_server_error_and_a_refused_post_changes_no_row() throws Exception {
        long started = System.nanoTime();
        List<Target> targets = targets();
        assertThat(targets).as("every POST of the portal").hasSizeGreaterThan(60);
        rows = fingerprint();
        for (Target target : targets) {
            for (Field field : target.fields()) {
                for (String bad : badValues(field)) {
                    post(target, field.name(), bad);
                }
            }
            for (String bad : List.of("", "not-a-task", "9".repeat(40))) {
                if (target.fields().stream().anyMatch(f -> f.name().equals("taskId"))) {
                    post(target, "taskId", bad);
                }
            }
        }
        log.info("Fuzzed {} POST mappings with {} requests in {} s", targets.size(), requests,
                (System.nanoTime() - started) / 1_000_000_000);
        assertThat(failures).as(failures.size() + " of " + requests + " requests").isEmpty();
    }

    // ---- one request -------------------------------------------------------------------------------------------

    private void post(Target target, String badField, String badValue) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(target.path());
        for (Field f : target.fields()) {
            String value = f.name().equals(badField) ? badValue : target.baseline().get(f.name());
            if (f.file()) {
                request.file(f.name(), (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
            } else if (value != null) {
                request.param(f.name(), value);
            }
        }
        request.with(csrf()).with(DemoUsers.as(target.user()));
        requests++;
        String what = target.path() + " as " + target.user().userId() + " with " + badField + "=" + shorten(badValue);
        MvcResult result;
        try {
            result = mvc.perform(request).andReturn();
        } catch (Exception e) {
            failures.add(what + ": " + rootCause(e));
            rows = fingerprint();
            return;
        }
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            failures.add(what + ": " + status + " " + Optional.ofNullable(result.getResolvedException()).map(this::rootCause).orElse(""));
        }
        boolean refused = status >= 400 || result.getFlashMap().containsKey("errors") || result.getFlashMap().containsKey("rowErrors");
        Map<String, Long> after = fingerprint();
        if (refused && !after.equals(rows)) {
            failures.add(what + ": refused (" + status + ") yet changed " + changed(rows, after));
        }
        rows = after;
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

    record Target(String path, PortalUser user, List<Field> fields, Map<String, String> baseline) {
    }

    private List<Target> targets() {
        Map<String, List<Task>> tasksByForm = openTasksByForm();
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
                fields.forEach(f -> baseline.put(f.name(), baseline(f)));
                task.ifPresent(t -> baseline.put("taskId", t.getId()));
                targets.add(new Target(path(pattern, task), user, fields, baseline));
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

    private String baseline(Field f) {
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
        return List.of("", LONG_TEXT, "😀🎉", "<script>alert(1)</script>", "=1+1", "-1", "1e20", "2026-02-30", "MAYBE");
    }

    // ---- who posts, and where ----------------------------------------------------------------------------------

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
        return byForm.values().stream().flatMap(List::stream).filter(t -> kind != null && entityId(t, kind).isPresent()).findFirst();
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
        } else if (pattern.matches("/congress/(sessions/\\{id}/(sign-in|proposals)|rounds/\\{roundId}/ballot|proposals/.*)")) {
            user = "xjs.delegate";
        } else if (pattern.startsWith("/contracts/authorisations")) {
            user = "xjs.boss";
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
            case "itemId" -> "select max(id) from session_item";
            case "roundId" -> "select coalesce(max(id), 1) from vote_round";
            default -> pattern.startsWith("/enterprises/") ? "select " + xjs
                    : pattern.startsWith("/federations/") ? "select " + demo.user("dzrj.union").federationId()
                    : pattern.startsWith("/campaigns/") ? "select max(id) from campaign"
                    : pattern.startsWith("/congress/sessions/") ? "select max(id) from congress_session"
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
                    .orElseGet(() -> String.valueOf(jdbc.sql(kind.equals("contract") ? "select coalesce(max(id), 1) from collective_contract"
                            : "select max(id) from bargaining_case where enterprise_id = " + xjs).query(Long.class).single()));
        }
        return String.valueOf(jdbc.sql(sql).query(Long.class).optional().map(Objects::toString).orElse("1"));
    }

    // ---- the rows of our tables --------------------------------------------------------------------------------

    /** A hash per table of all its rows (order-free), byte columns aside: the document table's sha256 covers them. */
    private Map<String, Long> fingerprint() throws Exception {
        Map<String, Long> hashes = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet t = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (t.next()) {
                    String name = t.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                    if (!name.startsWith("act_") && !name.equals("xs_schema_history") && !COUNTERS.contains(name)) {
                        tables.add(name);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    long hash = 0;
                    try (ResultSet r = s.executeQuery("select * from " + table)) {
                        ResultSetMetaData columns = r.getMetaData();
                        while (r.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= columns.getColumnCount(); i++) {
                                int type = columns.getColumnType(i);
                                if (type != Types.BLOB && type != Types.BINARY && type != Types.VARBINARY && type != Types.LONGVARBINARY) {
                                    row.append(r.getString(i)).append('\u0001');
                                }
                            }
                            hash += row.toString().hashCode() * 0x9E3779B97F4A7C15L + row.length();
                        }
                    }
                    hashes.put(table, hash);
                }
            }
        }
        return hashes;
    }

    private static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        return after.keySet().stream().filter(t -> !Objects.equals(before.get(t), after.get(t))).toList();
    }
}
