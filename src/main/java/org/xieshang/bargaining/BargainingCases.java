package org.xieshang.bargaining;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.monitoring.CampaignStanding;
import org.xieshang.monitoring.Tallies;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.Like;
import org.xieshang.system.Page;
import org.xieshang.system.PortalUser;

/** The case table (the read model officials query) and its timeline. */
@Service
public class BargainingCases {

    private static final String FROM = " from bargaining_case c left join enterprise e on e.id = c.enterprise_id"
            + " left join federation f on f.id = c.federation_id";
    private static final String SELECT = "select c.*, coalesce(e.name, f.name) as party_name" + FROM;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final DeadlineService deadlines;
    private final Tallies tallies;
    private final CampaignStanding standing;
    private final ApplicationEventPublisher events;

    BargainingCases(JdbcClient jdbc, AccessPolicy access, DeadlineService deadlines, Tallies tallies, CampaignStanding standing,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.tallies = tallies;
        this.standing = standing;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Creates the case row in DRAFT; the case number reads XS-year-id. */
    public BargainingCase open(Long campaignId, long districtId, Long enterpriseId, Long federationId, String openedBy,
                               int year, Initiator initiator) {
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String provisionalNo = "XS-" + year + "-" + System.nanoTime();
        jdbc.sql("""
                        insert into bargaining_case (case_no, campaign_id, district_id, enterprise_id, federation_id, stage,
                            opened_by, opened_at, updated_at, initiated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(provisionalNo, campaignId, districtId, enterpriseId, federationId, CaseStage.DRAFT.name(), openedBy,
                        now, now, initiator.name())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("update bargaining_case set case_no = ? where id = ?").params(String.format("XS-%d-%05d", year, id), id).update();
        tallies.caseMoved(id, null, CaseStage.DRAFT.name());
        if (campaignId != null) {
            standing.recount(id);
        }
        return find(id).orElseThrow();
    }

    public Optional<BargainingCase> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::bargainingCase).optional();
    }

    /** The case a process instance (or one it called) works on: its caseId variable names it. */
    public BargainingCase of(VariableScope execution) {
        return findByNo(CaseVariables.CASE_ID.from(execution)).orElseThrow();
    }

    /**
     * The case row locked for the rest of the transaction: a user step on the case waits here while another one
     * commits, then sees what that one did.
     */
    public BargainingCase lock(String caseNo) {
        Long id = jdbc.sql("select id from bargaining_case where case_no = ? for update").param(caseNo).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("case " + caseNo));
        return find(id).orElseThrow();
    }

    public Optional<BargainingCase> findByNo(String caseNo) {
        return jdbc.sql(SELECT + " where c.case_no = ?").param(caseNo).query(this::bargainingCase).optional();
    }

    /** The case if the user's party may see its enterprise (or one firm its federation covers). */
    public BargainingCase get(long id, PortalUser user) {
        BargainingCase c = find(id).orElseThrow(() -> new NotFoundException("case " + id));
        boolean visible = c.enterpriseId() != null ? access.canSeeEnterprise(user, c.enterpriseId())
                : access.canSeeFederation(user, c.federationId());
        if (!visible) {
            throw new NotFoundException("case " + id);
        }
        return c;
    }

    /**
     * Which cases an officials' list asks for: stages, words in the case number or the party's name, and a further
     * condition of the caller's on the case {@code c} (with its parameters).
     */
    public record Search(Collection<CaseStage> stages, String words, String condition, List<Object> params) {
    }

    /**
     * A list counts up to this many cases and then says "more than": counting a province's hundred thousand matches
     * exactly would cost every page view a scan, and nobody pages through them (the search narrows them).
     */
    public static final int COUNT_CAP = 1000;

    /** The cap a page of cases reached, for its "more than" line; null when it counted them all. */
    public static Integer capReached(Page<?> found) {
        return found.total() > COUNT_CAP ? COUNT_CAP : null;
    }

    /**
     * A page of the cases the search finds that the user may see, by case number; the count read in the database, up to
     * {@link #COUNT_CAP} + 1 (more than the cap: the pages of the first ones).
     */
    public Page<BargainingCase> page(PortalUser user, Search search, int requested, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(user, search, params);
        List<Object> capped = new ArrayList<>(params);
        capped.add(COUNT_CAP + 1);
        int total = jdbc.sql("select count(*) from (select 1 as one" + countFrom(user, search) + where + " limit ?) found")
                .params(capped).query(Integer.class).single();
        return Page.read(total, requested, size, (offset, limit) -> {
            List<Object> page = new ArrayList<>(params);
            page.add(limit);
            page.add(offset);
            return jdbc.sql(SELECT + where + " order by c.case_no limit ? offset ?").params(page).query(this::bargainingCase).list();
        });
    }

    /** Every case the search finds that the user may see, by case number (an export). */
    public List<BargainingCase> all(PortalUser user, Search search) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql(SELECT + where(user, search, params) + " order by c.case_no").params(params).query(this::bargainingCase).list();
    }

    /** How many cases the search finds that the user may see. */
    public int count(PortalUser user, Search search) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*)" + countFrom(user, search) + where(user, search, params)).params(params)
                .query(Integer.class).single();
    }

    /** The party is joined only when its name or scope is asked about: PostgreSQL would join it for every case counted. */
    private static String countFrom(PortalUser user, Search search) {
        return (user.official() || user.admin()) && (search.words() == null || search.words().isBlank())
                ? " from bargaining_case c" : FROM;
    }

    /** The ids of the cases the search finds that the user may see, as a subquery whose parameters join {@code params}. */
    public String ids(PortalUser user, Search search, List<Object> params) {
        return "select c.id" + FROM + where(user, search, params);
    }

    private String where(PortalUser user, Search search, List<Object> params) {
        // An official's cases are those of her districts: one condition on the case's own column, which its index serves.
        AccessPolicy.Scope scope = user.official() || user.admin() ? access.districtScope(user, "c.district_id") : null;
        StringBuilder where = new StringBuilder(" where c.stage in (")
                .append(String.join(", ", search.stages().stream().map(s -> "?").toList())).append(")");
        search.stages().forEach(s -> params.add(s.name()));
        if (scope != null) {
            where.append(" and ").append(scope.condition());
            params.addAll(scope.params());
        } else {
            AccessPolicy.Scope firms = access.enterpriseScope(user, "e");
            AccessPolicy.Scope districts = access.districtScope(user, "c.district_id");
            where.append(" and ((c.enterprise_id is not null and ").append(firms.condition())
                    .append(") or (c.federation_id is not null and ").append(districts.condition()).append("))");
            params.addAll(firms.params());
            params.addAll(districts.params());
        }
        String words = search.words() == null ? "" : search.words().trim();
        if (!words.isEmpty()) {
            String like = Like.containing(words);
            where.append(" and (c.case_no like ?" + Like.ESCAPE + " or coalesce(e.name, f.name) like ?" + Like.ESCAPE + ")");
            params.add(like);
            params.add(like);
        }
        if (search.condition() != null) {
            where.append(" and ").append(search.condition());
            params.addAll(search.params());
        }
        return where.toString();
    }

    public List<BargainingCase> ofEnterprise(long enterpriseId) {
        return jdbc.sql(SELECT + " where c.enterprise_id = ? order by c.opened_at desc").param(enterpriseId)
                .query(this::bargainingCase).list();
    }

    public List<BargainingCase> ofFederation(long federationId) {
        return jdbc.sql(SELECT + " where c.federation_id = ? order by c.opened_at desc").param(federationId)
                .query(this::bargainingCase).list();
    }

    /** The case renews, amends or ends a contract: its agenda starts from that contract's clauses. */
    public void originate(long caseId, long contractId, String purpose) {
        jdbc.sql("update bargaining_case set origin_contract_id = ?, origin_purpose = ? where id = ?")
                .params(contractId, purpose, caseId).update();
    }

    /** What a renewal, amendment or termination case was opened from: the contract and the purpose. */
    public record Origin(long contractId, String purpose) {
    }

    public Optional<Origin> origin(long caseId) {
        return jdbc.sql("select origin_contract_id, origin_purpose from bargaining_case where id = ? and origin_purpose is not null")
                .param(caseId).query((rs, i) -> new Origin(rs.getLong("origin_contract_id"), rs.getString("origin_purpose")))
                .optional();
    }

    public void moveTo(long caseId, CaseStage stage, LadderStep ladderStep) {
        tallies.caseMoved(caseId, jdbc.sql("select stage from bargaining_case where id = ?").param(caseId).query(String.class).single(),
                stage.name());
        jdbc.sql("update bargaining_case set stage = ?, ladder_step = ?, updated_at = ? where id = ?")
                .params(stage.name(), ladderStep == null ? null : ladderStep.name(), Timestamp.from(Instant.now()), caseId)
                .update();
        // After the update: a step moves the case once its offer or answer is written, so the standing sees all three.
        standing.recount(caseId);
    }

    public void record(long caseId, CaseEventKind kind, String actor, String addressedTo, String clock, LocalDate dueOn,
                       Long documentId) {
        record(caseId, kind, actor, addressedTo, clock, dueOn, documentId, Instant.now());
    }

    /** A step that happened on a given day (a letter handed over on paper): the timeline shows that day. */
    public void record(long caseId, CaseEventKind kind, String actor, String addressedTo, String clock, LocalDate dueOn,
                       Long documentId, LocalDate on) {
        Instant at = on.equals(deadlines.today()) ? Instant.now() : on.atTime(9, 0).atZone(deadlines.zone()).toInstant();
        record(caseId, kind, actor, addressedTo, clock, dueOn, documentId, at);
    }

    private void record(long caseId, CaseEventKind kind, String actor, String addressedTo, String clock, LocalDate dueOn,
                        Long documentId, Instant at) {
        jdbc.sql("""
                        insert into case_event (case_id, kind, happened_at, actor, addressed_to, clock, due_on, document_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, kind.name(), Timestamp.from(at), actor, addressedTo, clock,
                        dueOn == null ? null : Date.valueOf(dueOn), documentId)
                .update();
        if (addressedTo != null) {
            events.publishEvent(new CaseNoticeRecorded(caseId, kind, addressedTo, clock, dueOn));
        }
    }

    /** The document of a step that is generated after it (the response letter of an answer). */
    public void attachDocument(long caseId, CaseEventKind kind, long documentId) {
        jdbc.sql("""
                        update case_event set document_id = ? where id = (select max(id) from case_event
                            where case_id = ? and kind = ? and document_id is null)""")
                .params(documentId, caseId, kind.name()).update();
    }

    public List<CaseEvent> timeline(long caseId) {
        return jdbc.sql("select * from case_event where case_id = ? order by happened_at, id").param(caseId)
                .query(this::event).list();
    }

    /** Notices addressed to a party (reminders), newest first. */
    public List<CaseEvent> noticesFor(String partyId, int limit) {
        return jdbc.sql("select * from case_event where addressed_to = ? order by happened_at desc, id desc limit ?")
                .params(partyId, limit).query(this::event).list();
    }

    private BargainingCase bargainingCase(ResultSet rs, int row) throws SQLException {
        String ladder = rs.getString("ladder_step");
        return new BargainingCase(rs.getLong("id"), rs.getString("case_no"), rs.getObject("campaign_id", Long.class),
                rs.getLong("district_id"), rs.getObject("enterprise_id", Long.class),
                rs.getObject("federation_id", Long.class), rs.getString("party_name"),
                CaseStage.valueOf(rs.getString("stage")), ladder == null ? null : LadderStep.valueOf(ladder),
                rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
                Initiator.valueOf(rs.getString("initiated_by")));
    }

    private CaseEvent event(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_on");
        return new CaseEvent(rs.getLong("id"), rs.getLong("case_id"), CaseEventKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("happened_at").toInstant(), rs.getString("actor"), rs.getString("addressed_to"),
                rs.getString("clock"), due == null ? null : due.toLocalDate(), rs.getObject("document_id", Long.class));
    }
}
