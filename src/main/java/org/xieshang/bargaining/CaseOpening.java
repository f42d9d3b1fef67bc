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

/** Opens a bargaining case and starts its process, for a union side (or a campaign acting for it). */
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

    /** The enterprise union opens its own case; an enterprise without a union has nobody to offer. */
    @Transactional
    public BargainingCase forEnterprise(long enterpriseId, Long campaignId, PortalUser user) {
        Enterprise e = registry.get(enterpriseId, user);
        boolean ownUnion = PartyDirectory.unionOf(e.id()).equals(user.partyId());
        if (!ownUnion && !user.districtWide()) {
            throw new NotFoundException("open case for " + enterpriseId);
        }
        if (!ownUnion && user.partyKind() != PartyKind.UPPER_UNION) {
            throw new BusinessRuleException(null, "case.open.unionOnly");
        }
        if (!e.unionFounded()) {
            throw new BusinessRuleException(null, "case.open.noUnion", e.name());
        }
        // A second click waits here for the first opening to commit, then finds its case open.
        registry.lock(enterpriseId);
        if (cases.ofEnterprise(enterpriseId).stream().anyMatch(c -> c.stage().open())) {
            throw new BusinessRuleException(null, "case.open.alreadyOpen", e.name());
        }
        return start(cases.open(campaignId, e.districtId(), e.id(), null, user.userId(), deadlines.today().getYear()));
    }

    @Transactional
    public BargainingCase forFederation(long federationId, Long campaignId, PortalUser user) {
        Federation f = registry.federation(federationId, user);
        boolean ownUnion = PartyDirectory.federationUnionOf(federationId).equals(user.partyId());
        if (!user.districtWide() && !ownUnion) {
            throw new NotFoundException("open case for federation " + federationId);
        }
        if (!ownUnion && user.partyKind() != PartyKind.UPPER_UNION) {
            throw new BusinessRuleException(null, "case.open.unionOnly");
        }
        registry.lockFederation(federationId);
        // One case at a time, whoever opens it (a campaign skips a federation that is still bargaining).
        if (cases.ofFederation(federationId).stream().anyMatch(c -> c.stage().open())) {
            throw new BusinessRuleException(null, "case.open.alreadyOpen", f.name());
        }
        return start(cases.open(campaignId, f.districtId(), null, f.id(), user.userId(), deadlines.today().getYear()));
    }

    private BargainingCase start(BargainingCase c) {
        process.start(c, registry.provinceOf(c.districtId()));
        return cases.find(c.id()).orElseThrow();
    }
}
