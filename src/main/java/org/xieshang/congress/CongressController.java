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
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.PortalUser;

/**
 * The congress page of an enterprise or a federation (/enterprises/{id}/congress, /federations/{id}/congress):
 * composition check, delegates, CSV import, recalls and by-elections.
 */
@Controller
class CongressController {

    private final CongressRegistry congresses;
    private final CongressSessions sessions;
    private final JointMeetings jointMeetings;

    CongressController(CongressRegistry congresses, CongressSessions sessions, JointMeetings jointMeetings) {
        this.congresses = congresses;
        this.sessions = sessions;
        this.jointMeetings = jointMeetings;
    }

    @GetMapping("/{scope:enterprises|federations}/{id}/congress")
    String show(@PathVariable String scope, @PathVariable long id, @CurrentUser PortalUser user, Model model) {
        CongressOwner owner = owner(scope, id);
        model.addAttribute("owner", owner);
        model.addAttribute("workforce", congresses.visible(owner, user));
        model.addAttribute("canEdit", congresses.canEdit(owner, user));
        model.addAttribute("categories", DelegateCategory.values());
        model.addAttribute("csvHeader", CongressRegistry.CSV_HEADER);
        congresses.current(owner).ifPresent(c -> {
            model.addAttribute("congress", c);
            model.addAttribute("composition", congresses.composition(c));
            model.addAttribute("delegates", congresses.delegates(c.id()));
            model.addAttribute("changes", congresses.changes(c.id()));
            model.addAttribute("sessions", sessions.ofCongress(c.id()));
            model.addAttribute("jointMeetings", jointMeetings.ofCongress(c.id()));
            model.addAttribute("disclosures", congresses.disclosures(c.id()));
        });
        return "congress/show";
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress")
    String establish(@PathVariable String scope, @PathVariable long id, @RequestParam(required = false) DemocraticBody kind,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStartsOn,
                     @RequestParam(defaultValue = "0") int termYears, @CurrentUser PortalUser user, Model model) {
        try {
            congresses.establish(owner(scope, id), kind, termStartsOn, termYears, user);
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return show(scope, id, user, model);
        }
        return "redirect:" + owner(scope, id).path();
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress/import")
    String importCsv(@PathVariable String scope, @PathVariable long id, @RequestParam("file") MultipartFile file, @CurrentUser PortalUser user,
                     Model model) throws IOException {
        try {
            List<CongressRegistry.RowError> errors = congresses.importCsv(owner(scope, id),
                    new String(file.getBytes(), StandardCharsets.UTF_8), user);
            if (!errors.isEmpty()) {
                model.addAttribute("rowErrors", errors);
                return show(scope, id, user, model);
            }
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return show(scope, id, user, model);
        }
        return "redirect:" + owner(scope, id).path() + "?imported";
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress/delegates")
    String add(@PathVariable String scope, @PathVariable long id, @RequestParam(required = false) String name,
               @RequestParam(required = false) String constituency,
               @RequestParam(required = false) DelegateCategory category, @RequestParam(defaultValue = "false") boolean woman,
               @RequestParam(defaultValue = "false") boolean dispatched, @RequestParam(required = false) String account,
               @RequestParam(required = false) Integer votesFor,
               @RequestParam(required = false) Integer constituencySize, @CurrentUser PortalUser user, Model model) {
        CongressRegistry.NewDelegate delegate = new CongressRegistry.NewDelegate(name, constituency, category, woman, dispatched,
                account);
        try {
            if (votesFor != null || constituencySize != null) {
                congresses.byElection(owner(scope, id), delegate, votesFor == null ? 0 : votesFor,
                        constituencySize == null ? 0 : constituencySize, user);
            } else {
                congresses.addDelegate(owner(scope, id), delegate, user);
            }
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return show(scope, id, user, model);
        }
        return "redirect:" + owner(scope, id).path();
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress/delegates/{delegateId}/recall")
    String recall(@PathVariable String scope, @PathVariable long id, @PathVariable long delegateId, @RequestParam(defaultValue = "0") int votesFor,
                  @RequestParam(defaultValue = "0") int constituencySize, @RequestParam(required = false) String note,
                  @CurrentUser PortalUser user, Model model) {
        try {
            congresses.recall(owner(scope, id), delegateId, votesFor, constituencySize, note, user);
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return show(scope, id, user, model);
        }
        return "redirect:" + owner(scope, id).path();
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress/joint-meetings")
    String jointMeeting(@PathVariable String scope, @PathVariable long id,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                        @RequestParam(required = false) String attendees, @RequestParam(required = false) String subject,
                        @RequestParam(required = false) String decision, @CurrentUser PortalUser user, Model model) {
        try {
            jointMeetings.record(owner(scope, id), heldOn, attendees, subject, decision, user);
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return show(scope, id, user, model);
        }
        return "redirect:" + owner(scope, id).path();
    }

    static CongressOwner owner(String scope, long id) {
        return "federations".equals(scope) ? CongressOwner.federation(id) : CongressOwner.enterprise(id);
    }
}
