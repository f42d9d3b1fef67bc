package org.xieshang.contract;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.offer.ContractType;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.AccessPolicy;
import org.xieshang.monitoring.Tallies;
import org.xieshang.system.PortalUser;

/**
 * The contract table: each signed text with its clauses, the enterprises it binds and its legal dates, and who may
 * read it (roles.md): both sides, the district's officials, an assigned instructor, and once it is effective every
 * covered enterprise's staff. The timer expressions of collective-contract.bpmn read its dates (bean "contracts").
 */
@Service("contracts")
public class Contracts {

    /** How a contract took effect when the bureau raised no objection within the review period (CCR Art. 47). */
    static final String SILENCE = "SILENCE";

    static final String SELECT = """
            select k.*, b.case_no, coalesce(e.name, f.name) as party_name from collective_contract k
            join bargaining_case b on b.id = k.case_id
            left join enterprise e on e.id = k.enterprise_id
            left join federation f on f.id = k.federation_id""";

    private final JdbcClient jdbc;
    private final DeadlineService deadlines;
    private final ContractScope scopes;
    private final Tallies tallies;

    Contracts(JdbcClient jdbc, DeadlineService deadlines, ContractScope scopes, Tallies tallies) {
        this.tallies = tallies;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /** voidedByMinimumWage: the minimum wage applying instead of a clause the law voids (LCL Art. 55). */
    public record Clause(int position, String title, String text, boolean wages, Long agendaItemId,
                         java.math.BigDecimal voidedByMinimumWage) {
    }

    public record Coverage(long enterpriseId, String name, int employees) {
    }

    record NewContract(BargainingCase bargainingCase, ContractType type, Contract.Level level, Contract.Purpose purpose,
                       Long previousContractId, String title, Integer termYears, LocalDate termStartsOn, Contract.Congress congress,
                       List<Clause> clauses, List<Coverage> coverage, java.math.BigDecimal wageIncrease) {
    }

    long create(NewContract n) {
        BargainingCase c = n.bargainingCase();
        Contract.Congress v = n.congress();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into collective_contract (case_id, district_id, enterprise_id, federation_id, contract_type, level,
                            purpose, previous_contract_id, title, term_years, term_starts_on, status, resolution_document_id,
                            congress_held_on, congress_delegates, congress_present, congress_for, congress_against,
                            congress_abstain, employees_covered, wage_increase, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.districtId(), c.enterpriseId(), c.federationId(), n.type().name(), n.level().name(),
                        n.purpose().name(), n.previousContractId(), n.title(), n.termYears(), date(n.termStartsOn()),
                        ContractStatus.SIGNING.name(),
                        v.resolutionDocumentId(), date(v.heldOn()), v.delegates(), v.present(), v.votesFor(), v.against(),
                        v.abstain(), n.coverage().stream().mapToInt(Coverage::employees).sum(), n.wageIncrease(),
                        Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        n.clauses().forEach(cl -> jdbc.sql("""
                        insert into contract_clause (contract_id, position, title, text, wages, agenda_item_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, cl.position(), cl.title(), cl.text(), cl.wages(), cl.agendaItemId()).update());
        n.coverage().forEach(cv -> jdbc.sql("insert into contract_coverage (contract_id, enterprise_id, employees) values (?, ?, ?)")
                .params(id, cv.enterpriseId(), cv.employees()).update());
        tallies.contractMoved(id, null, ContractStatus.SIGNING.name());
        return id;
    }

    public Optional<Contract> find(long id) {
        return jdbc.sql(SELECT + " where k.id = ?").param(id).query(ContractRows::row).optional();
    }

    public Contract contract(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("contract " + id));
    }

    /** The contract if the user's party may read it; otherwise as if it did not exist. */
    public Contract get(long id, PortalUser user) {
        AccessPolicy.Scope scope = scopes.of(user);
        List<Object> params = new ArrayList<>(scope.params());
        params.add(id);
        return jdbc.sql(SELECT + " where " + scope.condition() + " and k.id = ?").params(params).query(ContractRows::row)
                .optional().orElseThrow(() -> new NotFoundException("contract " + id));
    }

    /** Every contract the user may read, newest first. */
    public List<Contract> visibleTo(PortalUser user) {
        AccessPolicy.Scope scope = scopes.of(user);
        return jdbc.sql(SELECT + " where " + scope.condition() + " order by k.created_at desc, k.id desc")
                .params(scope.params()).query(ContractRows::row).list();
    }

    /** Contracts with a legal clock still running: filing, review, publication or the renewal window ahead. */
    List<Contract> withOpenClocks() {
        return jdbc.sql(SELECT + " where k.status in (?, ?, ?, ?, ?) order by k.id")
                .params(ContractStatus.SIGNED.name(), ContractStatus.FILED.name(), ContractStatus.RETURNED.name(),
                        ContractStatus.UNDER_REVIEW.name(), ContractStatus.EFFECTIVE.name())
                .query(ContractRows::row).list();
    }

    /** A clock's stored due date after the calendar changed. */
    void moveDue(long id, DueColumn column, LocalDate due) {
        jdbc.sql(column.update).params(Date.valueOf(due), id).update();
    }

    enum DueColumn {
        FILING_DUE_ON("update collective_contract set filing_due_on = ? where id = ?"),
        REVIEW_DUE_ON("update collective_contract set review_due_on = ? where id = ?"),
        PUBLICATION_DUE_ON("update collective_contract set publication_due_on = ? where id = ?"),
        RENEWAL_OPENS_ON("update collective_contract set renewal_opens_on = ? where id = ?");

        private final String update;

        DueColumn(String update) {
            this.update = update;
        }
    }

    /** The texts of a case, oldest first: an objected text, then the one signed after renegotiation. */
    public List<Contract> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where k.case_id = ? order by k.id").param(caseId).query(ContractRows::row).list();
    }

    public Optional<Contract> latestOfCase(long caseId) {
        List<Contract> all = ofCase(caseId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public List<Clause> clauses(long contractId) {
        return jdbc.sql("select * from contract_clause where contract_id = ? order by position").param(contractId)
                .query((rs, i) -> new Clause(rs.getInt("position"), rs.getString("title"), rs.getString("text"),
                        rs.getBoolean("wages"), rs.getObject("agenda_item_id", Long.class), rs.getBigDecimal("voided_by_minimum_wage")))
                .list();
    }

    void voidClause(long contractId, int position, java.math.BigDecimal minimumWage) {
        jdbc.sql("update contract_clause set voided_by_minimum_wage = ? where contract_id = ? and position = ?")
                .params(minimumWage, contractId, position).update();
    }

    public List<Coverage> coverage(long contractId) {
        return jdbc.sql("""
                        select c.enterprise_id, e.name, c.employees from contract_coverage c join enterprise e on e.id = c.enterprise_id
                        where c.contract_id = ? order by e.name""").param(contractId).query(Contracts::coverageRow).list();
    }

    /** The enterprises several contracts bind, a thousand contracts a query (an enterprise appears once per contract). */
    public List<Coverage> coverage(java.util.Collection<Long> contractIds) {
        List<Long> ids = List.copyOf(contractIds);
        List<Coverage> covered = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            covered.addAll(jdbc.sql("select c.enterprise_id, e.name, c.employees from contract_coverage c join enterprise e"
                    + " on e.id = c.enterprise_id where c.contract_id in (:ids)").param("ids", ids.subList(from, Math.min(ids.size(),
                    from + 1000))).query(Contracts::coverageRow).list());
        }
        return covered;
    }

    private static Coverage coverageRow(ResultSet rs, int row) throws SQLException {
        return new Coverage(rs.getLong("enterprise_id"), rs.getString("name"), rs.getInt("employees"));
    }

    /** Contracts binding an enterprise that are in force today (its own, or its federation's). */
    public List<Contract> inForceFor(long enterpriseId) {
        LocalDate today = deadlines.today();
        return jdbc.sql(SELECT + " where k.status = ? and k.id in (select contract_id from contract_coverage where enterprise_id = ?)")
                .params(ContractStatus.EFFECTIVE.name(), enterpriseId).query(ContractRows::row).list().stream()
                .filter(k -> k.phase(today) == ContractStatus.IN_FORCE || k.phase(today) == ContractStatus.RENEWAL_WINDOW)
                .toList();
    }

    /** The timers of collective-contract.bpmn: the first day of the renewal window, and the day after expiry. */
    public java.util.Date renewalOpensAt(Long contractId) {
        return deadlines.startOf(contract(contractId).renewalOpensOn());
    }

    public java.util.Date expiresAt(Long contractId) {
        return deadlines.startOf(contract(contractId).expiresOn().plusDays(1));
    }

    void setStatus(long id, ContractStatus status) {
        if (!status.stored()) {
            throw new IllegalArgumentException(status + " is read from the dates");
        }
        String from = storedStatus(id);
        jdbc.sql("update collective_contract set status = ? where id = ?").params(status.name(), id).update();
        tallies.contractMoved(id, from, status.name());
    }

    private String storedStatus(long id) {
        return jdbc.sql("select status from collective_contract where id = ?").param(id).query(String.class).single();
    }

    // ---- the lifecycle's transitions, one statement each ---------------------------------------------------------

    /** The generated text, before anyone has signed it. */
    void textGenerated(long id, long documentId) {
        jdbc.sql("update collective_contract set unsigned_document_id = ?, document_id = ? where id = ?")
                .params(documentId, documentId, id).update();
    }

    /** A chief's signature: the signed file is the new current version. */
    void signedBy(long id, boolean workerSide, long documentId, String userId, String name, Instant at) {
        jdbc.sql(workerSide
                        ? "update collective_contract set document_id = ?, worker_signer_user = ?, worker_signer_name = ?, worker_signed_at = ? where id = ?"
                        : "update collective_contract set document_id = ?, employer_signer_user = ?, employer_signer_name = ?, employer_signed_at = ? where id = ?")
                .params(documentId, userId, name, Timestamp.from(at), id).update();
    }

    /** Both chiefs have signed: the filing clock runs from today. */
    void signedByBoth(long id, LocalDate on, String filingClock, LocalDate filingDueOn) {
        String from = storedStatus(id);
        jdbc.sql("update collective_contract set status = ?, signed_on = ?, filing_clock = ?, filing_due_on = ? where id = ?")
                .params(ContractStatus.SIGNED.name(), Date.valueOf(on), filingClock, Date.valueOf(filingDueOn), id).update();
        tallies.contractMoved(id, from, ContractStatus.SIGNED.name());
    }

    void filingMissed(long id, LocalDate on) {
        jdbc.sql("update collective_contract set filing_missed_on = ? where id = ?").params(Date.valueOf(on), id).update();
    }

    void filed(long id, LocalDate on) {
        String from = storedStatus(id);
        jdbc.sql("update collective_contract set filed_on = ?, status = ? where id = ?")
                .params(Date.valueOf(on), ContractStatus.FILED.name(), id).update();
        tallies.contractMoved(id, from, ContractStatus.FILED.name());
        Contract k = contract(id);
        if (k.signedOn() != null && k.filingClock() != null) {
            tallies.clockKept(k.caseId(), k.filingClock(), k.signedOn(), on);
        }
    }

    /** A complete filing reached the bureau: the review runs until {@code reviewDueOn}; null stops it (a return). */
    void received(long id, LocalDate receivedOn, LocalDate reviewDueOn) {
        jdbc.sql("update collective_contract set received_on = ?, review_due_on = ? where id = ?")
                .params(receivedOn == null ? null : Date.valueOf(receivedOn), reviewDueOn == null ? null : Date.valueOf(reviewDueOn), id)
                .update();
    }

    /** The day the filing the bureau is looking at was received, for contract-review's clocks. */
    public java.util.Date receivedAt(Long contractId) {
        return deadlines.startOf(contract(contractId).receivedOn());
    }

    /** The bureau decided (an objection or no objection) on the filing it received: the review clock was kept. */
    void decided(long id, LocalDate on) {
        jdbc.sql("update collective_contract set decided_on = ? where id = ?").params(Date.valueOf(on), id).update();
        Contract k = contract(id);
        if (k.receivedOn() != null) {
            tallies.clockKept(k.caseId(), ContractClocks.REVIEW, k.receivedOn(), on);
        }
    }

    /** In effect from {@code on}; a termination agreement has no expiry and no renewal window. */
    /** A contract recorded from its paper: who recorded it, the filing and receipt days it names, its scan. */
    void recordedFromPaper(long id, String recordedBy, LocalDate filedOn, LocalDate receivedOn, Long scanDocumentId) {
        jdbc.sql("update collective_contract set recorded_by = ?, filed_on = ?, received_on = ?, scan_document_id = ? where id = ?")
                .params(recordedBy, date(filedOn), date(receivedOn), scanDocumentId, id).update();
    }

    void takesEffect(long id, LocalDate on, String by, LocalDate expiresOn, LocalDate renewalOpensOn, LocalDate publicationDueOn) {
        String from = storedStatus(id);
        jdbc.sql("""
                        update collective_contract set effective_on = ?, effective_by = ?, expires_on = ?, renewal_opens_on = ?,
                            publication_due_on = ?, status = ? where id = ?""")
                .params(Date.valueOf(on), by, date(expiresOn), date(renewalOpensOn), date(publicationDueOn),
                        ContractStatus.EFFECTIVE.name(), id).update();
        tallies.contractMoved(id, from, ContractStatus.EFFECTIVE.name());
        tallies.contractInForce(id, true);
        Contract k = contract(id);
        if (SILENCE.equals(by) && k.receivedOn() != null) {
            // Silence: the review ran its full period, to the day before the contract took effect.
            tallies.clockKept(k.caseId(), ContractClocks.REVIEW, k.receivedOn(), on.minusDays(1));
        }
    }

    void publicationIssued(long id, long documentId) {
        jdbc.sql("update collective_contract set publication_document_id = ? where id = ?").params(documentId, id).update();
    }

    void published(long id, boolean unionSide, LocalDate on) {
        jdbc.sql(unionSide ? "update collective_contract set union_published_on = ? where id = ?"
                        : "update collective_contract set employer_published_on = ? where id = ?")
                .params(Date.valueOf(on), id).update();
        Contract k = contract(id);
        tallies.clockKept(k.caseId(), ContractClocks.publication(k), k.effectiveOn(), on);
    }

    void renewalWindowOpened(long id, LocalDate on) {
        jdbc.sql("update collective_contract set renewal_window_opened_on = ? where id = ?").params(Date.valueOf(on), id).update();
    }

    /** No longer the text in force: objected, superseded, terminated or expired, from {@code on}. */
    void ended(long id, ContractStatus status, LocalDate on) {
        String from = storedStatus(id);
        if (from.equals(ContractStatus.EFFECTIVE.name())) {
            tallies.contractInForce(id, false);
        }
        jdbc.sql("update collective_contract set status = ?, ended_on = ?, end_reason = ? where id = ?")
                .params(status.name(), Date.valueOf(on), status.name(), id).update();
        tallies.contractMoved(id, from, status.name());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
