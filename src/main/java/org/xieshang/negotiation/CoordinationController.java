package org.xieshang.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.PortalUser;

/** The task forms of bargaining-dispute-coordination.bpmn for the sides and the labour bureau. */
@Controller
class CoordinationController {

    private final DisputeCoordinationProcess process;
    private final Coordinations coordinations;
    private final Preparation preparation;
    private final BargainingCases cases;

    CoordinationController(DisputeCoordinationProcess process, Coordinations coordinations, Preparation preparation,
                           BargainingCases cases) {
        this.process = process;
        this.coordinations = coordinations;
        this.preparation = preparation;
        this.cases = cases;
    }

    @GetMapping({"/forms/apply-coordination", "/forms/decide-coordination", "/forms/coordinate-dispute", "/forms/confirm-coordination"})
    String form(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        BargainingCase c = caseOf(task);
        model.addAttribute("task", task);
        model.addAttribute("bargainingCase", c);
        model.addAttribute("openItems", preparation.items(c.id()).stream().filter(i -> !i.settled()).toList());
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
                 Model model) {
        Task task = process.task(taskId, user);
        BargainingCase c = caseOf(task);
        return submit(task, user, model, () -> process.apply(c, task, application, Preparation.sideOf(c, user), user));
    }

    @PostMapping("/forms/decide-coordination")
    String decide(@RequestParam String taskId, @RequestParam String option, @RequestParam(required = false) String reason,
                  @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        return submit(task, user, model, () -> {
            if ("accept".equals(option)) {
                process.accept(task, user);
            } else {
                process.decline(task, reason, user);
            }
        });
    }

    /** Either the one extension (the task stays open) or the agreement: per open item, settled-N and text-N. */
    @PostMapping("/forms/coordinate-dispute")
    String coordinate(@RequestParam String taskId, @RequestParam String option, @RequestParam(defaultValue = "0") int days,
                      @RequestParam(required = false) String panel, @RequestParam(required = false) String steps,
                      @RequestParam Map<String, String> form, @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        BargainingCase c = caseOf(task);
        if ("extend".equals(option)) {
            try {
                process.extend(task, days);
            } catch (BusinessRuleException e) {
                model.addAttribute("errors", e.violations());
            }
            return form(taskId, user, model);
        }
        List<Coordinations.Settlement> settled = new ArrayList<>();
        preparation.items(c.id()).stream().filter(i -> !i.settled() && form.containsKey("settled-" + i.id()))
                .forEach(i -> settled.add(new Coordinations.Settlement(i.id(), form.get("text-" + i.id()))));
        return submit(task, user, model, () -> process.agree(task, panel, steps, settled, user));
    }

    @PostMapping("/forms/confirm-coordination")
    String confirm(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Task task = process.task(taskId, user);
        return submit(task, user, model, () -> process.confirm(task, user));
    }

    private String submit(Task task, PortalUser user, Model model, Runnable action) {
        BargainingCase c = caseOf(task);
        try {
            action.run();
            return "redirect:/cases/" + c.id() + "/negotiation";
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return form(task.getId(), user, model);
        }
    }

    private BargainingCase caseOf(Task task) {
        return cases.findByNo(process.caseNoOf(task)).orElseThrow();
    }
}
