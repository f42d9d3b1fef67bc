package org.xieshang.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.LadderStep;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.ParallelReads;

/**
 * The figures officials count (metrics.md): offer coverage by enterprises and employees, answers on time, late,
 * overdue and refused, by industry and park, week by week, and the overdue list. Counted in the database (a handful
 * of grouped rows per request, however many cases the campaign has); the case list is read a page at a time; no
 * process instance is loaded.
 */
@Component
public class CampaignFigures {

    public enum Status { DRAFT, AWAITING, OVERDUE, ANSWERED_ON_TIME, ANSWERED_LATE, REFUSED }

    public record Row(long caseId, String caseNo, String partyName, boolean federation, String industry, String park,
                      CaseStage stage, LadderStep ladderStep, LocalDate receivedOn, LocalDate answerDueOn,
                      LocalDate answeredOn, Status status, long daysOverdue, int enterprises, int employees) {
    }

    public record Group(String name, int cases, int offered, int onTime, int late, int overdue, int refused) {
    }

    /**
     * {@code overdue}: the longest overdue offers first, as many as asked for (the count is in {@code byStatus});
     * {@code ladder}: every overdue offer by the step of the supervision ladder it reached (null: no letter yet).
     */
    public record Report(int enterprisesWithUnion, int employeesWithUnion, int coveredEnterprises, int coveredEmployees,
                         BigDecimal coverage, BigDecimal employeeCoverage, BigDecimal target, int offersSent,
                         Map<Status, Integer> byStatus, List<Group> byIndustry, List<Group> byPark,
                         Map<LadderStep, Integer> ladder, List<Row> overdue, List<Week> weeks) {

        public int count(String status) {
            return byStatus.get(Status.valueOf(status));
        }

        public int cases() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        public BigDecimal responseRate() {
            int answered = byStatus.get(Status.ANSWERED_ON_TIME);
            return offersSent == 0 ? BigDecimal.ZERO : percent(answered, offersSent);
        }
    }

    /** One week of the campaign from its launch: offers served and first answers given in it, and both so far. */
    public record Week(int number, LocalDate startsOn, int served, int answered, int servedSoFar, int answeredSoFar) {
    }

    /**
     * The campaign week by week, from the week it was launched to this one (or its last offer or answer), from the
     * number of offers served and first answers given on each day.
     */
    static List<Week> weeks(Map<LocalDate, Integer> servedOn, Map<LocalDate, Integer> answeredOn, LocalDate launchedOn,
                            LocalDate today) {
        LocalDate last = java.util.stream.Stream.concat(servedOn.keySet().stream(), answeredOn.keySet().stream())
                .max(LocalDate::compareTo).orElse(launchedOn);
        LocalDate until = last.isAfter(today) ? last : today;
        int count = (int) (ChronoUnit.DAYS.between(launchedOn, until) / 7) + 1;
        int[] served = byWeek(servedOn, launchedOn, count);
        int[] answered = byWeek(answeredOn, launchedOn, count);
        List<Week> weeks = new ArrayList<>();
        int servedSoFar = 0;
        int answeredSoFar = 0;
        for (int w = 0; w < count; w++) {
            servedSoFar += served[w];
            answeredSoFar += answered[w];
            weeks.add(new Week(w + 1, launchedOn.plusWeeks(w), served[w], answered[w], servedSoFar, answeredSoFar));
        }
        return weeks;
    }

    /** Offers received on paper before the launch count in its first week. */
    private static int[] byWeek(Map<LocalDate, Integer> perDay, LocalDate launchedOn, int count) {
        int[] weeks = new int[count];
        perDay.forEach((day, n) -> weeks[(int) Math.max(0, Math.min(count - 1, ChronoUnit.DAYS.between(launchedOn, day) / 7))] += n);
        return weeks;
    }

    /** Every step of the supervision ladder in its order (null, no letter yet, first) with the overdue offers at it. */
    static Map<LadderStep, Integer> ladder(Map<LadderStep, Integer> counted) {
        Map<LadderStep, Integer> steps = new LinkedHashMap<>();
        steps.put(null, counted.getOrDefault(null, 0));
        for (LadderStep step : LadderStep.values()) {
            steps.put(step, counted.getOrDefault(step, 0));
        }
        return steps;
    }

    /** A case's status on the campaign today ({@link #statusParams}), in SQL, from its standing {@code cc}. */
    private static final String STATUS = "case when cc.refused then ? when cc.received_on is null then ?"
            + " when cc.answered_on is not null then case when cc.on_time then ? else ? end"
            + " when cc.due_on < ? then ? else ? end";

    /** A condition on the status ({@link #statusParams} then the status asked for). */
    private static final String HAS_STATUS = " and (" + STATUS + ") = ?";

    private static List<Object> statusParams(LocalDate today) {
        return List.of(Status.REFUSED.name(), Status.DRAFT.name(), Status.ANSWERED_ON_TIME.name(),
                Status.ANSWERED_LATE.name(), Date.valueOf(today), Status.OVERDUE.name(), Status.AWAITING.name());
    }

    /**
     * The campaign's cases as the steps keep their standing (monitoring.CampaignStanding), with the party's name,
     * industry and park: read for a page of cases, never for the counts.
     */
    private static final String CASES = """
             from campaign_case cc
            join bargaining_case c on c.id = cc.case_id
            left join enterprise e on e.id = c.enterprise_id
            left join federation f on f.id = c.federation_id
            left join industry i on i.id = cc.industry_id
            left join industrial_park p on p.id = cc.park_id
            where cc.campaign_id = ?""";

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;
    private final ParallelReads reads;

    CampaignFigures(JdbcClient jdbc, DeadlineService deadlines, ParallelReads reads) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.reads = reads;
    }

    /**
     * The campaign's figures today, with the {@code overdueListed} longest overdue offers: its reads run side by side
     * (the grouped counts, the overdue list and the answers by day take the longest).
     */
    Report report(Campaign campaign, int overdueListed) {
        LocalDate today = deadlines.today();
        var grouped = reads.start(() -> grouped(campaign, today));
        var overdue = reads.start(() -> rows(campaign, HAS_STATUS, List.of(Status.OVERDUE.name()), "cc.due_on, cc.case_id", 0,
                overdueListed, today));
        Map<LocalDate, Integer> answeredOn = perDay("answered_on", campaign);
        Map<LocalDate, Integer> servedOn = perDay("received_on", campaign);
        Map<String, Object> scope = jdbc.sql("""
                        select count(*) as enterprises, coalesce(sum(headcount), 0) as employees from enterprise
                        where district_id = ? and union_founded""")
                .param(campaign.districtId()).query().singleRow();
        int withUnion = ((Number) scope.get("enterprises")).intValue();
        int employees = ((Number) scope.get("employees")).intValue();
        Grouped g = ParallelReads.result(grouped);
        List<Week> weeks = weeks(servedOn, answeredOn, campaign.launchedAt().atZone(deadlines.zone()).toLocalDate(), today);
        return new Report(withUnion, employees, g.covered[1], g.covered[2], percent(g.covered[1], withUnion),
                percent(g.covered[2], employees), campaign.targetCoverage(), g.covered[0], g.byStatus, groups(g.byIndustry),
                groups(g.byPark), ladder(g.ladder), ParallelReads.result(overdue), weeks);
    }

    /** The campaign's cases counted by status, industry, park and ladder step; offers served with the firms and staff reached. */
    private record Grouped(Map<Status, Integer> byStatus, Map<String, int[]> byIndustry, Map<String, int[]> byPark,
                           Map<LadderStep, Integer> ladder, int[] covered) {
    }

    private Grouped grouped(Campaign campaign, LocalDate today) {
        List<Object> params = new ArrayList<>(statusParams(today));
        params.add(campaign.id());
        Grouped g = new Grouped(new EnumMap<>(Status.class), new TreeMap<>(), new TreeMap<>(), new LinkedHashMap<>(), new int[3]);
        for (Status s : Status.values()) {
            g.byStatus.put(s, 0);
        }
        // Grouped by ids first, so the names are looked up once per group and not once per case.
        jdbc.sql("select coalesce(i.name_zh, '—') as industry, coalesce(p.name_zh, '—') as park, g.* from (select industry_id,"
                        + " park_id, status, ladder_step, offered, count(*) as cases, sum(enterprises) as firms, sum(employees) as staff"
                        + " from (select " + STATUS + " as status, cc.industry_id, cc.park_id, cc.ladder_step, cc.enterprises,"
                        + " cc.employees, case when cc.received_on is null then 0 else 1 end as offered from campaign_case cc"
                        + " where cc.campaign_id = ?) x group by industry_id, park_id, status, ladder_step, offered) g"
                        + " left join industry i on i.id = g.industry_id left join industrial_park p on p.id = g.park_id")
                .params(params).query(rs -> {
                    Status status = Status.valueOf(rs.getString("status"));
                    int cases = rs.getInt("cases");
                    boolean offered = rs.getInt("offered") == 1;
                    g.byStatus.merge(status, cases, Integer::sum);
                    add(g.byIndustry, rs.getString("industry"), status, cases, offered);
                    add(g.byPark, rs.getString("park"), status, cases, offered);
                    if (status == Status.OVERDUE) {
                        String step = rs.getString("ladder_step");
                        g.ladder.merge(step == null ? null : LadderStep.valueOf(step), cases, Integer::sum);
                    }
                    if (offered) {
                        g.covered[0] += cases;
                        g.covered[1] += rs.getInt("firms");
                        g.covered[2] += rs.getInt("staff");
                    }
                });
        return g;
    }

    /** The campaign's cases in their order of opening, {@code limit} of them from {@code offset}. */
    List<Row> rows(Campaign campaign, int offset, int limit) {
        return rows(campaign, "", List.of(), "cc.case_id", offset, limit, deadlines.today());
    }

    private List<Row> rows(Campaign campaign, String condition, List<Object> conditionParams, String order, int offset,
                           int limit, LocalDate today) {
        List<Object> params = new ArrayList<>(statusParams(today));
        params.add(campaign.id());
        if (!condition.isEmpty()) {
            params.addAll(statusParams(today));
            params.addAll(conditionParams);
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select c.id, c.case_no, c.stage, cc.ladder_step, c.federation_id, coalesce(e.name, f.name) as party_name,"
                        + " cc.received_on, cc.due_on, cc.answered_on, " + STATUS + " as status, cc.enterprises, cc.employees,"
                        + " coalesce(i.name_zh, '—') as industry, coalesce(p.name_zh, '—') as park" + CASES
                        + condition + " order by " + order + " limit ? offset ?")
                .params(params).query((rs, n) -> row(rs, today)).list();
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = date(rs.getDate("due_on"));
        Status status = Status.valueOf(rs.getString("status"));
        String ladder = rs.getString("ladder_step");
        return new Row(rs.getLong("id"), rs.getString("case_no"), rs.getString("party_name"), rs.getObject("federation_id") != null,
                rs.getString("industry"), rs.getString("park"), CaseStage.valueOf(rs.getString("stage")),
                ladder == null ? null : LadderStep.valueOf(ladder), date(rs.getDate("received_on")), due,
                date(rs.getDate("answered_on")), status, status == Status.OVERDUE ? ChronoUnit.DAYS.between(due, today) : 0,
                rs.getInt("enterprises"), rs.getInt("employees"));
    }

    /** How many of the campaign's offers were served, or first answered, on each day (the standing's column of the day). */
    private Map<LocalDate, Integer> perDay(String column, Campaign campaign) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        jdbc.sql("select " + column + " as on_day, count(*) as total from campaign_case where campaign_id = ? and " + column
                        + " is not null group by " + column)
                .param(campaign.id())
                .query(rs -> {
                    days.put(rs.getDate("on_day").toLocalDate(), rs.getInt("total"));
                });
        return days;
    }

    /** Per group: cases, offered, on time, late, overdue, refused. */
    private static void add(Map<String, int[]> groups, String name, Status status, int cases, boolean offered) {
        int[] g = groups.computeIfAbsent(name, k -> new int[6]);
        g[0] += cases;
        g[1] += offered ? cases : 0;
        switch (status) {
            case ANSWERED_ON_TIME -> g[2] += cases;
            case ANSWERED_LATE -> g[3] += cases;
            case OVERDUE -> g[4] += cases;
            case REFUSED -> g[5] += cases;
            default -> { }
        }
    }

    private static List<Group> groups(Map<String, int[]> groups) {
        List<Group> list = new ArrayList<>();
        groups.forEach((name, g) -> list.add(new Group(name, g[0], g[1], g[2], g[3], g[4], g[5])));
        return list;
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
