package org.xieshang.tasks;

import java.util.List;

import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.Enterprise;
import org.xieshang.enterprise.Federation;

/** The registry figures an official sees first (metrics.md: union coverage, democratic bodies). */
public record DistrictOverview(int enterprises, int withUnion, int withDemocraticBody, int employees, int federations,
                        int federationEnterprises) {

    static DistrictOverview of(List<Enterprise> enterprises, List<Federation> federations) {
        return new DistrictOverview(enterprises.size(),
                (int) enterprises.stream().filter(Enterprise::unionFounded).count(),
                (int) enterprises.stream().filter(e -> e.democraticBody() != DemocraticBody.NONE).count(),
                enterprises.stream().mapToInt(Enterprise::headcount).sum(),
                federations.size(),
                federations.stream().mapToInt(f -> f.members().size()).sum());
    }

    /** Union coverage in percent (建会率), one decimal. */
    public double unionCoverage() {
        return enterprises == 0 ? 0 : Math.round(1000.0 * withUnion / enterprises) / 10.0;
    }
}
