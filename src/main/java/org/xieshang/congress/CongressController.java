package org.xieshang.congress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.PortalUser;

/** The congress page of an enterprise: composition check, delegates, CSV import, recalls and by-elections. */
@Controller
class CongressController {

    private final CongressRegistry congresses;
    private final EnterpriseRegistry enterprises;

    CongressController(CongressRegistry congresses, EnterpriseRegistry enterprises) {
        this.congresses = congresses;
        this.enterprises = enterprises;
    }

    @GetMapping("/enterprises/{id}/congress")
    String show(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        model.addAttribute("enterprise", enterprises.get(id, user));
        model.addAttribute("canEdit", congresses.canEdit(id, user));
        model.addAttribute("categories", DelegateCategory.values());
        model.addAttribute("csvHeader", CongressRegistry.CSV_HEADER);
        congresses.current(id).ifPresent(c -> {
            model.addAttribute("congress", c);
            model.addAttribute("composition", congresses.composition(c));
            model.addAttribute("delegates", congresses.delegates(c.id()));
            model.addAttribute("changes", congresses.changes(c.id()));
        });
        return "congress/show";
    }

    @PostMapping("/enterprises/{id}/congress")
    String establish(@PathVariable long id, @RequestParam(required = false) DemocraticBody kind,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStartsOn,
                     @RequestParam(defaultValue = "0") int termYears, @CurrentUser PortalUser user, Model model) {
        try {
            congresses.establish(id, kind, termStartsOn, termYears, user);
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return show(id, user, model);
        }
        return "redirect:/enterprises/" + id + "/congress";
    }

    @PostMapping("/enterprises/{id}/congress/import")
    String importCsv(@PathVariable long id, @RequestParam("file") MultipartFile file, @CurrentUser PortalUser user,
                     Model model) throws IOException {
        try {
            List<CongressRegistry.RowError> errors = congresses.importCsv(id,
                    new String(file.getBytes(), StandardCharsets.UTF_8), user);
            if (!errors.isEmpty()) {
                model.addAttribute("rowErrors", errors);
                return show(id, user, model);
            }
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return show(id, user, model);
        }
        return "redirect:/enterprises/" + id + "/congress?imported";
    }

    @PostMapping("/enterprises/{id}/congress/delegates")
    String add(@PathVariable long id, @RequestParam(required = false) String name,
               @RequestParam(required = false) String constituency,
               @RequestParam(required = false) DelegateCategory category, @RequestParam(defaultValue = "false") boolean woman,
               @RequestParam(defaultValue = "false") boolean dispatched, @RequestParam(required = false) Integer votesFor,
               @RequestParam(required = false) Integer constituencySize, @CurrentUser PortalUser user, Model model) {
        CongressRegistry.NewDelegate delegate = new CongressRegistry.NewDelegate(name, constituency, category, woman, dispatched);
        try {
            if (votesFor != null || constituencySize != null) {
                congresses.byElection(id, delegate, votesFor == null ? 0 : votesFor,
                        constituencySize == null ? 0 : constituencySize, user);
            } else {
                congresses.addDelegate(id, delegate, user);
            }
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return show(id, user, model);
        }
        return "redirect:/enterprises/" + id + "/congress";
    }

    @PostMapping("/enterprises/{id}/congress/delegates/{delegateId}/recall")
    String recall(@PathVariable long id, @PathVariable long delegateId, @RequestParam(defaultValue = "0") int votesFor,
                  @RequestParam(defaultValue = "0") int constituencySize, @RequestParam(required = false) String note,
                  @CurrentUser PortalUser user, Model model) {
        try {
            congresses.recall(id, delegateId, votesFor, constituencySize, note, user);
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return show(id, user, model);
        }
        return "redirect:/enterprises/" + id + "/congress";
    }
}
