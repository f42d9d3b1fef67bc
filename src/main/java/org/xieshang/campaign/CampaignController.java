package org.xieshang.campaign;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.Localized;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.Page;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Spreadsheet;

/** The officials' campaign view: launch, extend, the figures, the overdue list and the CSV of cases. */
@Controller
class CampaignController {

    private final CampaignService campaigns;
    private final CampaignFigures figures;
    private final DeadlineService deadlines;
    private final MessageSource messages;

    CampaignController(CampaignService campaigns, CampaignFigures figures, DeadlineService deadlines,
                       MessageSource messages) {
        this.campaigns = campaigns;
        this.figures = figures;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @GetMapping("/campaigns")
    String list(@CurrentUser PortalUser user, @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        if (!user.official()) {
            throw new NotFoundException("campaigns");
        }
        List<Campaign> visible = campaigns.visibleTo(user);
        Map<Long, Localized> districts = campaigns.districtNames(visible);
        String words = q == null ? "" : q.trim();
        Page.of(visible.stream().filter(c -> year == null || c.year() == year)
                .filter(c -> words.isEmpty() || c.title().contains(words) || districts.get(c.districtId()).zh().contains(words))
                .toList(), page, LIST_SIZE).addTo(model, "campaigns");
        model.addAttribute("years", visible.stream().map(Campaign::year).distinct().sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("year", year);
        model.addAttribute("q", words);
        model.addAttribute("districtNames", districts);
        model.addAttribute("canLaunch", campaigns.mayLaunch(user));
        model.addAttribute("launchScope", user.districtOfficial() ? null : user.partyName());
        LocalDate today = deadlines.today();
        model.addAttribute("minClosesOn", today.plusDays(1));
        model.addAttribute("maxClosesOn", today.plusYears(1));
        if (!model.containsAttribute("form")) {
            int proposed = today.getYear();
            model.addAttribute("form", CampaignForm.proposedFor(proposed,
                    messages.getMessage("campaign.title.proposed", new Object[] {proposed}, locale)));
        }
        return "campaigns/list";
    }

    @PostMapping("/campaigns")
    String launch(@ModelAttribute("form") CampaignForm form, BindingResult binding, @CurrentUser PortalUser user,
                  RedirectAttributes redirect) {
        return Flash.form(redirect, "notice.campaignLaunched", "form", form, binding, () -> campaigns.launch(form, user))
                .map(id -> "redirect:/campaigns/" + id).orElse("redirect:/campaigns");
    }

    /** Campaigns per page of the list (a province has one per district a year). */
    static final int LIST_SIZE = 50;

    /** Rows per page of the case list; the CSV carries them all. */
    static final int PAGE_SIZE = 100;

    @GetMapping("/campaigns/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, @CurrentUser PortalUser user,
                Model model) {
        Campaign campaign = campaigns.get(id, user);
        CampaignFigures.Report report = figures.report(campaign, PAGE_SIZE);
        int pages = Math.max(1, (report.cases() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("campaign", campaign);
        model.addAttribute("report", report);
        List<CampaignFigures.Row> pageRows = figures.rows(campaign, current * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("pageRows", pageRows);
        model.addAttribute("overdueShown", report.overdue());
        // Only the rows on the page get their deadline as shown; the report itself works on dates.
        String province = campaigns.province(campaign);
        Map<Long, Deadline> answerDue = new HashMap<>();
        java.util.stream.Stream.concat(pageRows.stream(), report.overdue().stream()).filter(r -> r.answerDueOn() != null)
                .forEach(r -> answerDue.putIfAbsent(r.caseId(),
                        deadlines.asShown("offer-response", r.receivedOn(), r.answerDueOn(), province)));
        model.addAttribute("answerDue", answerDue);
        model.addAttribute("weeks", report.weeks());
        model.addAttribute("ladder", report.ladder());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("statuses", CampaignFigures.Status.values());
        model.addAttribute("canExtend", user.partyKind() == PartyKind.UPPER_UNION && user.districtOfficial() && !campaign.extended()
                && campaign.status() == Campaign.Status.OPEN);
        LocalDate today = deadlines.today();
        model.addAttribute("minExtendTo", (campaign.closesOn().isAfter(today) ? campaign.closesOn() : today).plusDays(1));
        model.addAttribute("maxClosesOn", today.plusYears(1));
        return "campaigns/show";
    }

    @PostMapping("/campaigns/{id}/extend")
    String extend(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  LocalDate closesOn, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        if (!Flash.attempt(redirect, "notice.campaignExtended", () -> campaigns.extend(id, closesOn, user))) {
            redirect.addFlashAttribute("extendTo", closesOn);
        }
        return "redirect:/campaigns/" + id;
    }

    /** Every case of the campaign, as CSV or as an Excel workbook (numbers and dates as such). */
    @GetMapping({"/campaigns/{id}/cases.csv", "/campaigns/{id}/cases.xlsx"})
    ResponseEntity<byte[]> export(@PathVariable long id, @CurrentUser PortalUser user, Locale locale,
                                  jakarta.servlet.http.HttpServletRequest request) {
        Campaign campaign = campaigns.get(id, user);
        Spreadsheet table = new Spreadsheet().sheet(campaign.title(),
                List.of(messages.getMessage("campaign.csv.header", null, locale).split("\\|")));
        for (CampaignFigures.Row r : figures.rows(campaign, 0, Integer.MAX_VALUE)) {
            table.row(java.util.Arrays.asList(r.caseNo(), r.partyName(), r.industry(), r.park(), r.enterprises(), r.employees(),
                    messages.getMessage("case.stage." + r.stage(), null, locale),
                    messages.getMessage("campaign.status." + r.status(), null, locale),
                    text(r.receivedOn()), text(r.answerDueOn()), text(r.answeredOn()), r.daysOverdue(),
                    r.ladderStep() == null ? "" : messages.getMessage("case.ladder." + r.ladderStep(), null, locale)));
        }
        return Spreadsheet.send(table, request, campaign.title());
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

}
