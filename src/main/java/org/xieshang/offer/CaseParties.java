package org.xieshang.offer;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;

/** Who the parties of a case are, by name and by group, for letters and their reading rights. */
@Component
class CaseParties {

    private final PartyDirectory parties;
    private final EnterpriseRegistry registry;

    CaseParties(PartyDirectory parties, EnterpriseRegistry registry) {
        this.parties = parties;
        this.registry = registry;
    }

    String unionName(BargainingCase c) {
        return parties.partyName(c.unionGroup()).map(Localized::zh).orElseThrow();
    }

    /** The enterprise by its registered name, or the federation's employers' body. */
    String employerName(BargainingCase c) {
        return c.enterpriseId() != null ? c.partyName() : parties.partyName(c.employerGroup()).map(Localized::zh).orElseThrow();
    }

    String upperUnionName(BargainingCase c) {
        return parties.partyName(PartyDirectory.upperUnionOf(c.districtId())).map(Localized::zh).orElseThrow();
    }

    String labourBureauName(BargainingCase c) {
        return parties.partyName(PartyDirectory.labourBureauOf(c.districtId())).map(Localized::zh).orElseThrow();
    }

    String province(BargainingCase c) {
        return registry.provinceOf(c.districtId());
    }

    /** documents.md: the offer and the response are read by both sides, the upper union and the bureau. */
    Set<String> bothSidesAndOfficials(BargainingCase c) {
        return Set.of(c.unionGroup(), c.employerGroup(), PartyDirectory.upperUnionOf(c.districtId()),
                PartyDirectory.labourBureauOf(c.districtId()));
    }

    Set<String> unionOnly(BargainingCase c) {
        return Set.of(c.unionGroup());
    }
}
