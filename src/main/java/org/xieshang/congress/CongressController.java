package org.xieshang.congress;

import java.io.IOException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.Page;
import org.xieshang.system.PortalUser;

/**
 * The congress page of an enterprise or a federation (/enterprises/{id}/congress, /federations/{id}/congress):
 * composition check, delegates, CSV import, recalls and by-elections. Every action redirects back to the page
 * with its outcome.
 */
@Controller
class CongressController {

    private final CongressRegistry congresses;
    private final Sessions sessions;
    private final JointMeetings jointMeetings;
    private final Disclosures disclosures;

    CongressController(CongressRegistry congresses, Sessions sessions, JointMeetings jointMeetings, Disclosures disclosures) {
        this.congresses = congresses;
        this.sessions = sessions;
        this.jointMeetings = jointMeetings;
        this.disclosures = disclosures;
    }

    static final int ROSTER_PAGE = 50;

    /** The congress page; its roster is searched by name or constituency, 50 a page. */
    @GetMapping("/{scope:enterprises|federations}/{id}/congress")
    String show(@PathVariable String scope, @PathVariable long id, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, @CurrentUser PortalUser user, Model model) {
        CongressOwner owner = owner(scope, id);
        model.addAttribute("owner", owner);
        model.addAttribute("workforce", congresses.visible(owner, user));
        boolean canEdit = congresses.canEdit(owner, user);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("categories", DelegateCategory.values());
        model.addAttribute("csvHeader", CongressRegistry.CSV_HEADER);
        congresses.current(owner).ifPresent(c -> {
            model.addAttribute("congress", c);
            model.addAttribute("composition", congresses.composition(c));
            String needle = q == null ? "" : q.trim();
            List<Delegate> found = congresses.delegates(c.id()).stream()
                    .filter(d -> needle.isEmpty() || d.name().contains(needle) || (d.constituency() != null && d.constituency().contains(needle)))
                    .toList();
            Page.of(found, page, ROSTER_PAGE).addTo(model, "delegates");
            model.addAttribute("q", q);
            model.addAttribute("changes", congresses.changes(c.id()));
            model.addAttribute("sessions", sessions.ofCongress(c.id()));
            model.addAttribute("jointMeetings", jointMeetings.ofCongress(c.id()));
            model.addAttribute("disclosures", disclosures.ofCongress(c.id()));
            if (canEdit) {
                model.addAttribute("accounts", congresses.linkableAccounts(owner, user));
            }
        });
        return "congress/show";
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress")
    String establish(@PathVariable String scope, @PathVariable long id, @RequestParam(required = false) DemocraticBody kind,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStartsOn,
                     @RequestParam(defaultValue = "0") int termYears, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        CongressOwner owner = owner(scope, id);
        Flash.attempt(redirect, "notice.congressEstablished", () -> congresses.establish(owner, kind, termStartsOn, termYears, user));
        return "redirect:" + owner.path();
    }

    /** All rows or none: any bad row comes back with every row's errors by line. */
    @PostMapping("/{scope:enterprises|federations}/{id}/congress/import")
    String importCsv(@PathVariable String scope, @PathVariable long id, @RequestParam("file") MultipartFile file,
                     @CurrentUser PortalUser user, RedirectAttributes redirect) throws IOException {
        CongressOwner owner = owner(scope, id);
        String csv = org.xieshang.system.CsvInput.decode(file.getBytes());
        Flash.outcome(redirect, null, () -> congresses.importCsv(owner, csv, user)).ifPresent(errors -> {
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("notice", "notice.delegatesImported");
            } else {
                redirect.addFlashAttribute("rowErrors", errors);
            }
        });
        return "redirect:" + owner.path();
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress/delegates")
    String add(@PathVariable String scope, @PathVariable long id, @RequestParam(required = false) String name,
               @RequestParam(required = false) String constituency,
               @RequestParam(required = false) DelegateCategory category, @RequestParam(defaultValue = "false") boolean woman,
               @RequestParam(defaultValue = "false") boolean dispatched, @RequestParam(required = false) String account,
               @RequestParam(required = false) Integer votesFor,
               @RequestParam(required = false) Integer constituencySize, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        CongressOwner owner = owner(scope, id);
        CongressRegistry.NewDelegate delegate = new CongressRegistry.NewDelegate(name, constituency, category, woman, dispatched,
                account);
        boolean byElection = votesFor != null || constituencySize != null;
        Flash.attempt(redirect, byElection ? "notice.byElection" : "notice.delegateAdded", () -> {
            if (byElection) {
                congresses.byElection(owner, delegate, votesFor == null ? 0 : votesFor,
                        constituencySize == null ? 0 : constituencySize, user);
            } else {
                congresses.addDelegate(owner, delegate, user);
            }
        });
        return "redirect:" + owner.path();
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress/delegates/{delegateId}/recall")
    String recall(@PathVariable String scope, @PathVariable long id, @PathVariable long delegateId,
                  @RequestParam(defaultValue = "0") int votesFor, @RequestParam(defaultValue = "0") int constituencySize,
                  @RequestParam(required = false) String note, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        CongressOwner owner = owner(scope, id);
        Flash.attempt(redirect, "notice.delegateRecalled",
                () -> congresses.recall(owner, delegateId, votesFor, constituencySize, note, user));
        return "redirect:" + owner.path();
    }

    @PostMapping("/{scope:enterprises|federations}/{id}/congress/joint-meetings")
    String jointMeeting(@PathVariable String scope, @PathVariable long id,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                        @RequestParam(required = false) String attendees, @RequestParam(required = false) String subject,
                        @RequestParam(required = false) String decision, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        CongressOwner owner = owner(scope, id);
        Flash.attempt(redirect, "notice.jointMeetingRecorded",
                () -> jointMeetings.record(owner, heldOn, attendees, subject, decision, user));
        return "redirect:" + owner.path();
    }

    static CongressOwner owner(String scope, long id) {
        return "federations".equals(scope) ? CongressOwner.federation(id) : CongressOwner.enterprise(id);
    }
}
