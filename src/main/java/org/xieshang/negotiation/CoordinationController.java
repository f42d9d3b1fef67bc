package org.xieshang.negotiation;

import static org.xieshang.negotiation.DisputeCoordination.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CaseTask;
import org.xieshang.bargaining.CaseTasks;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/** The task forms of bargaining-dispute-coordination.bpmn for the sides and the labour bureau. */
@Controller
class CoordinationController {

    private static final String[] TASKS = {TASK_APPLY_FOR_COORDINATION, TASK_DECIDE_APPLICATION, TASK_COORDINATE_DISPUTE,
            TASK_CONFIRM_AGREEMENT_UNION, TASK_CONFIRM_AGREEMENT_EMPLOYER};

    private final CaseTasks tasks;
    private final CoordinationSteps steps;
    private final Coordinations coordinations;
    private final Preparation preparation;

    CoordinationController(CaseTasks tasks, CoordinationSteps steps, Coordinations coordinations, Preparation preparation) {
        this.tasks = tasks;
        this.steps = steps;
        this.coordinations = coordinations;
        this.preparation = preparation;
    }

    @GetMapping({"/forms/apply-coordination", "/forms/decide-coordination", "/forms/coordinate-dispute", "/forms/confirm-coordination"})
    String form(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        CaseTask task = tasks.view(PROCESS_ID, taskId, user, TASKS);
        BargainingCase c = task.bargainingCase();
        model.addAttribute("task", task.task());
        model.addAttribute("bargainingCase", c);
        model.addAttribute("openItems", preparation.items(c.id()).stream().filter(i -> !i.settled()).toList());
        model.addAttribute("agreedTerm", preparation.agreedTerm(c.id()).orElse(null));
        WageFields.add(model, preparation, c.id());
        coordinations.running(c.id()).ifPresent(x -> {
            model.addAttribute("coordination", x);
            if (x.acceptedOn() != null) {
                model.addAttribute("deadline", coordinations.due(x));
            }
        });
        return "negotiation/coordination";
    }

    @PostMapping("/forms/apply-coordination")
    String apply(@RequestParam String taskId, @RequestParam(required = false) String application, @CurrentUser PortalUser user,
                 RedirectAttributes redirect) {
        redirect.addFlashAttribute("application", application);
        return done("/forms/apply-coordination", taskId, Flash.outcome(redirect, "notice.coordinationApplied",
                () -> steps.apply(taskId, application, user)), redirect);
    }

    @PostMapping("/forms/decide-coordination")
    String decide(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String reason,
                  @CurrentUser PortalUser user, RedirectAttributes redirect) {
        if (!List.of("accept", "decline").contains(option)) {
            throw new NotFoundException("option " + option);
        }
        boolean accept = "accept".equals(option);
        return done("/forms/decide-coordination", taskId, Flash.outcome(redirect,
                accept ? "notice.coordinationAccepted" : "notice.coordinationDeclined",
                () -> accept ? steps.accept(taskId, user) : steps.decline(taskId, reason, user)), redirect);
    }

    /** Either the one extension (the task stays open) or the agreement: per open item, settled-N and text-N. */
    @PostMapping("/forms/coordinate-dispute")
    String coordinate(@RequestParam String taskId, @RequestParam String option, @RequestParam(defaultValue = "0") int days,
                      @RequestParam(required = false) String panel, @RequestParam(required = false) String steps,
                      @RequestParam(required = false) Integer termYears,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStartsOn,
                      @RequestParam(required = false) java.math.BigDecimal wageIncrease, @RequestParam Map<String, String> form, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        String path = "/forms/coordinate-dispute";
        if ("extend".equals(option)) {
            Flash.outcome(redirect, "notice.coordinationExtended", () -> this.steps.extend(taskId, days, user));
            return "redirect:" + path + "?taskId=" + taskId;
        }
        CaseTask task = tasks.view(PROCESS_ID, taskId, user, TASK_COORDINATE_DISPUTE);
        List<Coordinations.Settlement> settled = preparation.items(task.bargainingCase().id()).stream()
                .filter(i -> !i.settled() && form.containsKey("settled-" + i.id()))
                .map(i -> new Coordinations.Settlement(i.id(), form.get("text-" + i.id()))).toList();
        redirect.addFlashAttribute("panel", panel);
        redirect.addFlashAttribute("steps", steps);
        redirect.addFlashAttribute("termYears", termYears);
        redirect.addFlashAttribute("termStartsOn", termStartsOn);
        redirect.addFlashAttribute("wageIncrease", wageIncrease);
        return done(path, taskId, Flash.outcome(redirect, "notice.coordinationAgreed",
                () -> this.steps.agree(taskId, panel, steps, settled, termYears, termStartsOn, wageIncrease, user)), redirect);
    }

    @PostMapping("/forms/confirm-coordination")
    String confirm(@RequestParam String taskId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        return done("/forms/confirm-coordination", taskId, Flash.outcome(redirect, "notice.coordinationConfirmed",
                () -> steps.confirm(taskId, user)), redirect);
    }

    /** To the case's negotiation page when the step held; back to the form, with what was typed, when it did not. */
    private static String done(String path, String taskId, Optional<Long> caseId, RedirectAttributes redirect) {
        if (caseId.isPresent()) {
            redirect.getFlashAttributes().keySet().removeIf(k -> !k.equals("notice"));
            return "redirect:/cases/" + caseId.get() + "/negotiation";
        }
        return "redirect:" + path + "?taskId=" + taskId;
    }
}
