package org.xieshang.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The child rows of rows already read (a federation's members, a document's readers), in one query after the parents'
 * query has ended. A row mapper never queries: it would take a second connection while the first still streams, and
 * a pool whose every connection is held by a request waiting for a second one stops every request (ArchitectureTest).
 */
public final class Children {

    /** A child row and the id of the parent it belongs to. */
    public record Of<C>(long parentId, C child) {
    }

    private Children() {
    }

    /**
     * Reads the children of {@code parents} with {@code sql}, which names the parents' ids as {@code :ids} and keeps
     * the children's order, and returns each parent with its own ({@code with}).
     */
    public static <P, C> List<P> attach(JdbcClient jdbc, List<P> parents, ToLongFunction<P> id, String sql, RowMapper<Of<C>> child,
                                        BiFunction<P, List<C>, P> with) {
        if (parents.isEmpty()) {
            return parents;
        }
        Map<Long, List<C>> byParent = new LinkedHashMap<>();
        jdbc.sql(sql).param("ids", parents.stream().map(id::applyAsLong).distinct().toList()).query(child).list()
                .forEach(c -> byParent.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c.child()));
        return parents.stream().map(p -> with.apply(p, byParent.getOrDefault(id.applyAsLong(p), List.of()))).toList();
    }
}
