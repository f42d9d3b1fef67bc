package org.xieshang.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.contract.ContractStatus;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.ParallelReads;
import org.xieshang.system.PortalUser;

/**
 * Where an official has to act (需关注): offers unanswered past their day with their supervision step, negotiations
 * stalled past the agreed day of their next round, disputes in coordination with their clock, contracts not
 * filed in time, filings waiting for acceptance, reviews about to lapse into effect by silence, contracts in their
 * renewal window with no new case, and unionised enterprises without a valid workers' congress in the last 12 months;
 * each with its count under her area, the first few and the list behind it.
 */
@Service
public class Attention {

    /** How close a review's end counts as about to lapse. */
    public static final int LAPSING_DAYS = 3;

    public enum Kind {
        UNANSWERED_OFFERS, STALLED_NEGOTIATIONS, COORDINATIONS, FILINGS_OVERDUE, AWAITING_ACCEPTANCE, REVIEWS_LAPSING,
        RENEWALS_WITHOUT_CASE, CONGRESS_MISSING
    }

    /** The coordination clock and its extension (negotiation.Coordinations; deadlines.yaml). */
    static final String COORDINATION_CLOCK = "dispute-coordination";
    static final String COORDINATION_EXTENSION_CLOCK = "dispute-coordination-extension";

    /** One matter: where it leads, whose it is, how many days past (or, negative, before) its day, and a detail key. */
    public record Matter(String link, String caseNo, String party, long daysPast, String detailKey) {
    }

    /** One kind of matter: how many there are, the list behind the number, the first few. */
    public record Item(Kind kind, long count, String list, List<Matter> first) {
        /** Whether there are more than {@link #CAP} matters (the count then reads "over CAP"). */
        public boolean capped() {
            return count > CAP;
        }
    }

    public static final int CAP = AttentionTable.CAP;

    private final AttentionTable table;
    private final AccessPolicy access;
    private final DeadlineService deadlines;
    private final ParallelReads reads;

    Attention(AttentionTable table, AccessPolicy access, DeadlineService deadlines, ParallelReads reads) {
        this.table = table;
        this.access = access;
        this.deadlines = deadlines;
        this.reads = reads;
    }

    /** The kinds with at least one matter, for an official; nothing for anyone else. */
    public List<Item> of(PortalUser user) {
        if (!user.official()) {
            return List.of();
        }
        LocalDate today = deadlines.today();
        AccessPolicy.Scope cases = access.districtScope(user, "c.district_id");
        AccessPolicy.Scope contracts = access.districtScope(user, "k.district_id");
        AccessPolicy.Scope enterprises = access.districtScope(user, "e.district_id");
        // Eight independent counts: side by side, the page waits for the slowest.
        var unanswered = reads.start(() -> table.unansweredOffers(cases, CaseStage.OFFER_SENT.name(), today));
        var stalled = reads.start(() -> table.stalledNegotiations(cases, CaseStage.ROUNDS.name(), today));
        var disputes = reads.start(() -> table.coordinations(cases));
        var unfiled = reads.start(() -> table.contracts(contracts, ContractStatus.SIGNED.name(), "filing_due_on", today));
        var unaccepted = reads.start(() -> table.contracts(contracts, ContractStatus.FILED.name(), "received_on", today.plusDays(1)));
        var lapsing = reads.start(() -> table.contracts(contracts, ContractStatus.UNDER_REVIEW.name(), "review_due_on",
                today.plusDays(LAPSING_DAYS + 1)));
        var renewals = reads.start(() -> table.renewalsWithoutCase(contracts, ContractStatus.EFFECTIVE.name(), today));
        var noCongress = reads.start(() -> table.enterprisesWithoutCongress(enterprises, today.minusMonths(12)));
        List<Item> items = new ArrayList<>();
        add(items, Kind.UNANSWERED_OFFERS, "/cases?overdue=true", ParallelReads.result(unanswered),
                m -> "/cases/" + m.id(), m -> m.detail() == null ? "attention.detail.noLetterYet" : "case.ladder." + m.detail(), today);
        add(items, Kind.STALLED_NEGOTIATIONS, "/negotiations?show=STALLED", ParallelReads.result(stalled),
                m -> "/cases/" + m.id(), m -> "attention.detail.stalled", today);
        AttentionTable.Found coordinations = ParallelReads.result(disputes);
        if (coordinations.count() > 0) {
            items.add(new Item(Kind.COORDINATIONS, coordinations.count(), "/negotiations?show=COORDINATION", coordinations.first().stream()
                    .map(m -> new Matter("/cases/" + m.id(), m.caseNo(), m.party(),
                            ChronoUnit.DAYS.between(coordinationDue(m), today), "attention.detail.coordination")).toList()));
        }
        add(items, Kind.FILINGS_OVERDUE, "/contracts?status=" + ContractStatus.SIGNED, ParallelReads.result(unfiled),
                m -> "/contracts/" + m.id(), m -> "contract.status." + m.detail(), today);
        add(items, Kind.AWAITING_ACCEPTANCE, "/contracts?status=" + ContractStatus.FILED, ParallelReads.result(unaccepted),
                m -> "/contracts/" + m.id(), m -> "contract.status." + m.detail(), today);
        add(items, Kind.REVIEWS_LAPSING, "/contracts?status=" + ContractStatus.UNDER_REVIEW, ParallelReads.result(lapsing),
                m -> "/contracts/" + m.id(), m -> "contract.status." + m.detail(), today);
        add(items, Kind.RENEWALS_WITHOUT_CASE, "/contracts?status=" + ContractStatus.RENEWAL_WINDOW, ParallelReads.result(renewals),
                m -> "/contracts/" + m.id(), m -> "attention.detail.expires", today);
        AttentionTable.Found withoutCongress = ParallelReads.result(noCongress);
        if (withoutCongress.count() > 0) {
            // The day a session falls out of the last 12 months is when the firm stops counting; never held: no day.
            items.add(new Item(Kind.CONGRESS_MISSING, withoutCongress.count(), "/congress?valid=false", withoutCongress.first().stream()
                    .map(m -> new Matter("/enterprises/" + m.id() + "/congress", null, m.party(),
                            m.due() == null ? 0 : ChronoUnit.DAYS.between(m.due().plusMonths(12), today),
                            m.due() == null ? "attention.detail.neverHeld" : "attention.detail.heldBefore")).toList()));
        }
        return items;
    }

    /** 30 days from acceptance, and the days the bureau added from the original last day (CC Art. 203). */
    private LocalDate coordinationDue(AttentionTable.Matter m) {
        String province = table.provinceOfCase(m.id());
        LocalDate due = deadlines.compute(COORDINATION_CLOCK, m.due(), province).due();
        return m.detail() == null ? due : deadlines.compute(COORDINATION_EXTENSION_CLOCK, due, province, Integer.parseInt(m.detail())).due();
    }

    private static void add(List<Item> items, Kind kind, String list, AttentionTable.Found found,
                            java.util.function.Function<AttentionTable.Matter, String> link,
                            java.util.function.Function<AttentionTable.Matter, String> detail, LocalDate today) {
        if (found.count() > 0) {
            items.add(new Item(kind, found.count(), list, found.first().stream().map(m -> new Matter(link.apply(m), m.caseNo(),
                    m.party(), ChronoUnit.DAYS.between(m.due(), today), detail.apply(m))).toList()));
        }
    }
}
