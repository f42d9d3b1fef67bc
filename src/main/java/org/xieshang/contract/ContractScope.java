package org.xieshang.contract;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;

/**
 * Which contracts a user may see, as a condition on the contract {@code k} (roles.md): an official those of her
 * districts, a side its own and those that cover its enterprise once in effect, staff those in effect that cover them.
 */
@Component
class ContractScope {

    private final AccessPolicy access;

    ContractScope(AccessPolicy access) {
        this.access = access;
    }

    private static final String COVERS = "k.id in (select contract_id from contract_coverage where enterprise_id = ?)";

    AccessPolicy.Scope of(PortalUser user) {
        if (user.admin() || user.official()) {
            return access.districtScope(user, "k.district_id");
        }
        if (user.partyKind() == PartyKind.DELEGATE && user.enterpriseId() != null) {
            return new AccessPolicy.Scope("k.effective_on is not null and " + COVERS, List.of(user.enterpriseId()));
        }
        if ((user.partyKind() == PartyKind.UNION || user.partyKind() == PartyKind.EMPLOYER) && user.enterpriseId() != null) {
            return new AccessPolicy.Scope("(k.enterprise_id = ? or (k.effective_on is not null and " + COVERS + "))",
                    List.of(user.enterpriseId(), user.enterpriseId()));
        }
        if ((user.partyKind() == PartyKind.UNION || user.partyKind() == PartyKind.EMPLOYER) && user.federationId() != null) {
            return new AccessPolicy.Scope("k.federation_id = ?", List.of(user.federationId()));
        }
        if (user.partyKind() == PartyKind.INSTRUCTOR) {
            return new AccessPolicy.Scope("k.id in (select c.contract_id from contract_coverage c join instructor_assignment a"
                    + " on a.enterprise_id = c.enterprise_id where a.user_id = ?)", List.of(user.userId()));
        }
        return new AccessPolicy.Scope("1 = 0", List.of());
    }
}
