package org.xieshang.congress;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.BusinessRuleException.Violation;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * The congress of an enterprise (or federation) and its delegates: established by its union for a 3–5 year term,
 * delegates imported from CSV (all rows or none) or entered one by one, recalls and by-elections on record.
 */
@Service
public class CongressRegistry {

    static final String CSV_HEADER = "姓名,选区,类别,性别,劳务派遣";
    /** An optional sixth column links a delegate to his portal login, so he signs in and votes himself. */
    static final String CSV_ACCOUNT_COLUMN = "登录账号";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final DeadlineService deadlines;
    private final DelegateAccounts accounts;

    CongressRegistry(JdbcClient jdbc, EnterpriseRegistry enterprises, DeadlineService deadlines, DelegateAccounts accounts) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.deadlines = deadlines;
        this.accounts = accounts;
    }

    /** A CSV row that cannot be imported: its line number (the header is line 1) and why. */
    public record RowError(int line, Violation violation) implements java.io.Serializable {
    }

    public record NewDelegate(String name, String constituency, DelegateCategory category, boolean woman,
                              boolean dispatched, String account) {
    }

    @Transactional
    public long establish(CongressOwner owner, DemocraticBody kind, LocalDate termStartsOn, int termYears, PortalUser user) {
        Workforce e = editable(owner, user);
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(kind == DemocraticBody.WORKERS_CONGRESS || kind == DemocraticBody.ALL_STAFF_MEETING, "kind",
                "congress.kind.required");
        rules.check(kind != DemocraticBody.ALL_STAFF_MEETING || e.headcount() < 100, "kind", "congress.kind.allStaffSize",
                e.headcount());
        rules.check(termYears >= 3 && termYears <= 5, "termYears", "congress.term.range");
        rules.check(termStartsOn != null && !termStartsOn.isBefore(deadlines.today().minusYears(1))
                && !termStartsOn.isAfter(deadlines.today().plusYears(1)), "termStartsOn", "congress.termStartsOn.required");
        rules.check(current(owner).isEmpty(), "kind", "congress.exists");
        rules.throwIfAny();
        return insert(owner, kind, termStartsOn, termYears, user.userId());
    }

    long insert(CongressOwner owner, DemocraticBody kind, LocalDate termStartsOn, int termYears, String createdBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into congress (enterprise_id, federation_id, kind, term_starts_on, term_ends_on, created_by,
                            created_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(owner.enterpriseId(), owner.federationId(), kind.name(), Date.valueOf(termStartsOn),
                        Date.valueOf(termStartsOn.plusYears(termYears).minusDays(1)), createdBy, Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Imports delegates from CSV text (header {@value #CSV_HEADER}). Every row is checked first; any error
     * returns the full list of row errors and saves nothing.
     */
    @Transactional
    public List<RowError> importCsv(CongressOwner owner, String csv, PortalUser user) {
        editable(owner, user);
        Congress congress = current(owner).orElseThrow(() -> new BusinessRuleException(null, "congress.none"));
        lock(congress.id());
        RosterCsv.Parsed parsed = RosterCsv.parse(csv, sitting(congress.id()));
        List<RowError> errors = new ArrayList<>(parsed.errors());
        List<NewDelegate> rows = parsed.rows().stream().map(RosterCsv.Row::delegate).toList();
        List<Violation> accountProblems = accounts.problems(owner, rows.stream().map(NewDelegate::account).toList());
        for (int i = 0; i < rows.size(); i++) {
            if (accountProblems.get(i) != null) {
                errors.add(new RowError(parsed.rows().get(i).line(), accountProblems.get(i)));
            }
        }
        if (errors.isEmpty()) {
            rows.forEach(d -> insert(congress.id(), d));
        }
        return errors;
    }

    @Transactional
    public long addDelegate(CongressOwner owner, NewDelegate delegate, PortalUser user) {
        editable(owner, user);
        Congress congress = current(owner).orElseThrow(() -> new BusinessRuleException(null, "congress.none"));
        // Two unions' clerks linking one account at once: the second waits here and then finds it sitting.
        lock(congress.id());
        validate(congress, delegate);
        Violation account = accounts.problems(owner, Collections.singletonList(delegate.account())).get(0);
        if (account != null) {
            throw new BusinessRuleException(List.of(account));
        }
        return insert(congress.id(), delegate);
    }

    /** A recall needs more than half of the delegate's constituency (EDM). */
    @Transactional
    public void recall(CongressOwner owner, long delegateId, int votesFor, int constituencySize, String note, PortalUser user) {
        editable(owner, user);
        Congress congress = current(owner).orElseThrow(() -> new BusinessRuleException(null, "congress.none"));
        Delegate delegate = sitting(congress.id()).stream().filter(d -> d.id() == delegateId).findFirst()
                .orElseThrow(() -> new NotFoundException("delegate " + delegateId));
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(constituencySize > 0 && votesFor >= 0 && votesFor <= constituencySize, "votesFor", "congress.recall.counts");
        rules.check(votesFor * 2 > constituencySize, "votesFor", "congress.recall.majority", votesFor, constituencySize);
        rules.fits(note, 500, "note", "congress.recall.note");
        rules.throwIfAny();
        LocalDate today = deadlines.today();
        jdbc.sql("update congress_delegate set status = ?, left_on = ? where id = ?")
                .params(Delegate.Status.RECALLED.name(), Date.valueOf(today), delegate.id()).update();
        change(congress.id(), delegate.id(), "RECALL", votesFor, constituencySize, note, user);
    }

    /** A by-election fills a seat of a constituency; the votes are recorded with the new delegate. */
    @Transactional
    public long byElection(CongressOwner owner, NewDelegate delegate, int votesFor, int constituencySize, PortalUser user) {
        if (constituencySize <= 0 || votesFor * 2 <= constituencySize || votesFor > constituencySize) {
            throw new BusinessRuleException("votesFor", "congress.byElection.majority", votesFor, constituencySize);
        }
        long id = addDelegate(owner, delegate, user);
        change(current(owner).orElseThrow().id(), id, "BY_ELECTION", votesFor, constituencySize, null, user);
        return id;
    }

    public Congress congress(long congressId) {
        return jdbc.sql("select * from congress where id = ?").param(congressId).query(this::congressRow).optional()
                .orElseThrow(() -> new NotFoundException("congress " + congressId));
    }

    /** The congress row locked until the transaction ends: convening waits for another convening of the congress. */
    void lock(long congressId) {
        jdbc.sql("select id from congress where id = ? for update").param(congressId).query(Long.class).list();
    }

    /** The sitting delegate the user is in that congress, if he is one. */
    public Optional<Delegate> sitsIn(long congressId, PortalUser user) {
        return jdbc.sql("select * from congress_delegate where congress_id = ? and user_id = ? and status = ?")
                .params(congressId, user.userId(), Delegate.Status.ACTIVE.name()).query(this::delegateRow).optional();
    }

    /** Congresses in which the user sits as a delegate (his phone page lists their sessions). */
    public List<Congress> congressesOf(PortalUser user) {
        return jdbc.sql("""
                        select c.* from congress c where c.id in
                            (select congress_id from congress_delegate where user_id = ? and status = ?)""")
                .params(user.userId(), Delegate.Status.ACTIVE.name()).query(this::congressRow).list();
    }

    /**
     * The parties a congress's documents reach: the union, the employer side and the delegates of the enterprise,
     * or of every firm a federation covers.
     */
    public Set<String> parties(CongressOwner owner) {
        Set<String> parties = new java.util.LinkedHashSet<>();
        if (owner.enterpriseId() != null) {
            parties.add(PartyDirectory.unionOf(owner.enterpriseId()));
            parties.add(PartyDirectory.employerOf(owner.enterpriseId()));
            parties.add(PartyDirectory.delegatesOf(owner.enterpriseId()));
        } else {
            parties.add(PartyDirectory.federationUnionOf(owner.federationId()));
            parties.add(PartyDirectory.federationEmployerOf(owner.federationId()));
            jdbc.sql("select enterprise_id from federation_member where federation_id = ?").param(owner.federationId())
                    .query(Long.class).list().forEach(e -> parties.add(PartyDirectory.delegatesOf(e)));
        }
        return parties;
    }

    public Optional<Congress> current(CongressOwner owner) {
        return jdbc.sql("""
                        select * from congress where (enterprise_id = ? or federation_id = ?) and term_ends_on >= ?
                        order by term_starts_on desc""")
                .params(owner.enterpriseId(), owner.federationId(), Date.valueOf(deadlines.today())).query(this::congressRow)
                .list().stream().findFirst();
    }

    public List<Delegate> sitting(long congressId) {
        return delegates(congressId).stream().filter(d -> d.status() == Delegate.Status.ACTIVE).toList();
    }

    public List<Delegate> delegates(long congressId) {
        return jdbc.sql("select * from congress_delegate where congress_id = ? order by constituency, name")
                .param(congressId).query(this::delegateRow).list();
    }

    public record Change(String kind, String delegateName, LocalDate on, int votesFor, int constituencySize, String note) {
    }

    public List<Change> changes(long congressId) {
        return jdbc.sql("""
                        select c.kind, d.name, c.happened_on, c.votes_for, c.constituency_size, c.note from delegate_change c
                        join congress_delegate d on d.id = c.delegate_id where c.congress_id = ? order by c.id""")
                .param(congressId)
                .query((rs, i) -> new Change(rs.getString("kind"), rs.getString("name"), rs.getDate("happened_on").toLocalDate(),
                        rs.getInt("votes_for"), rs.getInt("constituency_size"), rs.getString("note")))
                .list();
    }

    /** Whether the sitting delegates meet the composition rules; a session may be convened only if so. */
    public Composition composition(Congress congress) {
        return Composition.of(congress, workforce(congress.owner()), sitting(congress.id()));
    }

    /** The staff represented, read through the user's scope: a party that may not see the owner gets not found. */
    Workforce visible(CongressOwner owner, PortalUser user) {
        if (owner.enterpriseId() != null) {
            enterprises.get(owner.enterpriseId(), user);
        } else {
            enterprises.federation(owner.federationId(), user);
        }
        return workforce(owner);
    }

    /** The accounts the union may link to a new delegate (the people picker). */
    public List<PartyDirectory.PartyMember> linkableAccounts(CongressOwner owner, PortalUser user) {
        editable(owner, user);
        return accounts.linkable(owner);
    }

    boolean canEdit(CongressOwner owner, PortalUser user) {
        return owner.unionGroup().equals(user.partyId());
    }

    /** The enterprise's or federation's name, as documents print it. */
    public String ownerName(CongressOwner owner) {
        return workforce(owner).name();
    }

    private Workforce workforce(CongressOwner owner) {
        String name = owner.enterpriseId() != null ? enterprises.find(owner.enterpriseId()).orElseThrow().name()
                : jdbc.sql("select name from federation where id = ?").param(owner.federationId()).query(String.class).single();
        return jdbc.sql("""
                        select coalesce(sum(headcount), 0) as staff, coalesce(sum(women_count), 0) as women,
                            coalesce(sum(dispatched_count), 0) as dispatched from enterprise
                        where id = ? or id in (select enterprise_id from federation_member where federation_id = ?)""")
                .params(owner.enterpriseId(), owner.federationId())
                .query((rs, i) -> new Workforce(name, rs.getInt("staff"), rs.getInt("women"), rs.getInt("dispatched")))
                .single();
    }

    Workforce editable(CongressOwner owner, PortalUser user) {
        Workforce staff = visible(owner, user);
        if (!canEdit(owner, user)) {
            throw new NotFoundException("congress of " + owner);
        }
        return staff;
    }

    private void validate(Congress congress, NewDelegate d) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(d.name() != null && !d.name().isBlank() && d.name().trim().length() <= 50, "name", "congress.csv.name");
        rules.check(d.constituency() != null && !d.constituency().isBlank() && d.constituency().trim().length() <= 100,
                "constituency", "congress.csv.constituency");
        rules.check(d.category() != null, "category", "congress.category.required");
        rules.check(d.name() == null || d.constituency() == null || sitting(congress.id()).stream()
                        .noneMatch(x -> x.name().equals(d.name().trim()) && x.constituency().equals(d.constituency().trim())),
                "name", "congress.csv.duplicate", d.name(), d.constituency());
        rules.throwIfAny();
    }

    private long insert(long congressId, NewDelegate d) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into congress_delegate (congress_id, name, constituency, category, sex, dispatched, status,
                            joined_on, user_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(congressId, d.name().trim(), d.constituency().trim(), d.category().name(), d.woman() ? "F" : "M",
                        d.dispatched(), Delegate.Status.ACTIVE.name(), Date.valueOf(deadlines.today()),
                        d.account() == null || d.account().isBlank() ? null : d.account().trim())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void change(long congressId, long delegateId, String kind, int votesFor, int constituencySize, String note,
                        PortalUser user) {
        jdbc.sql("""
                        insert into delegate_change (congress_id, delegate_id, kind, happened_on, votes_for, constituency_size,
                            recorded_by, note) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(congressId, delegateId, kind, Date.valueOf(deadlines.today()), votesFor, constituencySize,
                        user.userId(), note == null || note.isBlank() ? null : note.trim())
                .update();
    }


    private Congress congressRow(ResultSet rs, int row) throws SQLException {
        Long federation = rs.getObject("federation_id", Long.class);
        CongressOwner owner = federation != null ? CongressOwner.federation(federation)
                : CongressOwner.enterprise(rs.getLong("enterprise_id"));
        return new Congress(rs.getLong("id"), owner, DemocraticBody.valueOf(rs.getString("kind")),
                rs.getDate("term_starts_on").toLocalDate(), rs.getDate("term_ends_on").toLocalDate());
    }

    private Delegate delegateRow(ResultSet rs, int row) throws SQLException {
        Date left = rs.getDate("left_on");
        return new Delegate(rs.getLong("id"), rs.getLong("congress_id"), rs.getString("name"), rs.getString("constituency"),
                DelegateCategory.valueOf(rs.getString("category")), "F".equals(rs.getString("sex")),
                rs.getBoolean("dispatched"), Delegate.Status.valueOf(rs.getString("status")),
                rs.getDate("joined_on").toLocalDate(), left == null ? null : left.toLocalDate());
    }
}
