package org.xieshang.congress;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * The officials' congress view (/congress): which enterprises with a union held a valid session (closed with a
 * quorum) in the last 12 months, directly or through the congress of a federation that covers them, and the congress
 * system rate (职代会建制率, metrics.md).
 */
@Controller
class CongressOverview {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final DeadlineService deadlines;

    CongressOverview(JdbcClient jdbc, AccessPolicy access, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.access = access;
        this.deadlines = deadlines;
    }

    record Row(long enterpriseId, String name, String democraticBody, LocalDate lastValidSession, boolean valid) {
    }

    @GetMapping("/congress")
    String overview(@CurrentUser PortalUser user, Model model) {
        if (!user.districtWide() && !user.admin()) {
            throw new NotFoundException("congress overview");
        }
        LocalDate since = deadlines.today().minusMonths(12);
        AccessPolicy.Scope scope = access.enterpriseScope(user, "e");
        List<Row> rows = jdbc.sql("""
                        select e.id, e.name, e.democratic_body,
                          (select max(s.starts_at) from congress_session s join congress c on c.id = s.congress_id
                           where s.status = 'CLOSED' and (c.enterprise_id = e.id or c.federation_id in
                             (select m.federation_id from federation_member m where m.enterprise_id = e.id))) as last_valid
                        from enterprise e where e.union_founded = true and """ + " " + scope.condition() + " order by e.name")
                .params(scope.params())
                .query((rs, i) -> {
                    Timestamp last = rs.getTimestamp("last_valid");
                    LocalDate day = last == null ? null : last.toLocalDateTime().toLocalDate();
                    return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("democratic_body"), day,
                            day != null && !day.isBefore(since));
                })
                .list();
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Boolean.compare(a.valid(), b.valid()));
        long valid = rows.stream().filter(Row::valid).count();
        model.addAttribute("rows", sorted);
        model.addAttribute("withUnion", rows.size());
        model.addAttribute("valid", valid);
        model.addAttribute("rate", rows.isEmpty() ? 0 : Math.round(1000.0 * valid / rows.size()) / 10.0);
        model.addAttribute("since", since);
        return "congress/overview";
    }
}
