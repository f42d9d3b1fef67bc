package org.xieshang.congress;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.Like;

/**
 * The congress overview's SQL: unionised enterprises with the day of their latest valid session, which the closing step
 * keeps on the enterprise (so no session is read per enterprise), a page at a time, counted in the database.
 */
@Repository
class CongressListTable {

    private final JdbcClient jdbc;

    CongressListTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unionised enterprises in scope, and those with a valid session since the day. */
    record Counts(int withUnion, int valid) {
    }

    Counts counts(AccessPolicy.Scope scope, LocalDate since) {
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(since)));
        params.addAll(scope.params());
        return jdbc.sql("select count(*) as unionised, sum(case when e.congress_held_on >= ? then 1 else 0 end) as held"
                        + " from enterprise e where e.union_founded = true and " + scope.condition())
                .params(params).query((rs, i) -> new Counts(rs.getInt("unionised"), rs.getInt("held"))).single();
    }

    /** How many enterprises the words find among those with ({@code valid}) or without a valid session since the day. */
    int count(AccessPolicy.Scope scope, LocalDate since, boolean valid, String words) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from enterprise e" + where(scope, since, valid, words, params))
                .params(params).query(Integer.class).single();
    }

    /** A slice of those, by name. */
    List<CongressOverview.Row> rows(AccessPolicy.Scope scope, LocalDate since, boolean valid, String words, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, since, valid, words, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select e.id, e.name, e.democratic_body, e.congress_held_on from enterprise e" + where
                        + " order by e.name, e.id limit ? offset ?")
                .params(params)
                .query((rs, i) -> {
                    Date day = rs.getDate("congress_held_on");
                    return new CongressOverview.Row(rs.getLong("id"), rs.getString("name"), rs.getString("democratic_body"),
                            day == null ? null : day.toLocalDate(), valid);
                }).list();
    }

    private static String where(AccessPolicy.Scope scope, LocalDate since, boolean valid, String words, List<Object> params) {
        StringBuilder where = new StringBuilder(" where e.union_founded = true and ").append(scope.condition());
        params.addAll(scope.params());
        where.append(valid ? " and e.congress_held_on >= ?" : " and (e.congress_held_on is null or e.congress_held_on < ?)");
        params.add(Date.valueOf(since));
        if (!words.isEmpty()) {
            where.append(" and e.name like ?").append(Like.ESCAPE);
            params.add(Like.containing(words));
        }
        return where.toString();
    }
}
