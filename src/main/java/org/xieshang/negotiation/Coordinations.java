package org.xieshang.negotiation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;

/**
 * The labour bureau's coordination of a bargaining dispute (CCR Arts. 49–54): application, acceptance or refusal,
 * the 30-day clock extended at most once by at most 15 days, the tripartite panel and steps, and the agreement
 * settling items or leaving them for further rounds. Bean name {@code coordinations}: the model's timer calls it.
 */
@Service("coordinations")
public class Coordinations {

    static final String CLOCK = "dispute-coordination";
    static final String EXTENSION_CLOCK = "dispute-coordination-extension";
    /** The agreement's lists of settled and open items (their columns' length). */
    static final int SUMMARY_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;
    private final Preparation preparation;
    private final BargainingCases cases;
    private final EnterpriseRegistry registry;

    Coordinations(JdbcClient jdbc, DeadlineService deadlines, Preparation preparation, BargainingCases cases,
                  EnterpriseRegistry registry) {
        this.cases = cases;
        this.registry = registry;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.preparation = preparation;
    }

    public enum Status { APPLIED, DECLINED, ACCEPTED, AGREED, CONCLUDED, LAPSED }

    public record Coordination(long id, long caseId, String appliedBy, String application, LocalDate appliedOn, Status status,
                               String declineReason, LocalDate acceptedOn, Integer extendedDays, String panel, String steps,
                               String settledItems, String openItems, AgreedTerm term, BigDecimal wageIncrease) {
    }

    /** What the agreement does with each item still open: settled with a text, or left for further rounds. */
    public record Settlement(long itemId, String agreedText) {
    }

    @Transactional
    public long open(long caseId, String appliedBy, String application) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into coordination (case_id, applied_by, application, applied_on, status) values (?, ?, ?, ?, ?)")
                .params(caseId, appliedBy, application == null ? "" : application.trim(), Date.valueOf(deadlines.today()),
                        Status.APPLIED.name())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    @Transactional
    public LocalDate accept(long id) {
        requireStatus(id, Status.APPLIED);
        LocalDate today = deadlines.today();
        jdbc.sql("update coordination set status = ?, accepted_on = ? where id = ?")
                .params(Status.ACCEPTED.name(), Date.valueOf(today), id).update();
        return today;
    }

    @Transactional
    public void decline(long id, String reason) {
        requireStatus(id, Status.APPLIED);
        if (reason == null || reason.isBlank() || reason.trim().length() > 1000) {
            throw new BusinessRuleException("reason", "coordination.decline.reason");
        }
        jdbc.sql("update coordination set status = ?, decline_reason = ? where id = ?")
                .params(Status.DECLINED.name(), reason.trim(), id).update();
    }

    /** Extends the 30 days once by 1–15 days (CCR Art. 52); a second extension is refused. */
    @Transactional
    public LocalDate extend(long id, int days) {
        Coordination c = requireStatus(id, Status.ACCEPTED);
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(c.extendedDays() == null, "days", "coordination.extension.once");
        int most = deadlines.clock(EXTENSION_CLOCK, province(c)).length();
        rules.check(days >= 1 && days <= most, "days", "coordination.extension.days", most);
        rules.throwIfAny();
        jdbc.sql("update coordination set extended_days = ? where id = ?").params(days, id).update();
        return due(get(id)).due();
    }

    /** The clock as it stands: 30 days from acceptance, plus the extension once granted. */
    public Deadline due(Coordination c) {
        String province = province(c);
        Deadline base = deadlines.compute(CLOCK, c.acceptedOn(), province);
        if (c.extendedDays() == null) {
            return base;
        }
        // Counted from the original 30th day, and like any period it ends on a working day (CC Art. 203).
        return deadlines.compute(EXTENSION_CLOCK, base.due(), province, c.extendedDays());
    }

    private String province(Coordination c) {
        return registry.provinceOf(cases.find(c.caseId()).orElseThrow().districtId());
    }

    /** The timer instant: the end of the due day. */
    public java.util.Date dueAt(long id) {
        return deadlines.endOf(due(get(id)));
    }

    /**
     * The panel, the steps of CCR Art. 54 and the agreement: items settled with their text, the rest left open. An
     * agreement that settles the last items also states the contract's term, unless the table already agreed it.
     */
    @Transactional
    public void agree(long id, String panel, String steps, List<Settlement> settled, Integer termYears, LocalDate termStartsOn,
                      BigDecimal wageIncrease) {
        Coordination c = requireStatus(id, Status.ACCEPTED);
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(panel != null && !panel.isBlank() && panel.trim().length() <= 1000, "panel", "coordination.panel");
        rules.check(steps != null && !steps.isBlank() && steps.trim().length() <= 4000, "steps", "coordination.steps");
        Map<Long, Preparation.Item> open = preparation.items(c.caseId()).stream().filter(i -> !i.settled())
                .collect(Collectors.toMap(Preparation.Item::id, i -> i));
        settled.forEach(s -> rules.check(open.containsKey(s.itemId()) && s.agreedText() != null && !s.agreedText().isBlank(),
                "settled", "coordination.settlement"));
        boolean settlesAll = settled.stream().map(Settlement::itemId).collect(Collectors.toSet()).containsAll(open.keySet());
        AgreedTerm.check(rules, termYears, termStartsOn, settlesAll && preparation.agreedTerm(c.caseId()).isEmpty(),
                preparation.endsAContract(c.caseId()), deadlines.today());
        AgreedWage.check(rules, wageIncrease, settlesAll && preparation.wageIncreaseNeeded(c.caseId()),
                preparation.endsAContract(c.caseId()));
        rules.throwIfAny();
        String settledText = settled.stream().map(s -> open.get(s.itemId()).title() + "：" + s.agreedText().trim())
                .collect(Collectors.joining("\n"));
        List<Long> settledIds = settled.stream().map(Settlement::itemId).toList();
        String left = open.values().stream().filter(i -> !settledIds.contains(i.id())).map(Preparation.Item::title)
                .collect(Collectors.joining("\n"));
        if (settledText.length() > SUMMARY_LENGTH || left.length() > SUMMARY_LENGTH) {
            throw new BusinessRuleException("settled", "coordination.settlement.tooLong", SUMMARY_LENGTH);
        }
        jdbc.sql("""
                        update coordination set status = ?, panel = ?, steps = ?, settled_items = ?, open_items = ?,
                            term_years = ?, term_starts_on = ?, wage_increase = ? where id = ?""")
                .params(Status.AGREED.name(), panel.trim(), steps.trim(), settledText, left, termYears,
                        termStartsOn == null ? null : Date.valueOf(termStartsOn), wageIncrease, id).update();
        settled.forEach(s -> jdbc.sql("insert into coordination_settlement (coordination_id, item_id, agreed_text) values (?, ?, ?)")
                .params(id, s.itemId(), s.agreedText().trim()).update());
    }

    /** After both chiefs confirm: settled items are agreed; true when nothing is left open. */
    @Transactional
    public boolean conclude(long id) {
        Coordination c = requireStatus(id, Status.AGREED);
        jdbc.sql("select item_id, agreed_text from coordination_settlement where coordination_id = ?").param(id)
                .query((rs, i) -> new Settlement(rs.getLong("item_id"), rs.getString("agreed_text"))).list()
                .forEach(settled -> preparation.settle(settled.itemId(), Preparation.Item.Status.AGREED, settled.agreedText()));
        if (c.term() != null) {
            preparation.agreeTerm(c.caseId(), c.term());
        }
        if (c.wageIncrease() != null) {
            preparation.agreeWageIncrease(c.caseId(), c.wageIncrease());
        }
        setStatus(id, Status.CONCLUDED);
        return preparation.items(c.caseId()).stream().allMatch(Preparation.Item::settled);
    }

    @Transactional
    public void lapse(long id) {
        setStatus(id, Status.LAPSED);
    }

    private void setStatus(long id, Status status) {
        jdbc.sql("update coordination set status = ? where id = ?").params(status.name(), id).update();
    }

    public Coordination get(long id) {
        return jdbc.sql("select * from coordination where id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("coordination " + id));
    }

    public List<Coordination> ofCase(long caseId) {
        return jdbc.sql("select * from coordination where case_id = ? order by id").param(caseId).query(this::row).list();
    }

    public Optional<Coordination> running(long caseId) {
        return running(ofCase(caseId));
    }

    /** The coordination still running among a case's, the latest. */
    static Optional<Coordination> running(List<Coordination> ofCase) {
        return ofCase.stream().filter(c -> c.status() == Status.APPLIED || c.status() == Status.ACCEPTED
                || c.status() == Status.AGREED).reduce((a, b) -> b);
    }

    /** {@link #running} as a condition on a case {@code c}: a coordination applied for, accepted or agreed. */
    static BargainingCases.Search runningCases(BargainingCases.Search search) {
        return new BargainingCases.Search(search.stages(), search.words(), "c.id in (select case_id from coordination where status in (?, ?, ?))",
                List.of(Status.APPLIED.name(), Status.ACCEPTED.name(), Status.AGREED.name()));
    }

    /** The coordinations of many cases at once (an officials' list), by case; a thousand cases a query. */
    Map<Long, List<Coordination>> ofCases(List<Long> caseIds) {
        Map<Long, List<Coordination>> byCase = new HashMap<>();
        for (int from = 0; from < caseIds.size(); from += 1000) {
            jdbc.sql("select * from coordination where case_id in (:ids) order by id")
                    .param("ids", caseIds.subList(from, Math.min(caseIds.size(), from + 1000))).query(this::row).list()
                    .forEach(c -> byCase.computeIfAbsent(c.caseId(), k -> new ArrayList<>()).add(c));
        }
        return byCase;
    }

    private Coordination requireStatus(long id, Status status) {
        Coordination c = get(id);
        if (c.status() != status) {
            throw new BusinessRuleException(null, "coordination.status",
                    new DefaultMessageSourceResolvable("coordination.status." + c.status().name()));
        }
        return c;
    }

    private Coordination row(ResultSet rs, int i) throws SQLException {
        Date accepted = rs.getDate("accepted_on");
        Date termStarts = rs.getDate("term_starts_on");
        Integer termYears = rs.getObject("term_years", Integer.class);
        return new Coordination(rs.getLong("id"), rs.getLong("case_id"), rs.getString("applied_by"), rs.getString("application"),
                rs.getDate("applied_on").toLocalDate(), Status.valueOf(rs.getString("status")), rs.getString("decline_reason"),
                accepted == null ? null : accepted.toLocalDate(), rs.getObject("extended_days", Integer.class), rs.getString("panel"),
                rs.getString("steps"), rs.getString("settled_items"), rs.getString("open_items"),
                termYears == null ? null : new AgreedTerm(termYears, termStarts == null ? null : termStarts.toLocalDate()),
                rs.getBigDecimal("wage_increase"));
    }
}
