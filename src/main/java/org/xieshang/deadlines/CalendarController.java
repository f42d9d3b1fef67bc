package org.xieshang.deadlines;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.PortalUser;

/**
 * The holiday calendar page: the notices on record, the form for a new year's notice, its preview as a calendar,
 * and after saving the list of deadlines it moved. For administrators only.
 */
@Controller
class CalendarController {

    private final CalendarNotices notices;
    private final DeadlineService deadlines;

    CalendarController(CalendarNotices notices, DeadlineService deadlines) {
        this.notices = notices;
        this.deadlines = deadlines;
    }

    /** {@code changed}: the year whose notice was just saved, to list what it moved. The form comes back filled from the preview. */
    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) Integer changed, @ModelAttribute("form") CalendarForm form,
                    @CurrentUser PortalUser user, Model model) {
        CalendarNotices.requireKeeper(user);
        if (form.getYear() == null) {
            form.setYear(deadlines.today().getYear() + 1);
        }
        model.addAttribute("notices", notices.notices());
        model.addAttribute("changedYear", changed);
        model.addAttribute("changes", changed == null ? java.util.List.of() : notices.changes(changed));
        return "calendar";
    }

    /** The notice as a calendar to check against the printed document; nothing is saved. */
    @GetMapping("/calendar/preview")
    String preview(@ModelAttribute("form") CalendarForm form, BindingResult binding, @CurrentUser PortalUser user, Model model) {
        CalendarNotices.requireKeeper(user);
        if (binding.hasErrors()) {
            return calendar(null, form, user, model);
        }
        try {
            model.addAttribute("notice", form.toNotice());
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return calendar(null, form, user, model);
        }
        return "calendar-preview";
    }

    @PostMapping("/calendar")
    String enter(@ModelAttribute("form") CalendarForm form, BindingResult binding, @CurrentUser PortalUser user,
                 RedirectAttributes redirect) {
        CalendarNotices.requireKeeper(user);
        return Flash.form(redirect, "calendar.saved", "form", form, binding, () -> {
            try {
                return notices.enter(form.toNotice(), user);
            } catch (ProcessEngineException | IllegalArgumentException e) {
                // A waiting timer or task whose date no longer computes (an old model version, a removed clock): the
                // whole entry was rolled back, so no date moved half-way; the administrator is told which.
                throw new BusinessRuleException(null, "calendar.recompute.failed", e.getMessage());
            }
        }).map(moved -> "redirect:/calendar?changed=" + form.getYear()).orElse("redirect:/calendar");
    }
}
