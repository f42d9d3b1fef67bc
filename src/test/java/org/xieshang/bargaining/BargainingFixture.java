package org.xieshang.bargaining;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.offer.BargainingSubject;
import org.xieshang.offer.ContractType;
import org.xieshang.offer.OfferForm;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.TestEnterprises;

/**
 * A fresh enterprise in the demo district for each scenario, with people acting for its two sides, so cases
 * never collide with the demo data or with each other.
 */
@Component
class BargainingFixture {

    private final EnterpriseRegistry registry;
    private final TestEnterprises enterprises;
    private final ProcessEngine engine;

    BargainingFixture(EnterpriseRegistry registry, TestEnterprises enterprises, ProcessEngine engine) {
        this.registry = registry;
        this.enterprises = enterprises;
        this.engine = engine;
    }

    record Sides(long enterpriseId, String name, PortalUser union, PortalUser employer) {
    }

    Sides newEnterprise() {
        String prefix = "宁夏测试协商企业";
        long id = enterprises.register(prefix, 320, null, null);
        String name = registry.find(id).orElseThrow().name();
        return new Sides(id, name, enterprises.person("chair" + id, PartyDirectory.unionOf(id), PartyKind.UNION, id, Position.UNION_CHAIR),
                enterprises.person("hr" + id, PartyDirectory.employerOf(id), PartyKind.EMPLOYER, id, Position.HR));
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
