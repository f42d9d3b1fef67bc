package org.xieshang.congress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    private final SessionTable table;
    private final AccessPolicy access;
    private final DeadlineService deadlines;

    CongressOverview(SessionTable table, AccessPolicy access, DeadlineService deadlines) {
        this.table = table;
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
        List<Row> rows = table.lastClosedSessions(access.enterpriseScope(user, "e"), since);
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
