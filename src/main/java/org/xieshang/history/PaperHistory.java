package org.xieshang.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.congress.RecordedSessions;
import org.xieshang.contract.RecordedContracts;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.ImportProblem;
import org.xieshang.offer.ContractType;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.Page;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.SheetInput;

/**
 * The history a district brings from paper: collective contracts in force and past workers' congress sessions, one
 * by one with the scan of the signed text or resolution, or from a spreadsheet checked whole before anything is kept.
 * A union records its own enterprise's, a district official any enterprise's of the district; each record keeps who
 * made it, and counts in coverage, the register, the renewal window and the congress system rate from then on.
 */
@Service
class PaperHistory {

    static final int MAX_ROWS = 5_000;
    static final int MAX_TERM = 10;
    /** Sessions further back than this no longer count anywhere (the rate looks at 12 months); older minutes are refused. */
    static final int SESSION_YEARS_BACK = 5;
    static final int MAX_DELEGATES = 100_000;
    private static final String EFFECTIVE = "EFFECTIVE";
    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.ofPattern("yyyy-M-d"));

    /** A contract as its paper says (dates and numbers as typed, checked here). */
    record ContractPaper(Long enterpriseId, Long federationId, ContractType type, Integer termYears, LocalDate signedOn, LocalDate effectiveOn,
                         LocalDate filedOn, LocalDate receivedOn, BigDecimal wageIncrease) {
    }

    /** A session as its minutes say. */
    record SessionPaper(Long enterpriseId, DemocraticBody kind, LocalDate heldOn, Integer delegates, Integer present, String place) {
    }

    enum Kind { CONTRACTS, SESSIONS }

    private final HistoryTable table;
    private final RecordedContracts contracts;
    private final RecordedSessions sessions;
    private final DocumentService documents;
    private final DeadlineService deadlines;

    PaperHistory(HistoryTable table, RecordedContracts contracts, RecordedSessions sessions, DocumentService documents,
                 DeadlineService deadlines) {
        this.table = table;
        this.contracts = contracts;
        this.sessions = sessions;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    /** The enterprises and federations the user records for: her union's own, or every one of her district. */
    List<HistoryTable.Firm> firms(PortalUser user) {
        if (user.partyKind() == PartyKind.UNION && user.federationId() != null) {
            return table.firms(null, null, user.federationId());
        }
        return user.partyKind() == PartyKind.UNION ? table.firms(null, enterprise(user), null) : table.firms(district(user), null, null);
    }

    Page<HistoryTable.Recorded> recorded(PortalUser user, String search, int page) {
        boolean union = user.partyKind() == PartyKind.UNION;
        boolean federation = union && user.federationId() != null;
        String scope = federation ? "r.federation_id = ?" : union ? "r.enterprise_id = ?" : "r.district_id = ?";
        List<Object> params = List.of(federation ? user.federationId() : union ? enterprise(user) : district(user));
        return Page.read(table.count(scope, params, search), page, 20, (offset, limit) -> table.page(scope, params, search, offset, limit));
    }

    @Transactional
    long recordContract(PortalUser user, ContractPaper p, byte[] scan) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        check(user, p, rules, new HashSet<>());
        rules.throwIfAny();
        return contracts.record(paper(user, p, store(user, p.enterpriseId(), p.federationId(), DocumentType.PAPER_CONTRACT, scan)));
    }

    @Transactional
    long recordSession(PortalUser user, SessionPaper p, byte[] scan) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        check(user, p, rules, new HashSet<>());
        rules.throwIfAny();
        return sessions.record(minutes(user, p, store(user, p.enterpriseId(), null, DocumentType.PAPER_RESOLUTION, scan)));
    }

    /** Every bad row with its line (nothing kept), or none and every row recorded in one transaction. */
    @Transactional
    List<ImportProblem> importFile(PortalUser user, Kind kind, String fileName, byte[] content) {
        List<List<String>> rows;
        try {
            rows = SheetInput.rows(fileName, content, MAX_ROWS);
        } catch (Exception unreadable) {
            return List.of(new ImportProblem(0, "import.file.unreadable"));
        }
        if (rows.size() < 2) {
            return List.of(new ImportProblem(0, "import.file.empty"));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return List.of(new ImportProblem(0, "import.file.tooMany", MAX_ROWS));
        }
        List<String> headers = kind == Kind.CONTRACTS ? HistoryColumns.CONTRACT : HistoryColumns.SESSION;
        Map<String, Integer> at = HistoryColumns.positions(rows.get(0));
        List<ImportProblem> problems = new ArrayList<>();
        headers.stream().filter(h -> HistoryColumns.required(h) && !at.containsKey(h))
                .forEach(h -> problems.add(new ImportProblem(1, "import.column.missing", h)));
        if (!problems.isEmpty()) {
            return problems;
        }
        List<Runnable> records = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            int line = r + 1;
            HistoryColumns.Row row = new HistoryColumns.Row(rows.get(r), at);
            BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
            Optional<String> federationName = kind == Kind.CONTRACTS ? row.text(HistoryColumns.FEDERATION) : Optional.empty();
            Long federation = federationName.flatMap(n -> firms(user).stream().filter(f -> f.federation() && f.name().equals(n))
                    .map(HistoryTable.Firm::id).findFirst()).orElse(null);
            federationName.ifPresent(n -> rules.check(federation != null, "federation", "history.federation.unknown", n));
            Long firm = federationName.isPresent() ? null
                    : row.text(HistoryColumns.USCC).flatMap(u -> table.enterpriseByUscc(u.toUpperCase())).orElse(null);
            rules.check(federationName.isPresent() || firm != null, "uscc", "history.uscc.unknown", row.text(HistoryColumns.USCC).orElse(""));
            if (kind == Kind.CONTRACTS) {
                ContractPaper p = new ContractPaper(firm, federation, row.choice(HistoryColumns.TYPE, ContractType.values(), t -> t.label().zh(), rules),
                        row.number(HistoryColumns.TERM, rules), row.day(HistoryColumns.SIGNED, rules),
                        row.day(HistoryColumns.EFFECTIVE_ON, rules), row.day(HistoryColumns.FILED, rules),
                        row.day(HistoryColumns.RECEIVED, rules), row.decimal(HistoryColumns.WAGE_INCREASE, rules));
                if (firm != null || federation != null) {
                    check(user, p, rules, seen);
                }
                records.add(() -> contracts.record(paper(user, p, null)));
            } else {
                SessionPaper p = new SessionPaper(firm, row.choice(HistoryColumns.FORM, new DemocraticBody[] {
                        DemocraticBody.WORKERS_CONGRESS, DemocraticBody.ALL_STAFF_MEETING}, HistoryColumns::bodyLabel, rules),
                        row.day(HistoryColumns.HELD, rules), row.number(HistoryColumns.DELEGATES, rules),
                        row.number(HistoryColumns.PRESENT, rules), row.text(HistoryColumns.PLACE).orElse(null));
                if (firm != null) {
                    check(user, p, rules, seen);
                }
                records.add(() -> sessions.record(minutes(user, p, null)));
            }
            rules.violations().forEach(v -> problems.add(new ImportProblem(line, v.messageKey(), v.arguments())));
        }
        if (problems.isEmpty()) {
            records.forEach(Runnable::run);
        }
        return problems;
    }

    private void check(PortalUser user, ContractPaper p, BusinessRuleException.Collector rules, Set<String> seen) {
        LocalDate today = deadlines.today();
        boolean federation = p.federationId() != null;
        Long party = federation ? p.federationId() : p.enterpriseId();
        rules.check((p.enterpriseId() == null) != (p.federationId() == null) && inScope(user, party, federation), "party",
                "history.enterprise.required");
        rules.check(p.type() != null, "type", "history.type.required");
        rules.check(p.termYears() != null && p.termYears() >= 1 && p.termYears() <= MAX_TERM, "termYears", "history.term.range", MAX_TERM);
        rules.check(p.signedOn() != null && !p.signedOn().isAfter(today), "signedOn", "history.signed.range");
        rules.check(p.effectiveOn() != null && p.signedOn() != null && !p.effectiveOn().isBefore(p.signedOn())
                && !p.effectiveOn().isAfter(today), "effectiveOn", "history.effective.range");
        if (p.effectiveOn() != null && p.termYears() != null) {
            rules.check(!p.effectiveOn().plusYears(p.termYears()).minusDays(1).isBefore(today), "termYears", "history.expired");
        }
        rules.check(p.filedOn() == null || (p.signedOn() != null && !p.filedOn().isBefore(p.signedOn()) && !p.filedOn().isAfter(today)),
                "filedOn", "history.filed.range");
        rules.check(p.receivedOn() == null || (!p.receivedOn().isAfter(today)
                && (p.filedOn() == null || !p.receivedOn().isBefore(p.filedOn()))), "receivedOn", "history.received.range");
        rules.money(p.wageIncrease(), BigDecimal.valueOf(100), "wageIncrease", "history.wageIncrease");
        if (party != null && p.type() != null) {
            rules.check(!table.inForce(party, federation, p.type().name(), today, EFFECTIVE), "type", "history.contract.inForce",
                    p.type().label().zh());
            rules.check(seen.add((federation ? "F" : "E") + party + p.type()), "type", "history.contract.twice", p.type().label().zh());
        }
    }

    private void check(PortalUser user, SessionPaper p, BusinessRuleException.Collector rules, Set<String> seen) {
        LocalDate today = deadlines.today();
        rules.check(p.enterpriseId() != null && inScope(user, p.enterpriseId(), false), "sessionEnterpriseId",
                "history.enterprise.required");
        rules.check(p.kind() == DemocraticBody.WORKERS_CONGRESS || p.kind() == DemocraticBody.ALL_STAFF_MEETING, "kind",
                "history.form.required");
        rules.check(p.heldOn() != null && !p.heldOn().isAfter(today) && !p.heldOn().isBefore(today.minusYears(SESSION_YEARS_BACK)),
                "heldOn", "history.held.range", SESSION_YEARS_BACK);
        rules.check(p.delegates() != null && p.delegates() >= 1 && p.delegates() <= MAX_DELEGATES, "delegates",
                "history.delegates.range", MAX_DELEGATES);
        rules.check(p.present() != null && p.present() >= 0 && (p.delegates() == null || p.present() <= p.delegates()), "present",
                "history.present.range");
        rules.fits(p.place(), 200, "place", "history.place");
        if (p.enterpriseId() != null && p.heldOn() != null) {
            rules.check(!table.sessionOn(p.enterpriseId(), p.heldOn()) && seen.add("S" + p.enterpriseId() + p.heldOn()), "heldOn",
                    "history.session.twice", p.heldOn().toString());
        }
    }

    private RecordedContracts.Paper paper(PortalUser user, ContractPaper p, Long scan) {
        return new RecordedContracts.Paper(p.enterpriseId(), p.federationId(), p.type(), p.termYears(), p.signedOn(), p.effectiveOn(), p.wageIncrease(),
                user.userId(), p.filedOn(), p.receivedOn(), scan);
    }

    private RecordedSessions.Minutes minutes(PortalUser user, SessionPaper p, Long scan) {
        return new RecordedSessions.Minutes(p.enterpriseId(), p.kind(), p.heldOn(), p.delegates(), p.present(),
                p.place() == null || p.place().isBlank() ? "—" : p.place().trim(), user.userId(), scan);
    }

    /** The scan kept with the record, readable by both sides of its party and the district's officials. */
    private Long store(PortalUser user, Long enterpriseId, Long federationId, DocumentType type, byte[] scan) {
        if (scan == null || scan.length == 0) {
            return null;
        }
        boolean federation = federationId != null;
        long district = table.firms(null, federation ? null : enterpriseId, federationId).get(0).districtId();
        return documents.storeUpload(new DocumentService.Request(type, null, enterpriseId, federationId, type.title().zh(),
                Set.of(federation ? PartyDirectory.federationUnionOf(federationId) : PartyDirectory.unionOf(enterpriseId),
                        federation ? PartyDirectory.federationEmployerOf(federationId) : PartyDirectory.employerOf(enterpriseId),
                        PartyDirectory.labourBureauOf(district), PartyDirectory.upperUnionOf(district)), user.userId()), scan).id();
    }

    private boolean inScope(PortalUser user, Long id, boolean federation) {
        return id != null && firms(user).stream().anyMatch(f -> f.id() == id && f.federation() == federation);
    }

    private static long enterprise(PortalUser user) {
        if (user.enterpriseId() == null) {
            throw new NotFoundException("history");
        }
        return user.enterpriseId();
    }

    private static long district(PortalUser user) {
        if (!user.districtOfficial()) {
            throw new NotFoundException("history");
        }
        return user.districtId();
    }

    static Optional<LocalDate> parseDay(String text) {
        for (DateTimeFormatter f : DAYS) {
            try {
                return Optional.of(LocalDate.parse(text.trim(), f));
            } catch (DateTimeParseException tryNext) {
                // the next pattern
            }
        }
        return Optional.empty();
    }
}
