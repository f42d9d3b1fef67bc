package org.xieshang.contract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.offer.ContractType;
import org.xieshang.system.Spreadsheet;

/**
 * The officials' view of every contract in the district: each against its legal clocks, the coverage of those in
 * force (an industry contract counts every firm it binds), the renewal pipeline, and the same as CSV for Excel.
 */
@Service
class ContractRegister {

    private static final int PIPELINE_MONTHS = 6;

    private final Contracts contracts;
    private final DeadlineService deadlines;
    private final MessageSource messages;
    private final ContractClocks clocks;

    ContractRegister(Contracts contracts, DeadlineService deadlines, MessageSource messages, ContractClocks clocks) {
        this.clocks = clocks;
        this.contracts = contracts;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    /** One line: the contract as read today, its filing and review dues, and whether either ran past its clock. */
    record Row(Contract contract, ContractStatus phase, boolean filingLate, boolean reviewLate, Deadline filing, Deadline review) {
    }

    record Figures(Map<ContractStatus, Long> byPhase, int enterprisesInForce, int employeesInForce) {
    }

    Row row(Contract k) {
        LocalDate today = deadlines.today();
        boolean filingLate = k.filingDueOn() != null && (k.filedOn() == null ? today.isAfter(k.filingDueOn()) : k.filedOn().isAfter(k.filingDueOn()));
        boolean reviewLate = k.reviewDueOn() != null && k.status() == ContractStatus.UNDER_REVIEW && today.isAfter(k.reviewDueOn());
        return new Row(k, k.phase(today), filingLate, reviewLate, clocks.filingDeadline(k), clocks.reviewDeadline(k));
    }

    List<Row> pipeline(List<Contract> all) {
        LocalDate horizon = deadlines.today().plusMonths(PIPELINE_MONTHS);
        return all.stream().map(this::row)
                .filter(r -> r.phase() == ContractStatus.RENEWAL_WINDOW
                        || (r.phase() == ContractStatus.IN_FORCE && !r.contract().expiresOn().isAfter(horizon)))
                .sorted(Comparator.comparing(r -> r.contract().expiresOn())).toList();
    }

    Figures figures(List<Contract> all) {
        LocalDate today = deadlines.today();
        Map<ContractStatus, Long> byPhase = new EnumMap<>(ContractStatus.class);
        all.forEach(k -> byPhase.merge(k.phase(today), 1L, Long::sum));
        List<Contract> inForce = all.stream().filter(k -> k.phase(today) == ContractStatus.IN_FORCE
                || k.phase(today) == ContractStatus.RENEWAL_WINDOW).toList();
        Map<Long, Integer> covered = contracts.coverage(inForce.stream().map(Contract::id).toList()).stream()
                .collect(Collectors.toMap(Contracts.Coverage::enterpriseId, Contracts.Coverage::employees, Math::max));
        return new Figures(byPhase, covered.size(), covered.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Statuses a search can ask for, in the order of a contract's life. */
    static final List<ContractStatus> LISTED_STATUSES = List.of(ContractStatus.SIGNING, ContractStatus.SIGNED,
            ContractStatus.FILED, ContractStatus.RETURNED, ContractStatus.UNDER_REVIEW, ContractStatus.OBJECTED,
            ContractStatus.IN_FORCE, ContractStatus.RENEWAL_WINDOW, ContractStatus.EXPIRED, ContractStatus.SUPERSEDED,
            ContractStatus.TERMINATED);

    enum Sort {
        EXPIRES(Comparator.comparing((Row r) -> r.contract().expiresOn(), Comparator.nullsLast(Comparator.naturalOrder()))),
        SIGNED(Comparator.comparing((Row r) -> r.contract().signedOn(), Comparator.nullsLast(Comparator.reverseOrder()))),
        PARTY(Comparator.comparing((Row r) -> r.contract().partyName()));

        private final Comparator<Row> order;

        Sort(Comparator<Row> order) {
            this.order = order;
        }
    }

    /** What the register was asked for: words in the party's name or the case number, a type, a status, an order. */
    record Search(String q, ContractType type, ContractStatus status, Sort sort) {
        boolean keeps(Row r) {
            String words = q == null ? "" : q.trim();
            return (words.isEmpty() || r.contract().partyName().contains(words) || r.contract().caseNo().contains(words))
                    && (type == null || r.contract().type() == type) && (status == null || r.phase() == status);
        }
    }

    List<Row> rows(List<Contract> all, Search search) {
        return all.stream().map(this::row).filter(search::keeps)
                .sorted(search.sort().order.thenComparing(r -> r.contract().id())).toList();
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
