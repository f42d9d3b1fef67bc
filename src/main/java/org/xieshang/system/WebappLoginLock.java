package org.xieshang.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit, Tasklist and Admin sign in through the engine's own login resource; the same temporary lock applies
 * there: a locked account is refused before its password is checked, and the resource's answer is counted.
 */
final class WebappLoginLock extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/login/{app}");

    private final LoginLocks locks;

    WebappLoginLock(LoginLocks locks) {
        this.locks = locks;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = request.getParameter("username");
        if (!LoginLocks.plausible(userId)) {
            response.sendError(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        if (locks.lockedUntil(userId).isPresent()) {
            response.sendError(HttpStatus.FORBIDDEN.value(), "account locked after wrong passwords");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.OK.value()) {
            locks.succeeded(userId);
        } else if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            // Only a wrong password: a request the webapps' own CSRF filter refused (403) checked none.
            locks.failed(userId);
        }
    }
}
