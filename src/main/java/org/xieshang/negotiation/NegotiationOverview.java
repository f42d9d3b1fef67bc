package org.xieshang.negotiation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.FlashErrors;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * The officials' negotiation view (/negotiations): cases at the table with rounds held, stalled cases and
 * coordination cases with their clocks; the labour bureau maintains the district's wage guideline here.
 */
@Controller
class NegotiationOverview {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final BargainingCases cases;
    private final Rounds rounds;
    private final Coordinations coordinations;
    private final WageCheck wageCheck;
    private final DeadlineService deadlines;

    NegotiationOverview(JdbcClient jdbc, AccessPolicy access, BargainingCases cases, Rounds rounds, Coordinations coordinations,
                        WageCheck wageCheck, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.rounds = rounds;
        this.coordinations = coordinations;
        this.wageCheck = wageCheck;
        this.deadlines = deadlines;
    }

    record Row(BargainingCase bargainingCase, int roundsHeld, boolean stalled, Coordinations.Coordination coordination,
               Deadline coordinationDue) {
    }

    @GetMapping("/negotiations")
    String overview(@CurrentUser PortalUser user, Model model) {
        requireOfficial(user);
        AccessPolicy.Scope scope = access.enterpriseScope(user, "e");
        List<Object> params = new ArrayList<>(scope.params());
        params.add(user.districtId());
        List<Long> ids = jdbc.sql("""
                        select c.id from bargaining_case c left join enterprise e on e.id = c.enterprise_id
                        where c.stage in ('PREPARATION', 'ROUNDS', 'DISPUTE', 'CONGRESS', 'SIGNING')
                          and ((c.enterprise_id is not null and\s""" + scope.condition() + ") or (c.federation_id is not null and c.district_id = ?))"
                        + " order by c.case_no")
                .params(params).query(Long.class).list();
        List<Row> rows = ids.stream().map(id -> {
            BargainingCase c = cases.find(id).orElseThrow();
            var running = coordinations.running(id).orElse(null);
            return new Row(c, (int) rounds.rounds(id).stream().filter(r -> r.status() == Rounds.Status.CONFIRMED).count(),
                    rounds.stalled(id), running, running == null || running.acceptedOn() == null ? null : coordinations.due(running));
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("roundsHeld", rows.stream().mapToInt(Row::roundsHeld).sum());
        model.addAttribute("stalled", rows.stream().filter(Row::stalled).count());
        model.addAttribute("inCoordination", rows.stream().filter(r -> r.coordination() != null).count());
        model.addAttribute("year", deadlines.today().getYear());
        model.addAttribute("guideline", wageCheck.guideline(user.districtId(), deadlines.today().getYear()).orElse(null));
        model.addAttribute("today", deadlines.today());
        return "negotiation/overview";
    }

    @PostMapping("/negotiations/wage-guideline")
    String guideline(@RequestParam(required = false) BigDecimal lowerPercent, @RequestParam(required = false) BigDecimal baselinePercent,
                     @RequestParam(required = false) BigDecimal upperPercent, @RequestParam(required = false) BigDecimal minimumWage,
                     @CurrentUser PortalUser user, RedirectAttributes redirect) {
        requireOfficial(user);
        FlashErrors.attempt(redirect, () -> wageCheck.setGuideline(new WageCheck.Guideline(user.districtId(),
                deadlines.today().getYear(), lowerPercent, baselinePercent, upperPercent, minimumWage), user));
        return "redirect:/negotiations";
    }

    private static void requireOfficial(PortalUser user) {
        if (!user.districtWide()) {
            throw new NotFoundException("negotiation overview");
        }
    }
}
