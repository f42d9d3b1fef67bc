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

    private final JdbcClient jdbc;

    AccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An SQL condition on the enterprise table (under {@code alias}) that keeps what the user may see. */
    public record Scope(String condition, List<Object> params) {
    }

    public Scope enterpriseScope(PortalUser user, String alias) {
        if (user.admin()) {
            return new Scope("1 = 1", List.of());
        }
        if (user.districtWide()) {
            return new Scope(alias + ".district_id = ?", List.of(user.districtId()));
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
        if (user.districtWide()) {
            return ids("select id from federation where district_id = ?", user.districtId());
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

    /** Officials and administrators keep the registry; the enterprises' own parties only read it. */
    public boolean canEditRegistry(PortalUser user) {
        return user.admin() || user.districtWide();
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
