package org.xieshang.contract;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.monitoring.Figure;
import org.xieshang.monitoring.Tallies;
import org.xieshang.offer.ContractType;
import org.xieshang.system.Page;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Spreadsheet;

/**
 * The officials' view of every contract in their area: each against its legal clocks, the coverage of those in force
 * (an industry contract counts every firm it binds), the renewal pipeline, and the same as CSV or Excel. Read a page
 * at a time in SQL ({@link RegisterTable}).
 */
@Service
class ContractRegister {

    private static final int PIPELINE_MONTHS = 6;

    private final RegisterTable table;
    private final DeadlineService deadlines;
    private final MessageSource messages;
    private final ContractClocks clocks;
    private final Tallies tallies;

    ContractRegister(RegisterTable table, DeadlineService deadlines, MessageSource messages, ContractClocks clocks, Tallies tallies) {
        this.tallies = tallies;
        this.clocks = clocks;
        this.table = table;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    /** One line: the contract as read today, its filing and review dues, and whether either ran past its clock. */
    record Row(Contract contract, ContractStatus phase, boolean filingLate, boolean reviewLate, Deadline filing, Deadline review) {
    }

    record Figures(Map<ContractStatus, Long> byPhase, int enterprisesInForce, long employeesInForce) {
        long count() {
            return byPhase.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    Row row(Contract k) {
        LocalDate today = deadlines.today();
        boolean filingLate = k.filingDueOn() != null && (k.filedOn() == null ? today.isAfter(k.filingDueOn()) : k.filedOn().isAfter(k.filingDueOn()));
        boolean reviewLate = k.reviewDueOn() != null && k.status() == ContractStatus.UNDER_REVIEW && today.isAfter(k.reviewDueOn());
        return new Row(k, k.phase(today), filingLate, reviewLate, clocks.filingDeadline(k), clocks.reviewDeadline(k));
    }

    /** Contracts in force that expire within the pipeline's months, soonest first, as many as the list shows. */
    List<Row> pipeline(PortalUser user, int limit) {
        LocalDate today = deadlines.today();
        return table.expiringBy(user, today, today.plusMonths(PIPELINE_MONTHS), limit).stream().map(this::row).toList();
    }

    /**
     * The register's figures for everything the user may see: contracts by phase, and the firms and staff covered. An
     * official's come from the read model (her area's contracts by stored status), with the contracts in force split
     * by today's date in the database (only those whose renewal window has opened are read).
     */
    Figures figures(PortalUser user) {
        long[] covered = table.covered(user);
        LocalDate today = deadlines.today();
        if (!user.official()) {
            return new Figures(table.byPhase(user, today), (int) covered[0], covered[1]);
        }
        Map<ContractStatus, Long> byPhase = new EnumMap<>(ContractStatus.class);
        tallies.facets(user.areaId(), Figure.CONTRACTS).forEach((status, count) -> byPhase.put(ContractStatus.valueOf(status), count));
        table.pastRenewalOpening(user, today).forEach((phase, count) -> {
            byPhase.merge(ContractStatus.IN_FORCE, -count, Long::sum);
            byPhase.merge(phase, count, Long::sum);
        });
        byPhase.values().removeIf(count -> count == 0);
        return new Figures(byPhase, (int) covered[0], covered[1]);
    }

    /** A page of what the search finds, with how many it found (a search by status alone is counted in the figures). */
    Page<Row> page(PortalUser user, Search search, Figures figures, int requested, int size) {
        LocalDate today = deadlines.today();
        boolean byStatusAlone = (search.q() == null || search.q().isBlank()) && search.type() == null;
        int found = !byStatusAlone ? table.count(user, search, today)
                : (int) (search.status() == null ? figures.count() : figures.byPhase().getOrDefault(search.status(), 0L));
        return Page.read(found, requested, size,
                (offset, limit) -> table.page(user, search, today, offset, limit).stream().map(this::row).toList());
    }

    /** Statuses a search can ask for, in the order of a contract's life. */
    static final List<ContractStatus> LISTED_STATUSES = List.of(ContractStatus.SIGNING, ContractStatus.SIGNED,
            ContractStatus.FILED, ContractStatus.RETURNED, ContractStatus.UNDER_REVIEW, ContractStatus.OBJECTED,
            ContractStatus.IN_FORCE, ContractStatus.RENEWAL_WINDOW, ContractStatus.EXPIRED, ContractStatus.SUPERSEDED,
            ContractStatus.TERMINATED);

    enum Sort {
        EXPIRES("k.expires_on asc nulls last, k.id"),
        SIGNED("k.signed_on desc nulls last, k.id"),
        PARTY("coalesce(e.name, f.name), k.id");

        final String order;

        Sort(String order) {
            this.order = order;
        }
    }

    /** What the register was asked for: words in the party's name or the case number, a type, a status, an order. */
    record Search(String q, ContractType type, ContractStatus status, Sort sort) {
    }

    /** Every contract the search finds, in order (for an export). */
    List<Row> rows(PortalUser user, Search search) {
        return table.all(user, search, deadlines.today()).stream().map(this::row).toList();
    }

    /** The rows as a table for CSV or Excel: dates as text (year-month-day), counts as numbers. */
    Spreadsheet table(List<Row> rows, Locale locale) {
        Spreadsheet table = new Spreadsheet().sheet(text("contract.register", locale), Stream.concat(Stream.of("contract.party",
                "contract.type", "contract.level", "contract.term", "contract.status", "contract.employees", "contract.signedOn",
                "contract.filingDue", "contract.filedOn", "contract.receivedOn", "contract.reviewDue", "contract.effectiveOn",
                "contract.expiresOn").map(k -> text(k, locale)), Stream.of(locale.getLanguage().equals("en") ? "Case" : "案件编号")).toList());
        for (Row r : rows) {
            Contract k = r.contract();
            table.row(java.util.Arrays.asList(k.partyName(), k.type().label().in(locale), text("contract.level." + k.level(), locale),
                    k.termination() ? "" : k.termYears(), text("contract.status." + r.phase(), locale), k.employeesCovered(),
                    day(k.signedOn()), day(k.filingDueOn()), day(k.filedOn()), day(k.receivedOn()), day(k.reviewDueOn()),
                    day(k.effectiveOn()), day(k.expiresOn()), k.caseNo()));
        }
        return table;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }

}
