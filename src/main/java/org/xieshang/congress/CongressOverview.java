package org.xieshang.congress;

import java.time.LocalDate;
import java.util.ArrayList;
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

    private final CongressListTable list;
    private final AccessPolicy access;
    private final DeadlineService deadlines;

    CongressOverview(CongressListTable list, AccessPolicy access, DeadlineService deadlines) {
        this.list = list;
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
        AccessPolicy.Scope scope = access.enterpriseScope(user, "e");
        CongressListTable.Counts counts = list.counts(scope, since);
        String words = q == null ? "" : q.trim();
        // The enterprises without a valid session first: they are where the union has work to do.
        int missing = Boolean.TRUE.equals(valid) ? 0 : list.count(scope, since, false, words);
        int held = Boolean.FALSE.equals(valid) ? 0 : list.count(scope, since, true, words);
        Page.read(missing + held, page, PAGE_SIZE, (offset, limit) -> {
            List<Row> rows = new ArrayList<>();
            if (offset < missing) {
                rows.addAll(list.rows(scope, since, false, words, offset, limit));
            }
            if (rows.size() < limit && held > 0) {
                rows.addAll(list.rows(scope, since, true, words, Math.max(0, offset - missing), limit - rows.size()));
            }
            return rows;
        }).addTo(model, "rows");
        model.addAttribute("q", words);
        model.addAttribute("validFilter", valid);
        model.addAttribute("withUnion", counts.withUnion());
        model.addAttribute("valid", counts.valid());
        model.addAttribute("rate", counts.withUnion() == 0 ? 0 : Math.round(1000.0 * counts.valid() / counts.withUnion()) / 10.0);
        model.addAttribute("since", since);
        return "congress/overview";
    }
}
