package org.xieshang.history;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.ImportProblem;
import org.xieshang.offer.ContractType;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.PortalUser;

/** 补录历史资料: contracts in force and past congress sessions from paper, one by one or from a spreadsheet. */
@Controller
class HistoryController {

    private final PaperHistory history;

    HistoryController(PaperHistory history) {
        this.history = history;
    }

    @GetMapping("/history")
    String page(@CurrentUser PortalUser user, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                Model model) {
        String search = org.xieshang.system.Like.words(q);
        history.recorded(user, search, page).addTo(model, "recorded");
        model.addAttribute("q", search);
        model.addAttribute("firms", history.firms(user));
        model.addAttribute("types", List.of(ContractType.values()));
        model.addAttribute("maxTerm", PaperHistory.MAX_TERM);
        model.addAttribute("contractColumns", HistoryColumns.CONTRACT);
        model.addAttribute("sessionColumns", HistoryColumns.SESSION);
        if (!model.containsAttribute("sent")) {
            model.addAttribute("sent", Map.of());
        }
        return "history/index";
    }

    /** Refused input comes back in the form as it was typed (the scan must be chosen again: browsers never refill files). */
    @PostMapping("/history/contracts")
    String contract(@CurrentUser PortalUser user, @RequestParam Map<String, String> form,
                    @RequestParam(required = false) MultipartFile scan, RedirectAttributes redirect) throws IOException {
        byte[] pdf = scan == null ? null : scan.getBytes();
        String party = form.getOrDefault("party", "");
        var paper = new PaperHistory.ContractPaper(party.startsWith("e") ? id(party.substring(1)) : null,
                party.startsWith("f") ? id(party.substring(1)) : null, choice(ContractType.class, form.get("type")),
                number(form.get("termYears")), day(form.get("signedOn")), day(form.get("effectiveOn")), day(form.get("filedOn")),
                day(form.get("receivedOn")), decimal(form.get("wageIncrease")));
        if (!Flash.attempt(redirect, "notice.contractRecorded", () -> history.recordContract(user, paper, pdf))) {
            redirect.addFlashAttribute("sent", form);
        }
        return "redirect:/history";
    }

    @PostMapping("/history/sessions")
    String session(@CurrentUser PortalUser user, @RequestParam Map<String, String> form,
                   @RequestParam(required = false) MultipartFile scan, RedirectAttributes redirect) throws IOException {
        byte[] pdf = scan == null ? null : scan.getBytes();
        var minutes = new PaperHistory.SessionPaper(id(form.get("enterpriseId")), choice(DemocraticBody.class, form.get("kind")),
                day(form.get("heldOn")), number(form.get("delegates")), number(form.get("present")), form.get("place"));
        if (!Flash.attempt(redirect, "notice.sessionRecorded", () -> history.recordSession(user, minutes, pdf))) {
            redirect.addFlashAttribute("sent", form);
        }
        return "redirect:/history";
    }

    @PostMapping("/history/import")
    String importFile(@CurrentUser PortalUser user, @RequestParam(defaultValue = "CONTRACTS") String kind,
                      @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        PaperHistory.Kind k = "SESSIONS".equals(kind) ? PaperHistory.Kind.SESSIONS : PaperHistory.Kind.CONTRACTS;
        List<ImportProblem> problems = file == null || file.isEmpty() ? List.of(new ImportProblem(0, "import.file.empty"))
                : history.importFile(user, k, file.getOriginalFilename(), file.getBytes());
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", "notice.historyImported");
        } else {
            redirect.addFlashAttribute("problems", problems);
            redirect.addFlashAttribute("fileName", file == null ? "" : file.getOriginalFilename());
        }
        return "redirect:/history";
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : PaperHistory.parseDay(text).orElse(null);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
