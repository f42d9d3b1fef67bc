package org.xieshang.bargaining;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.EnterpriseForm;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Ownership;
import org.xieshang.enterprise.UnifiedSocialCreditCode;
import org.xieshang.offer.BargainingSubject;
import org.xieshang.offer.ContractType;
import org.xieshang.offer.OfferForm;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.DemoUsers;

/**
 * A fresh enterprise in the demo district for each scenario, with people acting for its two sides, so cases
 * never collide with the demo data or with each other.
 */
@Component
class BargainingFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final EnterpriseRegistry registry;
    private final DemoUsers demo;
    private final ProcessEngine engine;

    BargainingFixture(EnterpriseRegistry registry, DemoUsers demo, ProcessEngine engine) {
        this.registry = registry;
        this.demo = demo;
        this.engine = engine;
    }

    record Sides(long enterpriseId, String name, PortalUser union, PortalUser employer) {
    }

    Sides newEnterprise() {
        PortalUser official = demo.user("zgh.liu");
        int n = SEQUENCE.incrementAndGet();
        String first17 = String.format("91640100MA7T%04dX", n).substring(0, 17);
        EnterpriseForm form = new EnterpriseForm();
        form.setDistrictId(official.districtId());
        form.setIndustryId(registry.industries().get(0).id());
        form.setName("宁夏测试协商企业" + n + "有限公司");
        form.setUscc(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
        form.setLegalRepresentative("周建国");
        form.setHeadcount(320);
        form.setOwnership(Ownership.PRIVATE);
        form.setUnionFounded(true);
        form.setUnionChair("吴丽萍");
        form.setDemocraticBody(DemocraticBody.WORKERS_CONGRESS);
        long id = registry.register(form, official);
        return new Sides(id, form.getName(), person("chair" + n, PartyDirectory.unionOf(id), PartyKind.UNION, id, Position.UNION_CHAIR),
                person("hr" + n, PartyDirectory.employerOf(id), PartyKind.EMPLOYER, id, Position.HR));
    }

    static PortalUser person(String userId, String partyId, PartyKind kind, Long enterpriseId, Position position) {
        return new PortalUser(userId, userId, partyId, kind, new Localized(partyId, partyId), 1L, enterpriseId, null, position);
    }

    static OfferForm wageOffer() {
        OfferForm form = new OfferForm();
        form.setContractType(ContractType.WAGES);
        form.setSubjects(List.of(BargainingSubject.REMUNERATION, BargainingSubject.WORKING_HOURS));
        form.setWageIncreasePercent(new BigDecimal("6.5"));
        form.setLowestWage(new BigDecimal("2300"));
        form.setProposedAt(LocalDateTime.now().plusDays(30).withHour(9).withMinute(0).withSecond(0).withNano(0));
        form.setProposedPlace("公司三楼会议室");
        form.setContactName("吴丽萍");
        form.setContactPhone("0951-5012345");
        return form;
    }

    ProcessInstance instanceOf(BargainingCase c) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).singleResult();
    }
}
