package org.xieshang.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.EnterpriseForm;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Ownership;
import org.xieshang.enterprise.UnifiedSocialCreditCode;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * Fresh enterprises with a union in the demo district, registered by its upper-level union, so a test's cases and
 * congresses never collide with the demo data or with another test's.
 */
@Component
public class TestEnterprises {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final EnterpriseRegistry registry;
    private final DemoUsers demo;
    private final PartyDirectory parties;
    private final IdentityService identity;

    TestEnterprises(EnterpriseRegistry registry, DemoUsers demo, PartyDirectory parties, IdentityService identity) {
        this.identity = identity;
        this.registry = registry;
        this.demo = demo;
        this.parties = parties;
    }

    /** A person with a login and a name (a Camunda user), so the portal can name him to others. */
    public PortalUser namedPerson(String userId, String familyName, String givenName, String partyId, Position position) {
        parties.ensurePerson(new PartyDirectory.NewPerson(userId, familyName, givenName, null, "secret-" + userId, partyId,
                position, null));
        return parties.portalUser(userId).orElseThrow();
    }

    /** A person who signs in with {@code password}, whether or not a fixture made his account already. */
    public PortalUser login(String userId, String familyName, String givenName, String partyId, Position position, String password) {
        parties.ensurePerson(new PartyDirectory.NewPerson(userId, familyName, givenName, null, password, partyId, position,
                position.name()));
        User account = identity.createUserQuery().userId(userId).singleResult();
        account.setPassword(password);
        identity.saveUser(account);
        return parties.portalUser(userId).orElseThrow();
    }

    public long register(String namePrefix, int headcount, Integer women, Integer dispatched) {
        return register(demo.user("zgh.liu"), namePrefix, headcount, women, dispatched);
    }

    /** An enterprise with a union in the official's district, registered by him. */
    public long register(PortalUser official, String namePrefix, int headcount, Integer women, Integer dispatched) {
        int n = SEQUENCE.incrementAndGet();
        String first17 = String.format("91640100MA7T%04dX", n);
        EnterpriseForm form = new EnterpriseForm();
        form.setDistrictId(official.districtId());
        form.setIndustryId(registry.industries().get(0).id());
        form.setName(namePrefix + n + "有限公司");
        form.setUscc(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
        form.setLegalRepresentative("周建国");
        form.setHeadcount(headcount);
        form.setWomenCount(women);
        form.setDispatchedCount(dispatched);
        form.setOwnership(Ownership.PRIVATE);
        form.setUnionFounded(true);
        form.setUnionChair("吴丽萍");
        form.setDemocraticBody(DemocraticBody.WORKERS_CONGRESS);
        return registry.register(form, official);
    }

    public PortalUser official() {
        return demo.user("zgh.liu");
    }

    /** Someone acting for a party of a federation. */
    public PortalUser federationPerson(String userId, String partyId, PartyKind kind, long federationId, Position position) {
        return new PortalUser(userId, userId, partyId, kind, new Localized(partyId, partyId),
                demo.user("zgh.liu").districtId(), null, federationId, position,
                demo.user("zgh.liu").areaId());
    }

    /** Someone acting for a party of the enterprise (no Camunda user: the tests sign requests in directly). */
    public PortalUser person(String userId, String partyId, PartyKind kind, long enterpriseId, Position position) {
        return new PortalUser(userId, userId, partyId, kind, new Localized(partyId, partyId),
                demo.user("zgh.liu").districtId(), enterpriseId, null, position,
                demo.user("zgh.liu").areaId());
    }
}
