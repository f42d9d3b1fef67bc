package org.xieshang.system;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts that wrong passwords locked, for those who may unlock them (LoginLocks); and one's own password. */
@Controller
class AccountController {

    private final LoginLocks locks;
    private final Clock clock;
    private final Passwords passwords;
    private final PasswordPolicy policy;

    AccountController(LoginLocks locks, Clock clock, Passwords passwords, PasswordPolicy policy) {
        this.locks = locks;
        this.clock = clock;
        this.passwords = passwords;
        this.policy = policy;
    }

    @GetMapping("/account/password")
    String passwordForm(@CurrentUser PortalUser user, Model model) {
        model.addAttribute("oneTime", passwords.mustChange(user.userId()));
        model.addAttribute("minLength", policy.minLength());
        model.addAttribute("kinds", policy.kinds());
        model.addAttribute("history", policy.history());
        return "accounts/password";
    }

    /** Back to the form with the broken rules (its fields empty again), or home with the notice. */
    @PostMapping("/account/password")
    String changePassword(@CurrentUser PortalUser user, @RequestParam(required = false) String current,
                          @RequestParam(required = false) String password, @RequestParam(required = false) String confirmation,
                          HttpSession session, RedirectAttributes redirect) {
        boolean changed = Flash.attempt(redirect, "notice.passwordChanged",
                () -> passwords.change(user, new Passwords.Change(current, password, confirmation)));
        if (changed) {
            session.removeAttribute(OneTimePasswordGate.MUST_CHANGE);
        }
        return changed ? "redirect:/" : "redirect:" + OneTimePasswordGate.FORM;
    }

    /** The one-time password is shown once, on the page the reset returns to, for the person who reset it. */
    @PostMapping("/accounts/{userId}/reset-password")
    String resetPassword(@PathVariable String userId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.outcome(redirect, "notice.passwordReset", () -> passwords.reset(userId, user))
                .ifPresent(reset -> {
                    redirect.addFlashAttribute("resetName", reset.name());
                    redirect.addFlashAttribute("oneTimePassword", reset.oneTimePassword());
                });
        return "redirect:/accounts/locked";
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
