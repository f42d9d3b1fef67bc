package org.xieshang.enterprise;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.documents.DocumentService;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.Localized;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.Page;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Spreadsheet;

@Controller
class EnterpriseController {

    private final EnterpriseRegistry registry;
    private final AccessPolicy access;
    private final PartyDirectory parties;
    private final DocumentService documents;
    private final EnterpriseProfileDocument profile;
    private final MessageSource messages;
    private final RegistryTable list;

    EnterpriseController(EnterpriseRegistry registry, AccessPolicy access, PartyDirectory parties, DocumentService documents,
                         EnterpriseProfileDocument profile, MessageSource messages, RegistryTable list) {
        this.list = list;
        this.messages = messages;
        this.registry = registry;
        this.access = access;
        this.parties = parties;
        this.documents = documents;
        this.profile = profile;
    }

    static final int PAGE_SIZE = 50;

    /** The registry by name or USCC, industry, park and union status, sorted, a page at a time. */
    @GetMapping("/enterprises")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
                @RequestParam(required = false) String park, @RequestParam(required = false) Boolean union,
                @RequestParam(defaultValue = "NAME") RegistryTable.Sort sort, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) Long district, @CurrentUser PortalUser user, Model model) {
        list.page(user, new RegistryTable.Search(q, industry, park, union, district, sort), page, PAGE_SIZE).addTo(model, "enterprises");
        model.addAttribute("industries", list.industries(user));
        model.addAttribute("parks", list.parks(user));
        model.addAttribute("q", q);
        model.addAttribute("industry", industry);
        model.addAttribute("park", park);
        model.addAttribute("union", union);
        model.addAttribute("sort", sort);
        model.addAttribute("district", district);
        model.addAttribute("canEdit", access.canEditRegistry(user));
        return "enterprises/list";
    }

    /** What the registry search found, as CSV or as an Excel workbook (headcounts as numbers). */
    @GetMapping({"/enterprises.csv", "/enterprises.xlsx"})
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
                                  @RequestParam(required = false) String park, @RequestParam(required = false) Boolean union,
                                  @RequestParam(defaultValue = "NAME") RegistryTable.Sort sort, @RequestParam(required = false) Long district,
                                  @CurrentUser PortalUser user, Locale locale, HttpServletRequest request) {
        Spreadsheet table = new Spreadsheet().sheet(messages.getMessage("enterprise.list.title", null, locale),
                List.of(messages.getMessage("enterprise.export.header", null, locale).split("\\|")));
        for (Enterprise e : list.all(user, new RegistryTable.Search(q, industry, park, union, district, sort))) {
            table.row(java.util.Arrays.asList(e.name(), e.uscc(), e.districtName(), e.industryName(), e.parkName(), e.headcount(),
                    messages.getMessage(e.unionFounded() ? "enterprise.yes" : "enterprise.no", null, locale), e.unionChair()));
        }
        return Spreadsheet.send(table, request, "enterprises");
    }

    @GetMapping("/enterprises/{id}")
    String detail(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        Enterprise enterprise = registry.get(id, user);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("federations", registry.federationsCovering(id));
        model.addAttribute("documents", documents.ofEnterpriseVisibleTo(id, user));
        model.addAttribute("parties", visibleParties(enterprise, user));
        return "enterprises/detail";
    }

    @GetMapping("/enterprises/new")
    String form(@CurrentUser PortalUser user, Model model) {
        requireEditor(user);
        if (!model.containsAttribute("form")) {
            EnterpriseForm form = new EnterpriseForm();
            form.setDistrictId(user.districtId());
            form.setDemocraticBody(DemocraticBody.WORKERS_CONGRESS);
            model.addAttribute("form", form);
        }
        return showForm(user, model);
    }

    @PostMapping("/enterprises")
    String register(@ModelAttribute("form") EnterpriseForm form, BindingResult binding, @CurrentUser PortalUser user,
                    RedirectAttributes redirect) {
        requireEditor(user);
        return Flash.form(redirect, "enterprise.saved", "form", form, binding, () -> registry.register(form, user))
                .map(id -> "redirect:/enterprises/" + id).orElse("redirect:/enterprises/new");
    }

    @PostMapping("/enterprises/{id}/profile")
    String generateProfile(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.outcome(redirect, "enterprise.profile.generated", () -> profile.generate(id, user));
        return "redirect:/enterprises/" + id;
    }

    @GetMapping("/federations")
    String federations(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                       @CurrentUser PortalUser user, Model model) {
        String words = q == null ? "" : q.trim();
        Page.of(registry.federationsVisibleTo(user).stream().filter(f -> words.isEmpty() || f.name().contains(words)
                || (f.chair() != null && f.chair().contains(words))).toList(), page, PAGE_SIZE).addTo(model, "federations");
        model.addAttribute("q", words);
        return "federations/list";
    }

    @GetMapping("/federations/{id}")
    String federation(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        model.addAttribute("federation", registry.federation(id, user));
        return "federations/detail";
    }

    /** Officials see every side of the enterprise; a side sees only its own people. */
    private List<PartyView> visibleParties(Enterprise e, PortalUser user) {
        List<String> ids = user.admin() || user.official()
                ? List.of(PartyDirectory.unionOf(e.id()), PartyDirectory.employerOf(e.id()),
                        PartyDirectory.recorderOf(e.id()), PartyDirectory.delegatesOf(e.id()))
                : List.of(user.partyId());
        return ids.stream().map(id -> new PartyView(id, parties.partyName(id).orElseThrow(), parties.members(id))).toList();
    }

    public record PartyView(String id, Localized name, List<PartyDirectory.PartyMember> members) {
    }

    private String showForm(PortalUser user, Model model) {
        model.addAttribute("districts", registry.districts(user));
        model.addAttribute("parks", registry.parks(user));
        model.addAttribute("industries", registry.industries());
        model.addAttribute("ownerships", Ownership.values());
        model.addAttribute("democraticBodies", DemocraticBody.values());
        return "enterprises/form";
    }

    private void requireEditor(PortalUser user) {
        if (!access.canEditRegistry(user)) {
            throw new NotFoundException("registry editing");
        }
    }
}
