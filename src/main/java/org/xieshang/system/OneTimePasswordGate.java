package org.xieshang.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Someone signed in with a one-time password ({@link Passwords#reset}) sees only the password form until she has set
 * her own: every other page leads there, and the engine API refuses her. Asked once per session, not per request.
 */
@Component
class OneTimePasswordGate implements HandlerInterceptor {

    /** The session remembers the answer; the password form clears it once the password is changed. */
    static final String MUST_CHANGE = "xieshang.mustChangePassword";
    static final String FORM = "/account/password";

    private final Passwords passwords;

    OneTimePasswordGate(Passwords passwords) {
        this.passwords = passwords;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth == null || !(auth.getPrincipal() instanceof PortalUser user) || path.equals(FORM)) {
            return true;
        }
        HttpSession session = request.getSession();
        Boolean mustChange = (Boolean) session.getAttribute(MUST_CHANGE);
        if (mustChange == null) {
            mustChange = passwords.mustChange(user.userId());
            session.setAttribute(MUST_CHANGE, mustChange);
        }
        if (!mustChange) {
            return true;
        }
        if (path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(request.getContextPath() + FORM);
        }
        return false;
    }
}
