package org.xieshang.tasks;

import java.util.List;

import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Federation;

/** The registry figures an official sees first (metrics.md: union coverage, democratic bodies). */
public record DistrictOverview(int enterprises, int withUnion, int withDemocraticBody, long employees, int federations,
                        int federationEnterprises) {

    static DistrictOverview of(EnterpriseRegistry.Figures registry, List<Federation> federations) {
        return new DistrictOverview(registry.enterprises(), registry.withUnion(), registry.withDemocraticBody(),
                registry.employees(), federations.size(), federations.stream().mapToInt(f -> f.members().size()).sum());
    }

    /** Union coverage in percent (建会率), one decimal. */
    public double unionCoverage() {
        return enterprises == 0 ? 0 : Math.round(1000.0 * withUnion / enterprises) / 10.0;
    }
}
