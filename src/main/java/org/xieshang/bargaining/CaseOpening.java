package org.xieshang.bargaining;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.Enterprise;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Federation;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;

/** Opens a bargaining case and starts its process, for the side that sends the offer (or a campaign for the union). */
@Service
public class CaseOpening {

    private final BargainingCases cases;
    private final CollectiveBargainingProcess process;
    private final EnterpriseRegistry registry;
    private final DeadlineService deadlines;

    CaseOpening(BargainingCases cases, CollectiveBargainingProcess process, EnterpriseRegistry registry,
                DeadlineService deadlines) {
        this.cases = cases;
        this.process = process;
        this.registry = registry;
        this.deadlines = deadlines;
    }

    /**
     * The enterprise union opens its own case, or the upper-level union for it in a campaign; the employer may open
     * one too and then sends the offer itself (CCR Art. 32). An enterprise without a union has nobody at the table.
     */
    @Transactional
    public BargainingCase forEnterprise(long enterpriseId, Long campaignId, PortalUser user) {
        Enterprise e = registry.get(enterpriseId, user);
        Initiator initiator = initiator(user, PartyDirectory.unionOf(e.id()), PartyDirectory.employerOf(e.id()), "open case for " + enterpriseId);
        if (!e.unionFounded()) {
            throw new BusinessRuleException(null, "case.open.noUnion", e.name());
        }
        // A second click waits here for the first opening to commit, then finds its case open.
        registry.lock(enterpriseId);
        if (cases.ofEnterprise(enterpriseId).stream().anyMatch(c -> c.stage().open())) {
            throw new BusinessRuleException(null, "case.open.alreadyOpen", e.name());
        }
        return start(cases.open(campaignId, e.districtId(), e.id(), null, user.userId(), deadlines.today().getYear(), initiator));
    }

    @Transactional
    public BargainingCase forFederation(long federationId, Long campaignId, PortalUser user) {
        Federation f = registry.federation(federationId, user);
        Initiator initiator = initiator(user, PartyDirectory.federationUnionOf(federationId),
                PartyDirectory.federationEmployerOf(federationId), "open case for federation " + federationId);
        registry.lockFederation(federationId);
        // One case at a time, whoever opens it (a campaign skips a federation that is still bargaining).
        if (cases.ofFederation(federationId).stream().anyMatch(c -> c.stage().open())) {
            throw new BusinessRuleException(null, "case.open.alreadyOpen", f.name());
        }
        return start(cases.open(campaignId, f.districtId(), null, f.id(), user.userId(), deadlines.today().getYear(), initiator));
    }

    /** Who sends the offer: the side's own users, or the upper-level union for the union side; officials never. */
    private static Initiator initiator(PortalUser user, String unionSide, String employerSide, String what) {
        boolean ownUnion = unionSide.equals(user.partyId());
        boolean ownEmployer = employerSide.equals(user.partyId());
        if (!ownUnion && !ownEmployer && !user.districtOfficial()) {
            throw new NotFoundException(what);
        }
        if (!ownUnion && !ownEmployer && user.partyKind() != PartyKind.UPPER_UNION) {
            throw new BusinessRuleException(null, "case.open.unionOnly");
        }
        return ownEmployer ? Initiator.EMPLOYER : Initiator.UNION;
    }

    private BargainingCase start(BargainingCase c) {
        process.start(c, registry.provinceOf(c.districtId()));
        return cases.find(c.id()).orElseThrow();
    }
}
