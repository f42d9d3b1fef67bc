package org.xieshang.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.ClockMissed;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.ParallelReads;

/**
 * The officials' read model, kept by the steps: each step that changes a figure writes its change here in its own
 * transaction (a rolled-back step changes no figure), as delta rows that no other step waits for; {@link TallyFold}
 * folds them into the counts. Figures are read per area with {@link TallyTable#read}, never by scanning cases.
 */
@Service
public class Tallies {

    /** The facets of {@link Figure#ANSWERS}. */
    static final String ON_TIME = "ON_TIME";
    static final String LATE = "LATE";

    private final TallyTable table;
    private final DeadlineService deadlines;
    private final ParallelReads reads;
    private final ApplicationEventPublisher events;

    Tallies(TallyTable table, DeadlineService deadlines, ParallelReads reads, ApplicationEventPublisher events) {
        this.events = events;
        this.table = table;
        this.deadlines = deadlines;
        this.reads = reads;
    }

    /** A new enterprise in the registry: one more firm, its staff, both again if it has a union, and its democratic body. */
    @Transactional
    public void enterpriseRegistered(long enterpriseId, boolean unionFounded, boolean democraticBody) {
        enterpriseCounted(enterpriseId, unionFounded, democraticBody, 1);
    }

    /**
     * An enterprise's registry figures taken out (sign -1, before its entry changes) or counted again (+1, after), in
     * its district, industry and park and with its headcount as they stand when this is called.
     */
    @Transactional
    public void enterpriseCounted(long enterpriseId, boolean unionFounded, boolean democraticBody, int sign) {
        TallyTable.Unit u = table.enterprise(enterpriseId);
        List<Tally> deltas = new ArrayList<>(List.of(tally(u, 0, Figure.ENTERPRISES, "", sign),
                tally(u, 0, Figure.EMPLOYEES, "", sign * (long) u.headcount())));
        if (unionFounded) {
            deltas.add(tally(u, 0, Figure.ENTERPRISES_WITH_UNION, "", sign));
            deltas.add(tally(u, 0, Figure.EMPLOYEES_WITH_UNION, "", sign * (long) u.headcount()));
        }
        if (democraticBody) {
            deltas.add(tally(u, 0, Figure.DEMOCRATIC_BODIES, "", sign));
        }
        table.insertDeltas(deltas);
    }

    /** A case moved from one stage to another (from null: it was opened). */
    @Transactional
    public void caseMoved(long caseId, String fromStage, String toStage) {
        if (toStage.equals(fromStage)) {
            return;
        }
        TallyTable.CaseUnit c = table.caseUnit(caseId);
        TallyTable.Unit u = c.unit();
        List<Tally> deltas = new ArrayList<>();
        if (fromStage != null) {
            deltas.add(tally(u, ReportPeriod.wholeYear(c.year()), Figure.CASES, fromStage, -1));
        }
        deltas.add(tally(u, ReportPeriod.wholeYear(c.year()), Figure.CASES, toStage, 1));
        table.insertDeltas(deltas);
    }

    /** An offer served (received that day): the firm it reaches, or every member firm of the federation, with their staff. */
    @Transactional
    public void offerServed(long caseId, LocalDate receivedOn) {
        TallyTable.CaseUnit c = table.caseUnit(caseId);
        int month = ReportPeriod.month(receivedOn);
        List<TallyTable.Unit> reached = c.federationId() == null ? List.of(c.unit())
                : table.members(c.federationId()).stream().map(table::enterprise).toList();
        List<Tally> deltas = new ArrayList<>();
        deltas.add(tally(c.unit(), month, Figure.OFFERS_SERVED, "", 1));
        for (TallyTable.Unit u : reached) {
            deltas.add(tally(u, month, Figure.OFFERED_ENTERPRISES, "", 1));
            deltas.add(tally(u, month, Figure.OFFERED_EMPLOYEES, "", u.headcount()));
        }
        table.insertDeltas(deltas);
    }

    /** The first written answer to an offer, on time or late, counted in the year it was given. */
    @Transactional
    public void offerAnswered(long caseId, boolean onTime, LocalDate on) {
        TallyTable.CaseUnit c = table.caseUnit(caseId);
        table.insertDeltas(List.of(tally(c.unit(), ReportPeriod.month(on), Figure.ANSWERS, onTime ? ON_TIME : LATE, 1)));
    }

    /**
     * The clocks whose days the rebuild recounts from the tables (offer.OfferService.RESPONSE_CLOCK,
     * contract.ContractClocks.REVIEW) and how a contract took effect without a decision (contract.Contracts.SILENCE):
     * named here because those capabilities report to this one.
     */
    static final String RESPONSE_CLOCK = "offer-response";
    static final String REVIEW_CLOCK = "contract-review";
    static final String SILENCE = "SILENCE";

    /** Days are counted up to this many; longer counts as this. */
    static final int DAYS_CAP = 60;

    /** A step kept the case's statutory clock started {@code from}: the days it took, in the year it was taken. */
    @Transactional
    public void clockKept(long caseId, String clockId, LocalDate from, LocalDate on) {
        TallyTable.CaseUnit c = table.caseUnit(caseId);
        table.insertDeltas(List.of(tally(c.unit(), ReportPeriod.month(on), Figure.CLOCK_DAYS, clockFacet(clockId, from, on), 1)));
    }

    static String clockFacet(String clockId, LocalDate from, LocalDate on) {
        return clockId + ":" + Math.min(DAYS_CAP, Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, on)));
    }

    /**
     * A statutory clock ran out today without its act: logged once (whoever the notices went to) and counted for the
     * case's party, or for the congress's when a congress notice was late ({@code caseId} null).
     */
    @Transactional
    public void clockMissed(Long caseId, Long congressId, String clockId, LocalDate dueOn) {
        LocalDate today = deadlines.today();
        table.logMiss(caseId, congressId, clockId, dueOn, today);
        TallyTable.Unit u = caseId != null ? table.caseUnit(caseId).unit() : table.congressUnit(congressId);
        table.insertDeltas(List.of(tally(u, ReportPeriod.month(today), Figure.CLOCKS_MISSED, clockId, 1)));
        events.publishEvent(new ClockMissed(caseId, congressId, clockId, dueOn));
    }

    /** A session of this congress closed with its quorum on that day: it counts for every enterprise the congress covers. */
    @Transactional
    public void congressHeld(long congressId, LocalDate on) {
        table.congressHeld(congressId, on);
    }

    /** A contract took effect (true) or stopped being in force (false); a termination agreement is no contract in force. */
    @Transactional
    public void contractInForce(long contractId, boolean inForce) {
        TallyTable.ContractUnit k = table.contractUnit(contractId);
        if (k.termination()) {
            return;
        }
        table.insertDeltas(List.of(tally(k.unit(), 0, Figure.CONTRACTS_IN_FORCE, k.type(), inForce ? 1 : -1),
                tally(k.unit(), 0, Figure.CONTRACTS_BY_LEVEL, k.level(), inForce ? 1 : -1)));
        table.coverageChanged(contractId, inForce ? 1 : -1);
        if (inForce) {
            // Counted in the month it took effect, and kept there when the contract later ends.
            table.insertDeltas(table.wageAgreements(contractId));
        }
    }

    /**
     * A contract moved from one stored status to another (from null: it was drawn up); counted under the status, an
     * effective contract that is no termination agreement under {@link #IN_FORCE} (the register splits those by date).
     */
    @Transactional
    public void contractMoved(long contractId, String fromStatus, String toStatus) {
        TallyTable.ContractUnit k = table.contractUnit(contractId);
        List<Tally> deltas = new ArrayList<>();
        if (fromStatus != null) {
            deltas.add(tally(k.unit(), 0, Figure.CONTRACTS, facet(k, fromStatus), -1));
        }
        deltas.add(tally(k.unit(), 0, Figure.CONTRACTS, facet(k, toStatus), 1));
        table.insertDeltas(deltas);
    }

    /**
     * The levels of a contract (contract.Contract.Level, in that order), the facets of {@link Figure#CONTRACTS_BY_LEVEL}:
     * named here because the contract capability reports to this one.
     */
    public static final List<String> LEVELS = List.of("ENTERPRISE", "INDUSTRY", "REGIONAL");

    /** The facet of {@link Figure#CONTRACTS} for an effective contract in force (contract.ContractStatus.IN_FORCE). */
    public static final String IN_FORCE = "IN_FORCE";

    private static String facet(TallyTable.ContractUnit k, String status) {
        return !k.termination() && TallyTable.EFFECTIVE.equals(status) ? IN_FORCE : status;
    }

    /** The figures of the area's subtree for the year, with the standing ones, by "FIGURE" or "FIGURE:facet". */
    public Map<String, Long> of(long areaId, int year) {
        return of(areaId, year, ReportPeriod.YEAR);
    }

    /** The same for a part of the year. */
    public Map<String, Long> of(long areaId, int year, ReportPeriod period) {
        return read(areaId, year, period, TallyTable.Split.NONE).getOrDefault(0L, Map.of());
    }

    /** The standing figures of the area's subtree (the registry, contracts), as kept: nothing read from the enterprises. */
    public Map<String, Long> standing(long areaId) {
        return table.read(areaId, 0, ReportPeriod.YEAR, TallyTable.Split.NONE, List.of()).getOrDefault(0L, Map.of());
    }

    /** A standing figure of the area's subtree by facet. */
    public Map<String, Long> facets(long areaId, Figure figure) {
        String prefix = figure.name() + ":";
        Map<String, Long> facets = new HashMap<>();
        standing(areaId).forEach((key, count) -> {
            if (key.startsWith(prefix)) {
                facets.put(key.substring(prefix.length()), count);
            }
        });
        return facets;
    }

    /**
     * The counts by group, with the congresses held in the 12 months up to today, the coverage of contracts in force and
     * the contracts in their renewal window.
     */
    Map<Long, Map<String, Long>> read(long areaId, int year, ReportPeriod period, TallyTable.Split split) {
        LocalDate today = deadlines.today();
        var states = reads.start(() -> table.enterpriseStates(areaId, today.minusMonths(12), split));
        var renewals = reads.start(() -> table.renewals(areaId, today, split));
        Map<Long, Map<String, Long>> figures = table.read(areaId, year, period, split, List.of());
        ParallelReads.result(states)
                .forEach((group, counts) -> figures.computeIfAbsent(group, g -> new HashMap<>()).putAll(counts));
        ParallelReads.result(renewals)
                .forEach((group, counts) -> figures.computeIfAbsent(group, g -> new HashMap<>()).putAll(counts));
        return figures;
    }

    private static Tally tally(TallyTable.Unit u, int period, Figure figure, String facet, long value) {
        return new Tally(u.districtId(), period, figure, facet, u.industryId(), u.parkId(), value);
    }
}
