package org.xieshang.system;

import java.util.HashSet;
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

    public Set<Long> visibleEnterpriseIds(PortalUser user) {
        if (user.admin()) {
            return ids("select id from enterprise");
        }
        if (user.districtWide()) {
            return ids("select id from enterprise where district_id = ?", user.districtId());
        }
        if (user.enterpriseId() != null) {
            return Set.of(user.enterpriseId());
        }
        if (user.federationId() != null) {
            return ids("select enterprise_id from federation_member where federation_id = ?", user.federationId());
        }
        if (user.partyKind() == PartyKind.INSTRUCTOR) {
            return ids("select enterprise_id from instructor_assignment where user_id = ?", user.userId());
        }
        return Set.of();
    }

    public boolean canSeeEnterprise(PortalUser user, long enterpriseId) {
        return visibleEnterpriseIds(user).contains(enterpriseId);
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
        Set<Long> enterprises = visibleEnterpriseIds(user);
        Set<Long> federations = new HashSet<>();
        jdbc.sql("select federation_id, enterprise_id from federation_member").query(rs -> {
            if (enterprises.contains(rs.getLong("enterprise_id"))) {
                federations.add(rs.getLong("federation_id"));
            }
        });
        return federations;
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
