package org.xieshang.contract;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.Initiator;
import org.xieshang.enterprise.Enterprise;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Federation;
import org.xieshang.offer.ContractType;

/**
 * A contract that was already in force on paper when its district began to use the product (the demo's districts
 * start with such a history): its case is opened and concluded, the contract passes through signature, filing and
 * effect on the days given, with every clock computed by its rule, so the register, the coverage figures and the
 * renewal window count it like a contract concluded here. No process runs for it: nothing was left to do.
 */
@Service
public class RecordedContracts {

    /** Marks the contract as recorded from paper where a process would name how it took effect. */
    static final String RECORDED = "RECORDED";

    private final Contracts contracts;
    private final ContractClocks clocks;
    private final BargainingCases cases;
    private final EnterpriseRegistry registry;

    RecordedContracts(Contracts contracts, ContractClocks clocks, BargainingCases cases, EnterpriseRegistry registry) {
        this.contracts = contracts;
        this.clocks = clocks;
        this.cases = cases;
        this.registry = registry;
    }

    /**
     * A contract as its paper says: its party (an enterprise, or a federation whose industry or regional contract covers
     * every firm it covers: exactly one is set), type, term, the day both chiefs signed and the day it took effect, the
     * average wage increase it agreed (%), if it agreed one; the days it was filed and the bureau received it, and the
     * scan of the signed text, where known.
     */
    public record Paper(Long enterpriseId, Long federationId, ContractType type, int termYears, LocalDate signedOn,
                        LocalDate effectiveOn, java.math.BigDecimal wageIncrease, String recordedBy, LocalDate filedOn,
                        LocalDate receivedOn, Long scanDocumentId) {

        /** An enterprise's own contract. */
        public static Paper ofEnterprise(long enterpriseId, ContractType type, int termYears, LocalDate signedOn, LocalDate effectiveOn,
                                         java.math.BigDecimal wageIncrease, String recordedBy) {
            return new Paper(enterpriseId, null, type, termYears, signedOn, effectiveOn, wageIncrease, recordedBy, null, null, null);
        }
    }

    /** Records the contract; returns its id. */
    @Transactional
    public long record(Paper paper) {
        BargainingCase c;
        Contract.Level level;
        String party;
        List<Contracts.Coverage> coverage;
        if (paper.federationId() != null) {
            Federation f = registry.findFederation(paper.federationId()).orElseThrow();
            c = cases.open(null, f.districtId(), null, f.id(), paper.recordedBy(), paper.signedOn().getYear(), Initiator.UNION);
            level = f.kind() == Federation.Kind.REGIONAL ? Contract.Level.REGIONAL : Contract.Level.INDUSTRY;
            party = f.name();
            coverage = f.members().stream().map(m -> new Contracts.Coverage(m.enterpriseId(), m.name(), m.headcount())).toList();
        } else {
            Enterprise e = registry.find(paper.enterpriseId()).orElseThrow();
            c = cases.open(null, e.districtId(), e.id(), null, paper.recordedBy(), paper.signedOn().getYear(), Initiator.UNION);
            level = Contract.Level.ENTERPRISE;
            party = e.name();
            coverage = List.of(new Contracts.Coverage(e.id(), e.name(), e.headcount()));
        }
        cases.moveTo(c.id(), CaseStage.CONCLUDED, null);
        long id = contracts.create(new Contracts.NewContract(c, paper.type(), level, Contract.Purpose.NEW,
                null, party + paper.type().label().zh(), paper.termYears(), paper.effectiveOn(),
                new Contract.Congress(null, null, null, null, null, null, null), List.of(), coverage, paper.wageIncrease()));
        Contract k = contracts.contract(id);
        String filing = clocks.filing(k);
        contracts.signedByBoth(id, paper.signedOn(), filing, clocks.compute(k, filing, paper.signedOn()).due());
        // The paper names no day of filing: the contract is counted as filed, no filing time is measured.
        contracts.setStatus(id, ContractStatus.FILED);
        k = contracts.contract(id);
        LocalDate expires = paper.effectiveOn().plusYears(paper.termYears()).minusDays(1);
        contracts.takesEffect(id, paper.effectiveOn(), RECORDED, expires,
                clocks.compute(k, ContractClocks.renewal(k), expires.plusDays(1)).due(),
                clocks.compute(k, ContractClocks.publication(k), paper.effectiveOn()).due());
        contracts.recordedFromPaper(id, paper.recordedBy(), paper.filedOn(), paper.receivedOn(), paper.scanDocumentId());
        return id;
    }
}
