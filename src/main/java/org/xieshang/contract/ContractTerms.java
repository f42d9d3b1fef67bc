package org.xieshang.contract;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseOpening;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.monitoring.Tallies;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * An effective contract's life: it takes effect (confirmed or by the bureau's silence), both sides publish it, its
 * renewal window opens in the last 3 months (a wage agreement's in the last 60 days), it expires, or a renewal, amendment or termination replaces it.
 */
@Service
public class ContractTerms {

    static final String SYSTEM = "system";

    private final Contracts contracts;
    private final ContractDocuments contractDocuments;
    private final BargainingCases cases;
    private final CaseOpening opening;
    private final CollectiveContractProcess process;
    private final EnterpriseRegistry registry;
    private final DeadlineService deadlines;
    private final Reviews reviews;
    private final ContractClocks clocks;
    private final Tallies tallies;

    ContractTerms(Contracts contracts, ContractDocuments contractDocuments, BargainingCases cases, CaseOpening opening,
                  CollectiveContractProcess process, EnterpriseRegistry registry, DeadlineService deadlines, Reviews reviews,
                  ContractClocks clocks, Tallies tallies) {
        this.tallies = tallies;
        this.reviews = reviews;
        this.clocks = clocks;
        this.contracts = contracts;
        this.contractDocuments = contractDocuments;
        this.cases = cases;
        this.opening = opening;
        this.process = process;
        this.registry = registry;
        this.deadlines = deadlines;
    }

    /**
     * The contract takes effect: on the bureau's confirmation today, or by silence on the day after the 15th day
     * (CCR Art. 47). Its term, renewal window and (for wage agreements) publication clock follow from that day; a
     * termination agreement has no term.
     */
    void takeEffect(Contract k, String by) {
        boolean silence = Contracts.SILENCE.equals(by);
        LocalDate on = silence ? k.reviewDueOn().plusDays(1) : deadlines.today();
        // A start the sides agreed runs the term from that day; one that has passed by the time the contract takes
        // effect cannot, so the term then runs from the effect.
        LocalDate starts = k.termStartsOn() != null && k.termStartsOn().isAfter(on) ? k.termStartsOn() : on;
        LocalDate expires = k.termination() ? null : starts.plusYears(k.termYears()).minusDays(1);
        // The window is counted back from the day after the last day: a term ending 12-31 opens its 3 months on 10-01.
        contracts.takesEffect(k.id(), on, by, expires,
                expires == null ? null : clocks.compute(k, ContractClocks.renewal(k), expires.plusDays(1)).due(),
                clocks.compute(k, ContractClocks.publication(k), on).due());
        cases.record(k.caseId(), silence ? CaseEventKind.CONTRACT_EFFECTIVE_SILENCE : CaseEventKind.CONTRACT_EFFECTIVE_CONFIRMATION,
                SYSTEM, null, "contract-review", k.reviewDueOn(), k.documentId());
        if (silence) {
            voidClausesBelowMinimum(k);
        }
    }

    /**
     * Silence makes the contract effective (LCL Art. 54) but cannot make a wage below the minimum valid (Art. 55):
     * the clause is void, the minimum wage applies in its place, and both sides, the bureau and the upper union are told.
     */
    private void voidClausesBelowMinimum(Contract k) {
        reviews.findings(k).stream().filter(f -> "wage.belowMinimum".equals(f.key())).forEach(f -> {
            contracts.voidClause(k.id(), (Integer) f.args()[0], (java.math.BigDecimal) f.args()[2]);
            for (String party : List.of(unionOf(k), employerOf(k), ContractDocuments.bureau(k), PartyDirectory.upperUnionOf(k.districtId()))) {
                cases.record(k.caseId(), CaseEventKind.CLAUSE_VOID_BELOW_MINIMUM, SYSTEM, party, null, null, k.documentId());
            }
        });
    }

    /** The case is concluded; the contract it replaces ends; its own term starts running in collective-contract. */
    @Transactional
    public void putInForce(long contractId) {
        Contract k = contracts.contract(contractId);
        cases.moveTo(k.caseId(), CaseStage.CONCLUDED, null);
        if (k.previousContractId() != null) {
            Contract old = contracts.contract(k.previousContractId());
            if (old.status() == ContractStatus.EFFECTIVE) {
                end(old, k.purpose() == Contract.Purpose.TERMINATION ? ContractStatus.TERMINATED : ContractStatus.SUPERSEDED);
                process.replaced(old.id());
            }
        }
        process.start(k, registry.provinceOf(k.districtId()));
    }

    void objected(Contract k) {
        contracts.ended(k.id(), ContractStatus.OBJECTED, deadlines.today());
    }

    /** The publication notice goes to all staff; both sides then post it and record that they did. */
    void issuePublicationNotice(Contract k) {
        contracts.publicationIssued(k.id(), contractDocuments.publicationNotice(k).id());
    }

    /** One side has posted the notice to its staff (the union side or the employer side). */
    void published(Contract k, boolean unionSide, PortalUser user) {
        contracts.published(k.id(), unionSide, deadlines.today());
        cases.record(k.caseId(), unionSide ? CaseEventKind.CONTRACT_PUBLISHED_UNION : CaseEventKind.CONTRACT_PUBLISHED_EMPLOYER,
                user.userId(), null, ContractClocks.publication(k), k.publicationDueOn(), k.publicationDocumentId());
    }

    /** The publication clock ran out: each side that has not published, and the upper-level union, are told. */
    void notifyPublicationMissed(Contract k) {
        List<String> late = new java.util.ArrayList<>();
        if (k.unionPublishedOn() == null) {
            late.add(unionOf(k));
        }
        if (k.employerPublishedOn() == null) {
            late.add(employerOf(k));
        }
        if (!late.isEmpty()) {
            late.add(PartyDirectory.upperUnionOf(k.districtId()));
        }
        late.forEach(party -> cases.record(k.caseId(), CaseEventKind.PUBLICATION_MISSED, SYSTEM, party, ContractClocks.publication(k),
                k.publicationDueOn(), k.publicationDocumentId()));
        if (!late.isEmpty()) {
            tallies.clockMissed(k.caseId(), null, ContractClocks.publication(k), k.publicationDueOn());
        }
    }



    /** Both sides and the upper-level union are told that renewal may now be requested (CCR Art. 38). */
    void openRenewalWindow(Contract k) {
        contracts.renewalWindowOpened(k.id(), deadlines.today());
        String upper = PartyDirectory.upperUnionOf(k.districtId());
        for (String party : List.of(unionOf(k), employerOf(k), upper)) {
            cases.record(k.caseId(), CaseEventKind.RENEWAL_WINDOW_OPEN, SYSTEM, party, ContractClocks.renewal(k), k.expiresOn(), k.documentId());
        }
    }

    void expire(Contract k) {
        end(k, ContractStatus.EXPIRED);
        cases.record(k.caseId(), CaseEventKind.CONTRACT_EXPIRED, SYSTEM, unionOf(k), null, k.expiresOn(), k.documentId());
    }

    /**
     * Either side opens a new bargaining case from a contract and sends the offer (CCR Arts. 32, 38): renewal once
     * the window is open (or after expiry), amendment or termination while it is in force. The old clauses become the
     * new agenda's starting positions.
     */
    @Transactional
    public BargainingCase startCase(Contract k, Contract.Purpose purpose, PortalUser user) {
        if (!mayOpenCase(k, user)) {
            throw new NotFoundException("contract " + k.id());
        }
        ContractStatus phase = k.phase(deadlines.today());
        boolean allowed = switch (purpose) {
            case RENEWAL -> phase == ContractStatus.RENEWAL_WINDOW || phase == ContractStatus.EXPIRED;
            case AMENDMENT, TERMINATION -> phase == ContractStatus.IN_FORCE || phase == ContractStatus.RENEWAL_WINDOW;
            case NEW -> false;
        };
        if (!allowed) {
            throw new BusinessRuleException("purpose", "contract.newCase." + purpose.name().toLowerCase());
        }
        BargainingCase c = k.enterpriseId() != null ? opening.forEnterprise(k.enterpriseId(), null, user)
                : opening.forFederation(k.federationId(), null, user);
        cases.originate(c.id(), k.id(), purpose.name());
        cases.record(c.id(), switch (purpose) {
            case RENEWAL -> CaseEventKind.CASE_FROM_CONTRACT_RENEWAL;
            case AMENDMENT -> CaseEventKind.CASE_FROM_CONTRACT_AMENDMENT;
            default -> CaseEventKind.CASE_FROM_CONTRACT_TERMINATION;
        }, user.userId(), null, null, null, k.documentId());
        return c;
    }

    static boolean mayOpenCase(Contract k, PortalUser user) {
        return unionOf(k).equals(user.partyId()) || employerOf(k).equals(user.partyId());
    }

    void notifyFilingMissed(Contract k) {
        contracts.filingMissed(k.id(), deadlines.today());
        for (String party : List.of(unionOf(k), PartyDirectory.upperUnionOf(k.districtId()), ContractDocuments.bureau(k))) {
            cases.record(k.caseId(), CaseEventKind.FILING_MISSED, SYSTEM, party, k.filingClock(), k.filingDueOn(), null);
        }
        tallies.clockMissed(k.caseId(), null, k.filingClock(), k.filingDueOn());
    }

    void notifySupplementMissed(Contract k) {
        for (String party : List.of(unionOf(k), employerOf(k), ContractDocuments.bureau(k))) {
            cases.record(k.caseId(), CaseEventKind.SUPPLEMENT_MISSED, SYSTEM, party, ContractClocks.SUPPLEMENT, null, null);
        }
        tallies.clockMissed(k.caseId(), null, ContractClocks.SUPPLEMENT, null);
    }

    /** The bureau let the acceptance clock run out: the review clock runs on, and its superiors see it. */
    void notifyAcceptanceOverdue(Contract k) {
        for (String party : List.of(ContractDocuments.bureau(k), PartyDirectory.upperUnionOf(k.districtId()), unionOf(k), employerOf(k))) {
            cases.record(k.caseId(), CaseEventKind.ACCEPTANCE_OVERDUE, SYSTEM, party, ContractClocks.ACCEPTANCE, null, null);
        }
        tallies.clockMissed(k.caseId(), null, ContractClocks.ACCEPTANCE, null);
    }

    private void end(Contract k, ContractStatus status) {
        contracts.ended(k.id(), status, deadlines.today());
    }

    static String unionOf(Contract k) {
        return k.enterpriseId() != null ? PartyDirectory.unionOf(k.enterpriseId()) : PartyDirectory.federationUnionOf(k.federationId());
    }

    static String employerOf(Contract k) {
        return k.enterpriseId() != null ? PartyDirectory.employerOf(k.enterpriseId())
                : PartyDirectory.federationEmployerOf(k.federationId());
    }
}
