package org.xieshang.enterprise;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.PortalUser;

/** 批量开通账户: the registry's people still without an account, and the sheet of the accounts just opened (shown once). */
@Controller
class RegistryAccountsController {

    private final RegistryAccounts accounts;

    RegistryAccountsController(RegistryAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/enterprises/accounts")
    String list(@CurrentUser PortalUser user, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                Model model) {
        String search = org.xieshang.system.Like.words(q);
        accounts.candidates(user, search, page).addTo(model, "candidates");
        model.addAttribute("q", search);
        return "enterprises/accounts";
    }

    /** {@code delivery}: SEND (by the registry's contacts, the rest on the sheet) or SHEET (all on the sheet, nothing sent). */
    @PostMapping("/enterprises/accounts")
    String open(@CurrentUser PortalUser user, @RequestParam(name = "enterprise", required = false) List<Long> enterprises,
                @RequestParam(defaultValue = "SHEET") String delivery, RedirectAttributes redirect) {
        Flash.outcome(redirect, "notice.accountsOpened", () -> {
            if (enterprises == null || enterprises.isEmpty()) {
                throw new BusinessRuleException(null, "accounts.bulk.none");
            }
            return accounts.open(user, enterprises, "SEND".equals(delivery));
        }).ifPresent(issued -> redirect.addFlashAttribute("issued", issued));
        return "redirect:/enterprises/accounts";
    }
}
