package org.xieshang.congress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.Page;
import org.xieshang.system.PortalUser;

/**
 * The officials' congress view (/congress): which enterprises with a union held a valid session (closed with a
 * quorum) in the last 12 months, directly or through the congress of a federation that covers them, and the congress
 * system rate (职代会建制率, metrics.md).
 */
@Controller
class CongressOverview {

    private static final int PAGE_SIZE = 50;

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
    String overview(@CurrentUser PortalUser user, @RequestParam(required = false) String q,
                    @RequestParam(required = false) Boolean valid, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!user.official() && !user.admin()) {
            throw new NotFoundException("congress overview");
        }
        LocalDate since = deadlines.today().minusMonths(12);
        List<Row> rows = table.lastClosedSessions(access.enterpriseScope(user, "e"), since);
        long validCount = rows.stream().filter(Row::valid).count();
        String words = q == null ? "" : q.trim();
        // The enterprises without a valid session first: they are where the union has work to do.
        Page.of(rows.stream().filter(r -> valid == null || r.valid() == valid).filter(r -> words.isEmpty() || r.name().contains(words))
                .sorted(Comparator.comparing(Row::valid).thenComparing(Row::name)).toList(), page, PAGE_SIZE).addTo(model, "rows");
        model.addAttribute("q", words);
        model.addAttribute("validFilter", valid);
        model.addAttribute("withUnion", rows.size());
        model.addAttribute("valid", validCount);
        model.addAttribute("rate", rows.isEmpty() ? 0 : Math.round(1000.0 * validCount / rows.size()) / 10.0);
        model.addAttribute("since", since);
        return "congress/overview";
    }
}
