package org.xieshang.negotiation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;

/**
 * The two delegations (CCR Arts. 19–24, 27, 31): equal numbers, at least 3 a side, one chief each; the worker chief
 * is the union chair or holds his written authorisation, the employer chief the legal representative or holds his;
 * outside experts, appointed in writing, at most a third of a side and never chief; nobody on both sides. A
 * vacancy runs the 15-day clock and blocks the next round until filled.
 */
@Service
public class Delegations {

    static final String VACANCY_CLOCK = "delegation-vacancy";
    static final int MINIMUM = 3;

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;
    private final EnterpriseRegistry registry;
    private final int maximum;

    Delegations(JdbcClient jdbc, DeadlineService deadlines, EnterpriseRegistry registry,
                @Value("${xieshang.negotiation.max-delegates-per-side}") int maximum) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.maximum = maximum;
    }

    /** A seat is held, or vacated (and then filled by a new member row). */
    enum Status { ACTIVE, VACATED }

    /** labourContractEndsOn: a worker delegate's labour contract end, if known (CCR Art. 28). */
    public record NewMember(String name, String title, boolean chief, boolean principal, boolean outsideExpert,
                            String authorisedBy, LocalDate authorisedOn, LocalDate labourContractEndsOn) {

        public NewMember(String name, String title, boolean chief, boolean principal, boolean outsideExpert,
                         String authorisedBy, LocalDate authorisedOn) {
            this(name, title, chief, principal, outsideExpert, authorisedBy, authorisedOn, null);
        }
    }

    public record Member(long id, Side side, String name, String title, boolean chief, boolean principal,
                         boolean outsideExpert, String authorisedBy, LocalDate authorisedOn, boolean active,
                         LocalDate vacatedOn, String vacancyReason, LocalDate labourContractEndsOn) {

        /**
         * CCR Art. 28: a worker delegate whose labour contract ends while he serves keeps it until his service ends;
         * both sides are shown who that is, so the employer does not let the contract lapse.
         */
        public boolean contractExtendedByService(LocalDate today) {
            return side == Side.UNION && active && labourContractEndsOn != null && !labourContractEndsOn.isBefore(today);
        }
    }

    /** An open vacancy with its 15-day clock. */
    public record Vacancy(Member member, Deadline deadline, boolean overdue) {
    }

    /** Names (or renames) a side's delegation; the other side's, if named, must match in number and people. */
    @Transactional
    public void name(BargainingCase c, Side side, List<NewMember> members, String by) {
        members = asRegistered(c, side, members);
        DelegationRules.check(side, members, active(c.id(), side.other()), maximum);
        requireRecorderOutside(c, members);
        requireContractDates(side, members);
        jdbc.sql("delete from delegation_member where case_id = ? and side = ?").params(c.id(), side.name()).update();
        members.forEach(m -> insert(c.id(), side, m, by));
    }

    /** A delegate leaves: the seat is vacant from today and must be filled within 15 days. */
    @Transactional
    public void vacate(BargainingCase c, Side side, long memberId, String reason) {
        Member m = member(c.id(), memberId, side);
        if (!m.active()) {
            throw new BusinessRuleException(null, "delegation.vacancy.already");
        }
        if (reason == null || reason.isBlank() || reason.trim().length() > 200) {
            throw new BusinessRuleException("reason", "delegation.vacancy.reason");
        }
        jdbc.sql("update delegation_member set status = ?, vacated_on = ?, vacancy_reason = ? where id = ?")
                .params(Status.VACATED.name(), Date.valueOf(deadlines.today()), reason.trim(), memberId).update();
    }

    /** Fills a vacant seat; the side's rules are checked again with the newcomer in it. */
    @Transactional
    public void fill(BargainingCase c, Side side, long vacantId, NewMember newcomer, String by) {
        Member vacant = member(c.id(), vacantId, side);
        if (vacant.active() || isFilled(vacantId)) {
            throw new BusinessRuleException(null, "delegation.vacancy.none");
        }
        newcomer = asRegistered(c, side, List.of(newcomer)).get(0);
        List<NewMember> seated = new ArrayList<>(active(c.id(), side).stream().map(DelegationRules::asNew).toList());
        seated.add(newcomer);
        DelegationRules.check(side, seated, active(c.id(), side.other()), maximum);
        requireRecorderOutside(c, List.of(newcomer));
        requireContractDates(side, List.of(newcomer));
        long id = insert(c.id(), side, newcomer, by);
        jdbc.sql("update delegation_member set replaced_by = ? where id = ?").params(id, vacantId).update();
    }

    /**
     * Who is the side's principal is the registry's word, never the form's: the union chair (a federation's chair)
     * for the workers, the legal representative (a federation's employer representative) for the employer.
     */
    private List<NewMember> asRegistered(BargainingCase c, Side side, List<NewMember> members) {
        String principal = c.enterpriseId() != null
                ? registry.find(c.enterpriseId()).map(e -> side == Side.UNION ? e.unionChair() : e.legalRepresentative()).orElse(null)
                : registry.findFederation(c.federationId()).map(f -> side == Side.UNION ? f.chair() : f.employerRepresentative())
                        .orElse(null);
        return members.stream().map(m -> new NewMember(m.name(), m.title(), m.chief(),
                principal != null && m.name() != null && principal.trim().equals(m.name().trim()), m.outsideExpert(),
                m.authorisedBy(), m.authorisedOn(), m.labourContractEndsOn())).toList();
    }

    /** A worker delegate's labour contract runs at least to today (he is still employed) and within 30 years. */
    private void requireContractDates(Side side, List<NewMember> members) {
        LocalDate today = deadlines.today();
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        members.stream().filter(m -> m.labourContractEndsOn() != null).forEach(m -> rules.check(side == Side.UNION
                && !m.labourContractEndsOn().isBefore(today) && m.labourContractEndsOn().isBefore(today.plusYears(30)),
                "members", "delegation.rule.labourContract", m.name(), today));
        rules.throwIfAny();
    }

    /** The recorder the sides appointed stays neutral (CCR Art. 33): a delegation that would seat him is refused. */
    private void requireRecorderOutside(BargainingCase c, List<NewMember> members) {
        jdbc.sql("select recorder_name from negotiation where case_id = ?").param(c.id()).query(String.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst()
                .filter(recorder -> members.stream().anyMatch(m -> m.name() != null && m.name().trim().equals(recorder)))
                .ifPresent(recorder -> {
                    throw new BusinessRuleException("members", "delegation.rule.recorder", recorder);
                });
    }

    public List<Member> members(long caseId) {
        return jdbc.sql("select * from delegation_member where case_id = ? order by side desc, chief desc, id").param(caseId)
                .query(this::memberRow).list();
    }

    public List<Member> active(long caseId, Side side) {
        return members(caseId).stream().filter(m -> m.side() == side && m.active()).toList();
    }

    public List<Vacancy> vacancies(long caseId, String province) {
        return jdbc.sql("""
                        select * from delegation_member where case_id = ? and status = ? and replaced_by is null
                        order by vacated_on""").params(caseId, Status.VACATED.name()).query(this::memberRow).list().stream()
                .map(m -> {
                    Deadline d = deadlines.compute(VACANCY_CLOCK, m.vacatedOn(), province);
                    return new Vacancy(m, d, deadlines.today().isAfter(d.due()));
                }).toList();
    }

    /** Both sides named and lawful, no seat vacant: a round may be scheduled. */
    public void requireReady(long caseId, String province) {
        List<Member> union = active(caseId, Side.UNION);
        List<Member> employer = active(caseId, Side.EMPLOYER);
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(!union.isEmpty() && !employer.isEmpty(), null, "delegation.notNamed");
        for (Vacancy v : vacancies(caseId, province)) {
            rules.check(false, null, "delegation.vacancy.blocks", v.member().name(), v.deadline().due());
        }
        rules.throwIfAny();
        DelegationRules.check(Side.UNION, union.stream().map(DelegationRules::asNew).toList(), employer, maximum);
    }

    private boolean isFilled(long id) {
        return jdbc.sql("select replaced_by from delegation_member where id = ?").param(id).query(Long.class).list()
                .stream().anyMatch(r -> r != null);
    }

    private Member member(long caseId, long id, Side side) {
        return members(caseId).stream().filter(m -> m.id() == id && m.side() == side).findFirst()
                .orElseThrow(() -> new NotFoundException("delegate " + id));
    }

    private long insert(long caseId, Side side, NewMember m, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into delegation_member (case_id, side, name, title, chief, principal, outside_expert,
                            authorised_by, authorised_on, status, added_by, labour_contract_ends_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, side.name(), m.name().trim(), m.title().trim(), m.chief(), m.principal(), m.outsideExpert(),
                        m.authorisedBy() == null || m.authorisedBy().isBlank() ? null : m.authorisedBy().trim(),
                        m.authorisedOn() == null ? null : Date.valueOf(m.authorisedOn()), Status.ACTIVE.name(), by,
                        m.labourContractEndsOn() == null ? null : Date.valueOf(m.labourContractEndsOn()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private Member memberRow(ResultSet rs, int row) throws SQLException {
        Date authorised = rs.getDate("authorised_on");
        Date vacated = rs.getDate("vacated_on");
        return new Member(rs.getLong("id"), Side.valueOf(rs.getString("side")), rs.getString("name"), rs.getString("title"),
                rs.getBoolean("chief"), rs.getBoolean("principal"), rs.getBoolean("outside_expert"),
                rs.getString("authorised_by"), authorised == null ? null : authorised.toLocalDate(),
                Status.valueOf(rs.getString("status")) == Status.ACTIVE, vacated == null ? null : vacated.toLocalDate(),
                rs.getString("vacancy_reason"), rs.getObject("labour_contract_ends_on") == null ? null
                        : rs.getDate("labour_contract_ends_on").toLocalDate());
    }
}
