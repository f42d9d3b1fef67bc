package org.xieshang.contract;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.negotiation.Authorisations;
import org.xieshang.offer.ContractType;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Spreadsheet;

/**
 * The register (/contracts): every contract the viewer may see, searched by party or case number, filtered by type and
 * status, sorted and paged; the figures above it and the renewal pipeline count them all; the CSV holds what the
 * search found.
 */
@Controller
class ContractRegisterController {

    private static final int PAGE_SIZE = 50;
    /** The renewal pipeline shows the soonest; the search by status lists them all. */
    private static final int PIPELINE_SHOWN = 20;

    private final ContractRegister register;
    private final DeadlineService deadlines;

    ContractRegisterController(ContractRegister register, DeadlineService deadlines) {
        this.register = register;
        this.deadlines = deadlines;
    }

    @GetMapping("/contracts")
    String list(@CurrentUser PortalUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) ContractType type, @RequestParam(required = false) ContractStatus status,
                @RequestParam(defaultValue = "EXPIRES") ContractRegister.Sort sort, @RequestParam(defaultValue = "0") int page,
                Model model) {
        ContractRegister.Search search = new ContractRegister.Search(q, type, status, sort);
        ContractRegister.Figures figures = register.figures(user);
        register.page(user, search, figures, page, PAGE_SIZE).addTo(model, "rows");
        model.addAttribute("search", search);
        model.addAttribute("types", ContractType.values());
        model.addAttribute("statuses", ContractRegister.LISTED_STATUSES);
        model.addAttribute("sorts", ContractRegister.Sort.values());
        model.addAttribute("pipeline", register.pipeline(user, PIPELINE_SHOWN));
        model.addAttribute("figures", figures);
        model.addAttribute("count", figures.count());
        model.addAttribute("today", deadlines.today());
        model.addAttribute("principal", Authorisations.principal(user) && user.partyKind() != null
                && (user.enterpriseId() != null || user.federationId() != null));
        return "contracts/list";
    }

    /** What the search found, as CSV or as an Excel workbook. */
    @GetMapping({"/contracts.csv", "/contracts.xlsx"})
    ResponseEntity<byte[]> export(@CurrentUser PortalUser user, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) ContractType type,
                                  @RequestParam(required = false) ContractStatus status,
                                  @RequestParam(defaultValue = "EXPIRES") ContractRegister.Sort sort, Locale locale,
                                  HttpServletRequest request) {
        List<ContractRegister.Row> rows = register.rows(user, new ContractRegister.Search(q, type, status, sort));
        return Spreadsheet.send(register.table(rows, locale), request, "contracts-" + deadlines.today());
    }
}
