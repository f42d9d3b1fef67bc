package org.xieshang.system;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts that wrong passwords locked, for those who may unlock them (LoginLocks). */
@Controller
class AccountController {

    private final LoginLocks locks;
    private final Clock clock;

    AccountController(LoginLocks locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    @GetMapping("/accounts/locked")
    String locked(@CurrentUser PortalUser user, Model model) {
        model.addAttribute("accounts", locks.lockedVisibleTo(user).stream()
                .map(a -> new Row(a, LocalDateTime.ofInstant(a.lockedUntil(), clock.getZone()).withNano(0))).toList());
        return "accounts/locked";
    }

    @PostMapping("/accounts/{userId}/unlock")
    String unlock(@PathVariable String userId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.accountUnlocked", () -> locks.unlock(userId, user));
        return "redirect:/accounts/locked";
    }

    record Row(LoginLocks.LockedAccount account, LocalDateTime until) {
    }
}
