package org.xieshang.system;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.web.WebAttributes;

@Controller
class LoginController {

    private final Clock clock;

    LoginController(Clock clock) {
        this.clock = clock;
    }

    /** After a refused sign-in: a locked account is told until when (local time), anything else the usual message. */
    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AccountLockedException e) {
            model.addAttribute("lockedUntil", LocalDateTime.ofInstant(e.until(), clock.getZone()).withNano(0));
        }
        return "login";
    }
}
