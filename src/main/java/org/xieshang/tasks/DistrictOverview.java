package org.xieshang.tasks;

import java.util.List;
import java.util.Map;

import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Federation;
import org.xieshang.monitoring.Figure;

/** The registry figures an official sees first (metrics.md: union coverage, democratic bodies). */
public record DistrictOverview(int enterprises, int withUnion, int withDemocraticBody, long employees, int federations,
                        int federationEnterprises) {

    /** An official's: the standing figures her area's steps keep (the read model), not a count of its registry. */
    static DistrictOverview of(Map<String, Long> standing, List<Federation> federations) {
        return of(new EnterpriseRegistry.Figures(count(standing, Figure.ENTERPRISES), count(standing, Figure.ENTERPRISES_WITH_UNION),
                count(standing, Figure.DEMOCRATIC_BODIES), standing.getOrDefault(Figure.EMPLOYEES.name(), 0L)), federations);
    }

    private static int count(Map<String, Long> standing, Figure figure) {
        return standing.getOrDefault(figure.name(), 0L).intValue();
    }

    static DistrictOverview of(EnterpriseRegistry.Figures registry, List<Federation> federations) {
        return new DistrictOverview(registry.enterprises(), registry.withUnion(), registry.withDemocraticBody(),
                registry.employees(), federations.size(), federations.stream().mapToInt(f -> f.members().size()).sum());
    }

    /** Union coverage in percent (建会率), one decimal. */
    public double unionCoverage() {
        return enterprises == 0 ? 0 : Math.round(1000.0 * withUnion / enterprises) / 10.0;
    }
}
