package org.xieshang.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.deadlines.MovedDeadline;
import org.xieshang.deadlines.StoredDeadlines;

/**
 * A contract's stored dues after a calendar change: filing (from the signatures), review (from receipt),
 * publication (from effect) and the renewal window (from the day after the last day), each while still ahead.
 */
@Component
class ContractDeadlines implements StoredDeadlines {

    private final Contracts contracts;
    private final ContractClocks clocks;
    private final BargainingCases cases;

    ContractDeadlines(Contracts contracts, ContractClocks clocks, BargainingCases cases) {
        this.contracts = contracts;
        this.clocks = clocks;
        this.cases = cases;
    }

    @Override
    public List<MovedDeadline> recompute() {
        List<MovedDeadline> moved = new ArrayList<>();
        for (Contract k : contracts.withOpenClocks()) {
            if (k.status() == ContractStatus.SIGNED && k.filingClock() != null) {
                move(k, Contracts.DueColumn.FILING_DUE_ON, k.filingClock(), k.signedOn(), k.filingDueOn(), moved);
            }
            if ((k.status() == ContractStatus.FILED || k.status() == ContractStatus.UNDER_REVIEW) && k.receivedOn() != null) {
                move(k, Contracts.DueColumn.REVIEW_DUE_ON, ContractClocks.REVIEW, k.receivedOn(), k.reviewDueOn(), moved);
            }
            if (k.status() == ContractStatus.EFFECTIVE && !k.published() && k.effectiveOn() != null) {
                move(k, Contracts.DueColumn.PUBLICATION_DUE_ON, ContractClocks.publication(k), k.effectiveOn(), k.publicationDueOn(), moved);
            }
            if (k.status() == ContractStatus.EFFECTIVE && k.expiresOn() != null && k.renewalWindowOpenedOn() == null) {
                move(k, Contracts.DueColumn.RENEWAL_OPENS_ON, ContractClocks.renewal(k), k.expiresOn().plusDays(1), k.renewalOpensOn(), moved);
            }
        }
        return moved;
    }

    private void move(Contract k, Contracts.DueColumn column, String clockId, LocalDate start, LocalDate old, List<MovedDeadline> moved) {
        LocalDate due = clocks.compute(k, clockId, start).due();
        if (old == null || due.equals(old)) {
            return;
        }
        contracts.moveDue(k.id(), column, due);
        for (String party : List.of(ContractTerms.unionOf(k), ContractTerms.employerOf(k), ContractDocuments.bureau(k))) {
            cases.record(k.caseId(), CaseEventKind.DEADLINE_MOVED, ContractTerms.SYSTEM, party, clockId, due, null);
        }
        moved.add(new MovedDeadline(k.caseNo(), clockId, MovedDeadline.Kind.DEADLINE, old, due));
    }
}
