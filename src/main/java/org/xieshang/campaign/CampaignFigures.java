package org.xieshang.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.LadderStep;
import org.xieshang.deadlines.DeadlineService;

/**
 * The figures officials count (metrics.md): offer coverage by enterprises and employees, answers on time, late,
 * overdue and refused, by industry and park, and the overdue list. One query over the case read model per
 * request; no process instance is loaded.
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

    public record Report(int enterprisesWithUnion, int employeesWithUnion, int coveredEnterprises, int coveredEmployees,
                         BigDecimal coverage, BigDecimal employeeCoverage, BigDecimal target, int offersSent,
                         Map<Status, Integer> byStatus, List<Group> byIndustry, List<Group> byPark, List<Row> overdue,
                         List<Row> rows) {

        public int count(String status) {
            return byStatus.get(Status.valueOf(status));
        }

        public BigDecimal responseRate() {
            int answered = byStatus.get(Status.ANSWERED_ON_TIME);
            return offersSent == 0 ? BigDecimal.ZERO : percent(answered, offersSent);
        }
    }

    /** One week of the campaign from its launch: offers served and first answers given in it, and both so far. */
    public record Week(int number, LocalDate startsOn, int served, int answered, int servedSoFar, int answeredSoFar) {
    }

    /** The campaign week by week, from the week it was launched to this one (or its last offer or answer). */
    static List<Week> weeks(List<Row> rows, LocalDate launchedOn, LocalDate today) {
        LocalDate last = java.util.stream.Stream.concat(rows.stream().map(Row::receivedOn), rows.stream().map(Row::answeredOn))
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(launchedOn);
        LocalDate until = last.isAfter(today) ? last : today;
        int count = (int) (ChronoUnit.DAYS.between(launchedOn, until) / 7) + 1;
        int[] served = new int[count];
        int[] answered = new int[count];
        for (Row r : rows) {
            tally(served, launchedOn, r.receivedOn());
            tally(answered, launchedOn, r.answeredOn());
        }
        List<Week> weeks = new java.util.ArrayList<>();
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
    private static void tally(int[] weeks, LocalDate launchedOn, LocalDate day) {
        if (day != null) {
            weeks[(int) Math.max(0, Math.min(weeks.length - 1, ChronoUnit.DAYS.between(launchedOn, day) / 7))]++;
        }
    }

    /** The overdue offers by the step of the supervision ladder they have reached (null: no letter yet), in ladder order. */
    static Map<LadderStep, Integer> ladder(List<Row> overdue) {
        Map<LadderStep, Integer> steps = new LinkedHashMap<>();
        steps.put(null, 0);
        for (LadderStep step : LadderStep.values()) {
            steps.put(step, 0);
        }
        overdue.forEach(r -> steps.merge(r.ladderStep(), 1, Integer::sum));
        return steps;
    }

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;

    CampaignFigures(JdbcClient jdbc, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    Report report(Campaign campaign) {
        LocalDate today = deadlines.today();
        List<Row> rows = jdbc.sql("""
                        select c.id, c.case_no, c.stage, c.ladder_step, c.federation_id,
                               coalesce(e.name, f.name) as party_name,
                               coalesce(i.name_zh, fi.name_zh, '—') as industry, coalesce(p.name_zh, '—') as park,
                               o.received_on, o.answer_due_on, fa.answered_on, fa.on_time,
                               case when c.federation_id is null then e.headcount else
                                 (select coalesce(sum(me.headcount), 0) from federation_member fm
                                  join enterprise me on me.id = fm.enterprise_id where fm.federation_id = c.federation_id) end as employees,
                               case when c.federation_id is null then 1 else
                                 (select count(*) from federation_member fm where fm.federation_id = c.federation_id) end as enterprises
                        from bargaining_case c
                        left join enterprise e on e.id = c.enterprise_id
                        left join federation f on f.id = c.federation_id
                        left join industry i on i.id = e.industry_id
                        left join industry fi on fi.id = f.industry_id
                        left join industrial_park p on p.id = e.park_id
                        left join offer o on o.case_id = c.id
                        left join offer_answer fa on fa.id = (select min(a.id) from offer_answer a where a.case_id = c.id)
                        where c.campaign_id = ? order by c.id""")
                .param(campaign.id())
                .query((rs, n) -> {
                    LocalDate received = date(rs.getDate("received_on"));
                    LocalDate due = date(rs.getDate("answer_due_on"));
                    LocalDate answered = date(rs.getDate("answered_on"));
                    CaseStage stage = CaseStage.valueOf(rs.getString("stage"));
                    Status status = status(stage, received, due, answered, rs.getBoolean("on_time"), today);
                    long overdue = status == Status.OVERDUE ? ChronoUnit.DAYS.between(due, today) : 0;
                    String ladder = rs.getString("ladder_step");
                    return new Row(rs.getLong("id"), rs.getString("case_no"), rs.getString("party_name"),
                            rs.getObject("federation_id") != null, rs.getString("industry"), rs.getString("park"), stage,
                            ladder == null ? null : LadderStep.valueOf(ladder), received, due, answered, status, overdue,
                            rs.getInt("enterprises"), rs.getInt("employees"));
                }).list();
        Map<String, Object> scope = jdbc.sql("""
                        select count(*) as enterprises, coalesce(sum(headcount), 0) as employees from enterprise
                        where district_id = ? and union_founded""")
                .param(campaign.districtId()).query().singleRow();
        int withUnion = ((Number) scope.get("enterprises")).intValue();
        int employees = ((Number) scope.get("employees")).intValue();
        List<Row> offered = rows.stream().filter(r -> r.receivedOn() != null).toList();
        int coveredEnterprises = offered.stream().mapToInt(Row::enterprises).sum();
        int coveredEmployees = offered.stream().mapToInt(Row::employees).sum();
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, (int) rows.stream().filter(r -> r.status() == s).count());
        }
        List<Row> overdue = rows.stream().filter(r -> r.status() == Status.OVERDUE)
                .sorted(Comparator.comparingLong(Row::daysOverdue).reversed()).toList();
        return new Report(withUnion, employees, coveredEnterprises, coveredEmployees, percent(coveredEnterprises, withUnion),
                percent(coveredEmployees, employees), campaign.targetCoverage(), offered.size(), byStatus,
                groups(rows, Row::industry), groups(rows, Row::park), overdue, rows);
    }

    private static Status status(CaseStage stage, LocalDate received, LocalDate due, LocalDate answered, boolean onTime,
                                 LocalDate today) {
        if (stage == CaseStage.REFUSED) {
            return Status.REFUSED;
        }
        if (received == null) {
            return Status.DRAFT;
        }
        if (answered != null) {
            return onTime ? Status.ANSWERED_ON_TIME : Status.ANSWERED_LATE;
        }
        return today.isAfter(due) ? Status.OVERDUE : Status.AWAITING;
    }

    private static List<Group> groups(List<Row> rows, java.util.function.Function<Row, String> key) {
        Map<String, List<Row>> grouped = new TreeMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(key.apply(r), k -> new java.util.ArrayList<>()).add(r));
        Map<String, Group> result = new LinkedHashMap<>();
        grouped.forEach((name, list) -> result.put(name, new Group(name, list.size(),
                (int) list.stream().filter(r -> r.receivedOn() != null).count(),
                count(list, Status.ANSWERED_ON_TIME), count(list, Status.ANSWERED_LATE), count(list, Status.OVERDUE),
                count(list, Status.REFUSED))));
        return List.copyOf(result.values());
    }

    private static int count(List<Row> rows, Status status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
