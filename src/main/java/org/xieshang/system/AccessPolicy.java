package org.xieshang.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a party may see (roles.md). Pages, JSON endpoints and downloads all ask here, so a URL typed by hand
 * shows no more than a link would.
 */
@Service
public class AccessPolicy {

    /** The ids of the districts in an area's subtree (one parameter: the area). */
    private static final String DISTRICTS_UNDER_AREA =
            "select ud.id from district ud join area_path up on up.descendant_id = ud.area_id where up.ancestor_id = ?";

    private final JdbcClient jdbc;

    AccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An SQL condition on the enterprise table (under {@code alias}) that keeps what the user may see. */
    public record Scope(String condition, List<Object> params) {
    }

    /** The districts an official watches (those under her area), as a condition on a column holding a district id. */
    public Scope districtScope(PortalUser user, String districtColumn) {
        if (user.admin()) {
            return new Scope("1 = 1", List.of());
        }
        if (user.official()) {
            // The ids themselves rather than a subquery: the planner then knows how many rows each district holds, and
            // reads a small district by its index instead of walking a province's contracts in the order asked for.
            List<Object> districts = new ArrayList<>(jdbc.sql(DISTRICTS_UNDER_AREA).param(user.areaId()).query(Long.class).list());
            return districts.isEmpty() ? new Scope("1 = 0", List.of())
                    : new Scope(districtColumn + " in (" + String.join(", ", java.util.Collections.nCopies(districts.size(), "?")) + ")",
                    districts);
        }
        return new Scope("1 = 0", List.of());
    }

    /** Whether the district lies under the official's area. */
    public boolean watchesDistrict(PortalUser user, long districtId) {
        Scope scope = districtScope(user, "d.id");
        List<Object> params = new ArrayList<>(scope.params());
        params.add(districtId);
        return jdbc.sql("select count(*) from district d where " + scope.condition() + " and d.id = ?")
                .params(params).query(Integer.class).single() > 0;
    }

    public Scope enterpriseScope(PortalUser user, String alias) {
        if (user.admin() || user.official()) {
            return districtScope(user, alias + ".district_id");
        }
        if (user.enterpriseId() != null) {
            return new Scope(alias + ".id = ?", List.of(user.enterpriseId()));
        }
        if (user.federationId() != null) {
            return new Scope(alias + ".id in (select enterprise_id from federation_member where federation_id = ?)",
                    List.of(user.federationId()));
        }
        if (user.partyKind() == PartyKind.INSTRUCTOR) {
            return new Scope(alias + ".id in (select enterprise_id from instructor_assignment where user_id = ?)",
                    List.of(user.userId()));
        }
        return new Scope("1 = 0", List.of());
    }

    public Set<Long> visibleEnterpriseIds(PortalUser user) {
        Scope scope = enterpriseScope(user, "e");
        return new HashSet<>(jdbc.sql("select e.id from enterprise e where " + scope.condition())
                .params(scope.params()).query(Long.class).list());
    }

    public boolean canSeeEnterprise(PortalUser user, long enterpriseId) {
        Scope scope = enterpriseScope(user, "e");
        List<Object> params = new ArrayList<>(scope.params());
        params.add(enterpriseId);
        return jdbc.sql("select count(*) from enterprise e where " + scope.condition() + " and e.id = ?")
                .params(params).query(Integer.class).single() > 0;
    }

    public Set<Long> visibleFederationIds(PortalUser user) {
        if (user.admin()) {
            return ids("select id from federation");
        }
        if (user.official()) {
            return ids("select id from federation where district_id in (" + DISTRICTS_UNDER_AREA + ")", user.areaId());
        }
        if (user.federationId() != null) {
            return Set.of(user.federationId());
        }
        Scope scope = enterpriseScope(user, "e");
        return new HashSet<>(jdbc.sql("select distinct m.federation_id from federation_member m"
                        + " join enterprise e on e.id = m.enterprise_id where " + scope.condition())
                .params(scope.params()).query(Long.class).list());
    }

    public boolean canSeeFederation(PortalUser user, long federationId) {
        return visibleFederationIds(user).contains(federationId);
    }

    /** A district's officials and administrators keep the registry; everyone else only reads it. */
    public boolean canEditRegistry(PortalUser user) {
        return user.admin() || user.districtOfficial();
    }

    /**
     * The parties whose documents this user reads: his own, and for an instructor the union side of each
     * enterprise assigned to him.
     */
    public Set<String> readableDocumentParties(PortalUser user) {
        Set<String> parties = new LinkedHashSet<>();
        parties.add(user.partyId());
        if (user.partyKind() == PartyKind.INSTRUCTOR) {
            visibleEnterpriseIds(user).forEach(e -> parties.add(PartyDirectory.unionOf(e)));
        }
        return parties;
    }

    private Set<Long> ids(String sql, Object... params) {
        return new HashSet<>(jdbc.sql(sql).params(params).query(Long.class).list());
    }
}
