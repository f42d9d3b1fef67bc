package org.xieshang.bargaining;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xieshang.enterprise.EnterpriseRegistry;
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

    ProcessInstance instanceOf(BargainingCase c) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).singleResult();
    }
}
