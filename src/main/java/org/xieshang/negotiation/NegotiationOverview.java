package org.xieshang.negotiation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.Page;
import org.xieshang.system.PortalUser;

/**
 * The officials' negotiation view (/negotiations): cases at the table with rounds held, stalled cases and
 * coordination cases with their clocks; the labour bureau maintains the district's wage guideline here.
 */
@Controller
class NegotiationOverview {

    private static final int PAGE_SIZE = 50;

    private final BargainingCases cases;
    private final Rounds rounds;
    private final Coordinations coordinations;
    private final WageCheck wageCheck;
    private final DeadlineService deadlines;

    NegotiationOverview(BargainingCases cases, Rounds rounds, Coordinations coordinations,
                        WageCheck wageCheck, DeadlineService deadlines) {
        this.cases = cases;
        this.rounds = rounds;
        this.coordinations = coordinations;
        this.wageCheck = wageCheck;
        this.deadlines = deadlines;
    }

    record Row(BargainingCase bargainingCase, int roundsHeld, boolean stalled, Coordinations.Coordination coordination,
               Deadline coordinationDue) {
    }

    /** Which cases the list shows; the figures above it count them all. */
    enum Show {
        ALL, STALLED, COORDINATION
    }

    private static final List<CaseStage> NEGOTIATING = List.of(CaseStage.PREPARATION, CaseStage.ROUNDS, CaseStage.DISPUTE,
            CaseStage.CONGRESS, CaseStage.SIGNING);

    @GetMapping("/negotiations")
    String overview(@CurrentUser PortalUser user, @RequestParam(required = false) String q,
                    @RequestParam(defaultValue = "ALL") Show show, @RequestParam(defaultValue = "0") int page, Model model) {
        requireOfficial(user);
        String words = q == null ? "" : q.trim();
        BargainingCases.Search all = new BargainingCases.Search(NEGOTIATING, null, null, List.of());
        BargainingCases.Search asked = new BargainingCases.Search(NEGOTIATING, words, null, List.of());
        Page<BargainingCase> found = cases.page(user, switch (show) {
            case ALL -> asked;
            case STALLED -> rounds.stalledCases(asked);
            case COORDINATION -> Coordinations.runningCases(asked);
        }, page, PAGE_SIZE);
        List<Long> ids = found.items().stream().map(BargainingCase::id).toList();
        Map<Long, List<Rounds.Round>> roundsOf = rounds.roundsOf(ids);
        Map<Long, List<Coordinations.Coordination>> coordinationsOf = coordinations.ofCases(ids);
        List<Row> rows = found.items().stream().map(c -> {
            List<Rounds.Round> held = roundsOf.getOrDefault(c.id(), List.of());
            var running = Coordinations.running(coordinationsOf.getOrDefault(c.id(), List.of())).orElse(null);
            return new Row(c, (int) held.stream().filter(r -> r.status() == Rounds.Status.CONFIRMED).count(),
                    !held.isEmpty() && rounds.stalled(held.get(held.size() - 1)), running,
                    running == null || running.acceptedOn() == null ? null : coordinations.due(running));
        }).toList();
        new Page<>(rows, found.page(), found.pages(), found.total()).addTo(model, "rows");
        model.addAttribute("countCap", BargainingCases.capReached(found));
        List<Object> params = new java.util.ArrayList<>();
        String negotiating = cases.ids(user, all, params);
        model.addAttribute("q", words);
        model.addAttribute("show", show);
        model.addAttribute("count", cases.count(user, all));
        model.addAttribute("roundsHeld", rounds.confirmedIn(negotiating, params));
        model.addAttribute("stalled", cases.count(user, rounds.stalledCases(all)));
        model.addAttribute("inCoordination", cases.count(user, Coordinations.runningCases(all)));
        model.addAttribute("year", deadlines.today().getYear());
        // A district's bureau keeps its guideline; an official above the districts has none of her own to show.
        model.addAttribute("guideline", user.districtOfficial()
                ? wageCheck.guideline(user.districtId(), deadlines.today().getYear()).orElse(null) : null);
        model.addAttribute("districtOfficial", user.districtOfficial());
        model.addAttribute("today", deadlines.today());
        return "negotiation/overview";
    }

    @PostMapping("/negotiations/wage-guideline")
    String guideline(@RequestParam(required = false) BigDecimal lowerPercent, @RequestParam(required = false) BigDecimal baselinePercent,
                     @RequestParam(required = false) BigDecimal upperPercent, @RequestParam(required = false) BigDecimal minimumWage,
                     @CurrentUser PortalUser user, RedirectAttributes redirect) {
        if (!user.districtOfficial()) {
            throw new NotFoundException("wage guideline");
        }
        Flash.attempt(redirect, "notice.guidelineSet", () -> wageCheck.setGuideline(new WageCheck.Guideline(user.districtId(),
                deadlines.today().getYear(), lowerPercent, baselinePercent, upperPercent, minimumWage), user));
        return "redirect:/negotiations";
    }

    private static void requireOfficial(PortalUser user) {
        if (!user.official()) {
            throw new NotFoundException("negotiation overview");
        }
    }
}
