package org.xieshang.negotiation;

import static org.xieshang.bargaining.CollectiveBargaining.*;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
import org.xieshang.bargaining.CaseTask;
import org.xieshang.bargaining.CaseTasks;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * The negotiation page of a case (/cases/{id}/negotiation) and the task forms of the rounds. Each side sees both
 * delegations, the agenda with positions round by round, the wage check and the clocks; only its own caucus notes.
 * The recorder and officials see no caucus at all.
 */
@Controller
class NegotiationController {

    private static final String[] ROUND_TASKS = {TASK_SCHEDULE_ROUND, TASK_RECORD_MINUTES, TASK_CONFIRM_MINUTES_UNION,
            TASK_CONFIRM_MINUTES_EMPLOYER, TASK_INITIAL_DRAFT_UNION, TASK_INITIAL_DRAFT_EMPLOYER};

    private final BargainingCases cases;
    private final CollectiveBargainingProcess process;
    private final CaseTasks tasks;
    private final NegotiationSteps steps;
    private final CoordinationSteps coordinationSteps;
    private final Delegations delegations;
    private final Preparation preparation;
    private final Rounds rounds;
    private final WageCheck wageCheck;
    private final Coordinations coordinations;
    private final DocumentService documents;
    private final DeadlineService deadlines;

    NegotiationController(BargainingCases cases, CollectiveBargainingProcess process, CaseTasks tasks, NegotiationSteps steps,
                          CoordinationSteps coordinationSteps, Delegations delegations, Preparation preparation, Rounds rounds,
                          WageCheck wageCheck, Coordinations coordinations, DocumentService documents, DeadlineService deadlines) {
        this.cases = cases;
        this.process = process;
        this.tasks = tasks;
        this.steps = steps;
        this.coordinationSteps = coordinationSteps;
        this.delegations = delegations;
        this.preparation = preparation;
        this.rounds = rounds;
        this.wageCheck = wageCheck;
        this.coordinations = coordinations;
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
        model.addAttribute("stepsPending", process.stepsPending(c.caseNo()));
        model.addAttribute("side", side);
        List<Delegations.Member> members = delegations.members(id).stream().filter(Delegations.Member::active).toList();
        model.addAttribute("members", members);
        model.addAttribute("ownDelegationNamed", side != null && members.stream().anyMatch(m -> m.side() == side));
        model.addAttribute("vacancies", steps.vacancies(c));
        model.addAttribute("extendedContracts", delegations.members(c.id()).stream()
                .filter(m -> m.contractExtendedByService(deadlines.today())).toList());
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
                : deadlines.compute(Rounds.WAGE_DATA_CLOCK, all.get(0).startsAt().toLocalDate(), steps.province(c)));
        model.addAttribute("wageDataProvidedOn", preparation.wageDataProvidedOn(id).orElse(null));
        model.addAttribute("caucus", preparation.caucus(c, user));
        model.addAttribute("coordinations", coordinations.ofCase(id));
        model.addAttribute("agreedTerm", preparation.agreedTerm(id).orElse(null));
        model.addAttribute("agreedWage", preparation.agreedWageIncrease(id).orElse(null));
        coordinations.running(id).filter(x -> x.acceptedOn() != null)
                .ifPresent(x -> model.addAttribute("coordinationDue", coordinations.due(x)));
        model.addAttribute("documents", documents.ofCaseVisibleTo(c.caseNo(), user).stream()
                .filter(d -> NEGOTIATION_DOCUMENTS.contains(d.type())).toList());
        model.addAttribute("today", deadlines.today());
        model.addAttribute("bureau", PartyDirectory.labourBureauOf(c.districtId()).equals(user.partyId())
                && CoordinationSteps.canIntervene(c));
        if (side != null) {
            if (!model.containsAttribute("delegationForm")) {
                model.addAttribute("delegationForm", NegotiationForms.DelegationForm.of(members.stream()
                        .filter(m -> m.side() == side).toList()));
            }
            if (side == Side.UNION) {
                model.addAttribute("recorderAccounts", preparation.recorderAccounts(c));
            }
            model.addAttribute("preparationTask", process.openTask(c.caseNo(), side == Side.UNION
                    ? TASK_START_UNION_PREPARATION : TASK_START_EMPLOYER_PREPARATION, user)
                    .orElse(null));
        }
        return "negotiation/show";
    }

    private static final List<DocumentType> NEGOTIATION_DOCUMENTS = List.of(DocumentType.DELEGATION_LIST, DocumentType.MEETING_NOTICE,
            DocumentType.NEGOTIATION_MINUTES, DocumentType.ITEM_COMPARISON, DocumentType.CONTRACT_DRAFT,
            DocumentType.COORDINATION_APPLICATION, DocumentType.COORDINATION_AGREEMENT);

    /**
     * Each wage item with what the check says about both sides' latest positions: the lowest wage each side proposed
     * in the minutes is held against the minimum wage, not the employer's current payroll.
     */
    private List<WageLine> wageLines(List<Preparation.Item> items, Map<Long, TreeMap<Integer, Rounds.Position>> positions,
                                     Optional<WageCheck.Guideline> guideline, Optional<WageCheck.WageData> data) {
        List<WageLine> lines = new ArrayList<>();
        for (Preparation.Item item : items) {
            if (!item.wages()) {
                continue;
            }
            var byRound = positions.get(item.id());
            Rounds.Position last = byRound == null ? null : byRound.lastEntry().getValue();
            lines.add(new WageLine(item,
                    WageCheck.check(last == null ? null : last.unionIncrease(),
                            last == null ? null : WageCheck.lowestWageIn(last.unionPosition()), guideline, data),
                    WageCheck.check(last == null ? null : last.employerIncrease(),
                            last == null ? null : WageCheck.lowestWageIn(last.employerPosition()), guideline, data)));
        }
        return lines;
    }

    // ---- a side's preparation -------------------------------------------------------------------------------

    @PostMapping("/cases/{id}/negotiation/delegation")
    String name(@PathVariable long id, @ModelAttribute NegotiationForms.DelegationForm form, @CurrentUser PortalUser user,
                RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        if (!Flash.attempt(redirect, "notice.delegationNamed",
                () -> delegations.name(c, Preparation.sideOf(c, user), form.members(), user.userId()))) {
            redirect.addFlashAttribute("delegationForm", form);
        }
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/vacancies")
    String vacate(@PathVariable long id, @RequestParam long memberId, @RequestParam(required = false) String reason,
                  @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        Flash.attempt(redirect, "notice.vacancyRecorded", () -> delegations.vacate(c, Preparation.sideOf(c, user), memberId, reason));
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/vacancies/{memberId}/fill")
    String fill(@PathVariable long id, @PathVariable long memberId, @RequestParam(required = false) String name,
                @RequestParam(required = false) String title, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        Flash.attempt(redirect, "notice.vacancyFilled", () -> delegations.fill(c, Preparation.sideOf(c, user), memberId,
                new Delegations.NewMember(name, title, false, false, false, null, null), user.userId()));
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/recorder")
    String recorder(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String account,
                    @RequestParam(defaultValue = "propose") String option, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        boolean agree = "agree".equals(option);
        Flash.attempt(redirect, agree ? "notice.recorderAgreed" : "notice.recorderProposed", () -> {
            if (agree) {
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
        Flash.attempt(redirect, "notice.itemAdded", () -> preparation.addItem(c, title, wages, user));
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/caucus")
    String caucus(@PathVariable long id, @RequestParam(required = false) Long itemId, @RequestParam(required = false) String bottomLine,
                  @RequestParam(required = false) String note, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        Flash.attempt(redirect, "notice.caucusWritten", () -> preparation.writeCaucus(c, itemId, bottomLine, note, user));
        return back(id);
    }

    @PostMapping("/cases/{id}/negotiation/wage-data")
    String wageData(@PathVariable long id, @RequestParam(required = false) String request, @RequestParam(required = false) Integer headcount,
                    @RequestParam(required = false) BigDecimal averageMonthlyWage,
                    @RequestParam(required = false) BigDecimal lowestMonthlyWage, @CurrentUser PortalUser user,
                    RedirectAttributes redirect) {
        BargainingCase c = cases.get(id, user);
        boolean union = Preparation.sideOf(c, user) == Side.UNION;
        Flash.attempt(redirect, union ? "notice.wageDataRequested" : "notice.wageDataProvided", () -> {
            if (union) {
                preparation.requestWageData(c, request, user);
            } else {
                preparation.provideWageData(c, headcount, averageMonthlyWage, lowestMonthlyWage, user);
            }
        });
        return back(id);
    }

    /** The page's button carries the side's preparation task, so a second click hears who finished it. */
    @PostMapping("/cases/{id}/negotiation/prepared")
    String prepared(@PathVariable long id, @RequestParam String taskId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        cases.get(id, user);
        Flash.attempt(redirect, "notice.preparationFinished", () -> steps.finishPreparation(taskId, user));
        return back(id);
    }

    /** The labour bureau steps in on its own initiative (CCR Art. 49). */
    @PostMapping("/cases/{id}/negotiation/coordination")
    String intervene(@PathVariable long id, @RequestParam(required = false) String reason, @CurrentUser PortalUser user,
                     RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.coordinationStarted", () -> coordinationSteps.intervene(id, reason, user));
        return back(id);
    }

    @GetMapping("/forms/prepare-negotiation")
    String prepareTask(@RequestParam String taskId, @CurrentUser PortalUser user) {
        return back(tasks.view(PROCESS_ID, taskId, user, TASK_START_UNION_PREPARATION, TASK_START_EMPLOYER_PREPARATION)
                .bargainingCase().id());
    }

    // ---- rounds ---------------------------------------------------------------------------------------------

    @GetMapping({"/forms/schedule-round", "/forms/record-minutes", "/forms/confirm-minutes", "/forms/initial-draft"})
    String roundTask(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        CaseTask task = tasks.view(PROCESS_ID, taskId, user, ROUND_TASKS);
        BargainingCase c = task.bargainingCase();
        model.addAttribute("task", task.task());
        model.addAttribute("bargainingCase", c);
        model.addAttribute("items", preparation.items(c.id()));
        model.addAttribute("agreedTerm", preparation.agreedTerm(c.id()).orElse(null));
        WageFields.add(model, preparation, c.id());
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
                    @RequestParam(required = false) String place, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("startsAt", startsAt);
        redirect.addFlashAttribute("place", place);
        return done("/forms/schedule-round", taskId, redirect,
                Flash.outcome(redirect, "notice.roundScheduled", () -> steps.schedule(taskId, startsAt, place, user)));
    }

    @PostMapping("/forms/record-minutes")
    String minutes(@RequestParam String taskId, @ModelAttribute("minutesForm") NegotiationForms.MinutesForm form,
                   @CurrentUser PortalUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("minutesForm", form);
        return done("/forms/record-minutes", taskId, redirect,
                Flash.outcome(redirect, "notice.minutesRecorded", () -> steps.recordMinutes(taskId, form.toMinutes(), user)));
    }

    @PostMapping("/forms/confirm-minutes")
    String confirm(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String comment,
                   @CurrentUser PortalUser user, RedirectAttributes redirect) {
        boolean confirm = "confirm".equals(option);
        redirect.addFlashAttribute("comment", comment);
        return done("/forms/confirm-minutes", taskId, redirect, Flash.outcome(redirect,
                confirm ? "notice.minutesConfirmed" : "notice.minutesReturned",
                () -> steps.answerMinutes(taskId, confirm, comment, user)));
    }

    @PostMapping("/forms/initial-draft")
    String initial(@RequestParam String taskId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        return done("/forms/initial-draft", taskId, redirect,
                Flash.outcome(redirect, "notice.draftInitialled", () -> steps.initialDraft(taskId, user)));
    }

    /** To the negotiation page when the step held; back to the form, with what was typed, when it did not. */
    private static String done(String path, String taskId, RedirectAttributes redirect, Optional<Long> caseId) {
        if (caseId.isPresent()) {
            redirect.getFlashAttributes().keySet().removeIf(k -> !k.equals("notice"));
            return back(caseId.get());
        }
        return "redirect:" + path + "?taskId=" + taskId;
    }

    private static String back(long caseId) {
        return "redirect:/cases/" + caseId + "/negotiation";
    }
}
