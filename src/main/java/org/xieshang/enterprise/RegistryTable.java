package org.xieshang.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.Like;
import org.xieshang.system.Page;
import org.xieshang.system.PortalUser;

/**
 * The registry list's SQL: a page of the enterprises a search finds, in the order asked for, with its count and the
 * choices of its filters, read in the database so that a province's list never loads every enterprise.
 */
@Repository
class RegistryTable {

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    RegistryTable(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    enum Sort {
        NAME("e.name, e.id"), HEADCOUNT("e.headcount desc, e.id");

        private final String order;

        Sort(String order) {
            this.order = order;
        }
    }

    /** Words in the name or USCC, an industry and a park by name, union or not, a district (a drill-down), an order. */
    record Search(String q, String industry, String park, Boolean union, Long district, Sort sort) {
    }

    Page<Enterprise> page(PortalUser user, Search search, int requested, int size) {
        Query q = found(user, search);
        int total = jdbc.sql("select count(*) from enterprise e join industry i on i.id = e.industry_id"
                + " left join industrial_park p on p.id = e.park_id" + q.where).params(q.params).query(Integer.class).single();
        return Page.read(total, requested, size, (offset, limit) -> {
            List<Object> params = new ArrayList<>(q.params);
            params.add(limit);
            params.add(offset);
            return jdbc.sql(EnterpriseRegistry.ENTERPRISE_SELECT + q.where + " order by " + search.sort().order + " limit ? offset ?")
                    .params(params).query(EnterpriseRegistry::enterprise).list();
        });
    }

    /** Every enterprise the search finds, in order (an export). */
    List<Enterprise> all(PortalUser user, Search search) {
        Query q = found(user, search);
        return jdbc.sql(EnterpriseRegistry.ENTERPRISE_SELECT + q.where + " order by " + search.sort().order)
                .params(q.params).query(EnterpriseRegistry::enterprise).list();
    }

    /** The industries to filter by: every one for an official, those of her enterprises for anyone else. */
    List<String> industries(PortalUser user) {
        if (user.official() || user.admin()) {
            return jdbc.sql("select name_zh from industry order by code").query(String.class).list();
        }
        AccessPolicy.Scope scope = access.enterpriseScope(user, "e");
        return jdbc.sql("select distinct i.name_zh from enterprise e join industry i on i.id = e.industry_id where "
                + scope.condition() + " order by i.name_zh").params(scope.params()).query(String.class).list();
    }

    /** The parks to filter by: those of the official's districts, or of the user's enterprises. */
    List<String> parks(PortalUser user) {
        AccessPolicy.Scope scope = user.official() || user.admin() ? access.districtScope(user, "p.district_id")
                : access.enterpriseScope(user, "e");
        String from = user.official() || user.admin() ? "industrial_park p"
                : "enterprise e join industrial_park p on p.id = e.park_id";
        return jdbc.sql("select distinct p.name_zh from " + from + " where " + scope.condition() + " order by p.name_zh")
                .params(scope.params()).query(String.class).list();
    }

    private record Query(String where, List<Object> params) {
    }

    private Query found(PortalUser user, Search search) {
        AccessPolicy.Scope scope = access.enterpriseScope(user, "e");
        StringBuilder where = new StringBuilder(" where ").append(scope.condition());
        List<Object> params = new ArrayList<>(scope.params());
        String words = search.q() == null ? "" : search.q().trim().toLowerCase(Locale.ROOT);
        if (!words.isEmpty()) {
            String like = Like.containing(words);
            where.append(" and (lower(e.name) like ?" + Like.ESCAPE + " or lower(e.uscc) like ?" + Like.ESCAPE + ")");
            params.add(like);
            params.add(like);
        }
        if (search.industry() != null && !search.industry().isBlank()) {
            where.append(" and i.name_zh = ?");
            params.add(search.industry());
        }
        if (search.park() != null && !search.park().isBlank()) {
            where.append(" and p.name_zh = ?");
            params.add(search.park());
        }
        if (search.union() != null) {
            where.append(" and e.union_founded = ?");
            params.add(search.union());
        }
        if (search.district() != null) {
            where.append(" and e.district_id = ?");
            params.add(search.district());
        }
        return new Query(where.toString(), params);
    }
}
