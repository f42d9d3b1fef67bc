package org.xieshang.negotiation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.task.Task;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.FlashErrors;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * The negotiation page of a case (/cases/{id}/negotiation) and the task forms of the rounds. Each side sees both
 * delegations, the agenda with positions round by round, the wage check and the clocks; only its own caucus notes.
 * The recorder and officials see no caucus at all.
 */
@Controller
class NegotiationController {

    private final BargainingCases cases;
    private final CollectiveBargainingProcess process;
    private final Negotiation negotiation;
    private final Delegations delegations;
    private final Preparation preparation;
    private final Rounds rounds;
    private final WageCheck wageCheck;
    private final Coordinations coordinations;
    private final DisputeCoordinationProcess coordinationProcess;
    private final DocumentService documents;
    private final DeadlineService deadlines;

    NegotiationController(BargainingCases cases, CollectiveBargainingProcess process, Negotiation negotiation,
                          Delegations delegations, Preparation preparation, Rounds rounds, WageCheck wageCheck,
                          Coordinations coordinations, DisputeCoordinationProcess coordinationProcess, DocumentService documents,
                          DeadlineService deadlines) {
        this.cases = cases;
        this.process = process;
        this.negotiation = negotiation;
        this.delegations = delegations;
        this.preparation = preparation;
        this.rounds = rounds;
        this.wageCheck = wageCheck;
        this.coordinations = coordinations;
        this.coordinationProcess = coordinationProcess;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    /** A wage item's line: the last positions of both sides with what the check says about each. */
    record WageLine(Preparation.Item item, WageCheck.Finding union, WageCheck.Finding employer) {
    }

    @GetMapping("/cases/{id}/negotiation")
    String show(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        BargainingCase c = cases.get(id, user);
        Side side = Side.of(c, user);
        model.addAttribute("bargainingCase", c);
        model.addAttribute("side", side);
        List<Delegations.Member> members = delegations.members(id).stream().filter(Delegations.Member::active).toList();
        model.addAttribute("members", members);
        model.addAttribute("vacancies", negotiation.vacancies(c));
        List<Preparation.Item> items = preparation.items(id);
        model.addAttribute("items", items);
        Preparation.Setup setup = preparation.setup(id);
        model.addAttribute("setup", setup);
        List<Rounds.Round> all = rounds.rounds(id);
        model.addAttribute("rounds", all);
        Map<Long, TreeMap<Integer, Rounds.Position>> positions = new LinkedHashMap<>();
        all.forEach(r -> rounds.positions(r.id()).forEach(p ->
                positions.computeIfAbsent(p.itemId(), k -> new TreeMap<>()).put(r.roundNo(), p)));
        model.addAttribute("positions", positions);
        model.addAttribute("stalled", rounds.stalled(id));
        Optional<WageCheck.Guideline> guideline = wageCheck.guideline(c.districtId(), deadlines.today().getYear());
        Optional<WageCheck.WageData> data = preparation.wageData(id);
        model.addAttribute("wageLines", wageLines(items, positions, guideline, data));
        model.addAttribute("guideline", guideline.orElse(null));
        model.addAttribute("wageData", data.orElse(null));
        model.addAttribute("wageDataDue", all.isEmpty() || setup.wageDataRequestedOn() == null ? null
                : deadlines.compute("wage-data", all.get(0).startsAt().toLocalDate()));
        model.addAttribute("wageDataProvidedOn", preparation.wageDataProvidedOn(id).orElse(null));
        model.addAttribute("caucus", preparation.caucus(c, user));
        model.addAttribute("coordinations", coordinations.ofCase(id));
        coordinations.running(id).filter(x -> x.acceptedOn() != null)
                .ifPresent(x -> model.addAttribute("coordinationDue", coordinations.due(x)));
        model.addAttribute("documents", documents.ofCaseVisibleTo(c.caseNo(), user).stream()
                .filter(d -> NEGOTIATION_DOCUMENTS.contains(d.type())).toList());
        model.addAttribute("today", deadlines.today());
        model.addAttribute("bureau", PartyDirectory.labourBureauOf(c.districtId()).equals(user.partyId()));
        if (side != null) {
            model.addAttribute("delegationForm", NegotiationForms.DelegationForm.of(members.stream()
                    .filter(m -> m.side() == side).toList()));
            model.addAttribute("preparationTask", process.openTask(c.caseNo(), side == Side.UNION
                    ? CollectiveBargaining.TASK_START_UNION_PREPARATION : CollectiveBargaining.TASK_START_EMPLOYER_PREPARATION, user)
                    .orElse(null));
        }
        return "negotiation/show";
    }

    private static final List<DocumentType> NEGOTIATION_DOCUMENTS = List.of(DocumentType.DELEGATION_LIST, DocumentType.MEETING_NOTICE,
            DocumentType.NEGOTIATION_MINUTES, DocumentType.ITEM_COMPARISON, DocumentType.CONTRACT_DRAFT,
            DocumentType.COORDINATION_APPLICATION, DocumentType.COORDINATION_AGREEMENT);

    /** Each wage item with what the check says about both sides' latest positions. */
    private List<WageLine> wageLines(List<Preparation.Item> items, Map<Long, TreeMap<Integer, Rounds.Position>> positions,
                                     Optional<WageCheck.Guideline> guideline, Optional<WageCheck.WageData> data) {
        BigDecimal lowest = data.map(WageCheck.WageData::lowestMonthlyWage).orElse(null);
        List<WageLine> lines = new ArrayList<>();
        for (Preparation.Item item : items) {
            if (!item.wages()) {
                continue;
            }
            var byRound = positions.get(item.id());
            Rounds.Position last = byRound == null ? null : byRound.lastEntry().getValue();
            lines.add(new WageLine(item,
                    wageCheck.check(last == null ? null : last.unionIncrease(), lowest, guideline, data),
                    wageCheck.check(last == null ? null : last.employerIncrease(), lowest, guideline, data)));
        }
        return lines;
    }

    // ---- a side's preparation -------------------------------------------------------------------------------

    @PostMapping("/cases/{id}/negotiation/delegation")
    String name(@PathVariable long id, @ModelAttribute NegotiationForms.DelegationForm form, @CurrentUser PortalUser user,
                RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        FlashErrors.attempt(redirect, () -> delegations.name(c, Preparation.sideOf(c, user), form.members(), user.userId()));
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/vacancies")
    String vacate(@PathVariable long id, @RequestParam long memberId, @RequestParam(required = false) String reason,
                  @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        FlashErrors.attempt(redirect, () -> delegations.vacate(c, Preparation.sideOf(c, user), memberId, reason));
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/vacancies/{memberId}/fill")
    String fill(@PathVariable long id, @PathVariable long memberId, @RequestParam(required = false) String name,
                @RequestParam(required = false) String title, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        FlashErrors.attempt(redirect, () -> delegations.fill(c, Preparation.sideOf(c, user), memberId,
                new Delegations.NewMember(name, title, false, false, false, null, null), user.userId()));
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/recorder")
    String recorder(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String account,
                    @RequestParam(defaultValue = "propose") String option, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        FlashErrors.attempt(redirect, () -> {
            if ("agree".equals(option)) {
                preparation.agreeRecorder(c, user);
            } else {
                preparation.proposeRecorder(c, name, account, user);
            }
        });
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/items")
    String addItem(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(defaultValue = "false") boolean wages,
                   @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        FlashErrors.attempt(redirect, () -> preparation.addItem(c, title, wages, user));
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/caucus")
    String caucus(@PathVariable long id, @RequestParam(required = false) Long itemId, @RequestParam(required = false) String bottomLine,
                  @RequestParam(required = false) String note, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        FlashErrors.attempt(redirect, () -> preparation.writeCaucus(c, itemId, bottomLine, note, user));
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/wage-data")
    String wageData(@PathVariable long id, @RequestParam(required = false) String request, @RequestParam(required = false) Integer headcount,
                    @RequestParam(required = false) BigDecimal averageMonthlyWage,
                    @RequestParam(required = false) BigDecimal lowestMonthlyWage, @CurrentUser PortalUser user,
                    RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        FlashErrors.attempt(redirect, () -> {
            if (Preparation.sideOf(c, user) == Side.UNION) {
                preparation.requestWageData(c, request, user);
            } else {
                preparation.provideWageData(c, headcount, averageMonthlyWage, lowestMonthlyWage, user);
            }
        });
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/prepared")
    String prepared(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        FlashErrors.attempt(redirect, () -> negotiation.finishPreparation(c, user));
        return back(id);
    }

    /** The labour bureau steps in on its own initiative (CCR Art. 49). */
    @PostMapping("/cases/{id}/negotiation/coordination")
    String intervene(@PathVariable long id, @RequestParam(required = false) String reason, @CurrentUser PortalUser user,
                     RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        FlashErrors.attempt(redirect, () -> {
            if (reason == null || reason.isBlank()) {
                throw new BusinessRuleException("reason", "coordination.application.required");
            }
            if (coordinations.running(id).isPresent()) {
                throw new BusinessRuleException(null, "coordination.running");
            }
            coordinationProcess.startOnInitiative(c, reason, user);
        });
        return back(id);
    }

    @GetMapping("/forms/prepare-negotiation")
    String prepareTask(@RequestParam String taskId, @CurrentUser PortalUser user) {
        return back(cases.findByNo(process.caseNoOf(process.task(taskId, user))).orElseThrow().id());
    }

    // ---- rounds ---------------------------------------------------------------------------------------------

    @GetMapping({"/forms/schedule-round", "/forms/record-minutes", "/forms/confirm-minutes", "/forms/initial-draft"})
    String roundTask(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        BargainingCase c = cases.findByNo(process.caseNoOf(task)).orElseThrow();
        model.addAttribute("task", task);
        model.addAttribute("bargainingCase", c);
        model.addAttribute("items", preparation.items(c.id()));
        List<Rounds.Round> all = rounds.rounds(c.id());
        Rounds.Round current = all.isEmpty() ? null : all.get(all.size() - 1);
        model.addAttribute("round", current);
        if (current != null) {
            model.addAttribute("roundPositions", rounds.positions(current.id()));
        }
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", NegotiationForms.MinutesForm.of(preparation.items(c.id()).stream()
                    .filter(i -> !i.settled()).toList()));
        }
        model.addAttribute("documents", documents.ofCaseVisibleTo(c.caseNo(), user).stream()
                .filter(d -> NEGOTIATION_DOCUMENTS.contains(d.type())).toList());
        model.addAttribute("chiefs", delegations.members(c.id()).stream().filter(m -> m.active() && m.chief()).toList());
        return "negotiation/task";
    }

    @PostMapping("/forms/schedule-round")
    String schedule(@RequestParam String taskId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                    @RequestParam(required = false) String place, @CurrentUser PortalUser user, Model model) {
        BargainingCase c = caseOf(taskId, user);
        return submit(taskId, user, model, c, () -> negotiation.schedule(c, startsAt, place, user));
    }

    @PostMapping("/forms/record-minutes")
    String minutes(@RequestParam String taskId, @ModelAttribute("minutesForm") NegotiationForms.MinutesForm form,
                   @CurrentUser PortalUser user, Model model) {
        BargainingCase c = caseOf(taskId, user);
        return submit(taskId, user, model, c, () -> negotiation.recordMinutes(c, form.toMinutes(), user));
    }

    @PostMapping("/forms/confirm-minutes")
    String confirm(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String comment,
                   @CurrentUser PortalUser user, Model model) {
        BargainingCase c = caseOf(taskId, user);
        return submit(taskId, user, model, c, () -> negotiation.answerMinutes(c, "confirm".equals(option), comment, user));
    }

    @PostMapping("/forms/initial-draft")
    String initial(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        BargainingCase c = caseOf(taskId, user);
        return submit(taskId, user, model, c, () -> negotiation.initialDraft(c, user));
    }

    private String submit(String taskId, PortalUser user, Model model, BargainingCase c, Runnable action) {
        try {
            action.run();
            return back(c.id());
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return roundTask(taskId, user, model);
        }
    }

    private BargainingCase caseOf(String taskId, PortalUser user) {
        return cases.findByNo(process.caseNoOf(process.task(taskId, user))).orElseThrow();
    }

    private static String back(long caseId) {
        return "redirect:/cases/" + caseId + "/negotiation";
    }
}
