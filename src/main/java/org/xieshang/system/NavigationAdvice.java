package org.xieshang.system;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the top bar needs on every page: the same page in the other language (its query kept, so a task form stays
 * on its task), and the party's own page for enterprise and federation users (their cases and congress).
 */
@ControllerAdvice
class NavigationAdvice {

    /** The page's path and query parameters with lang switched; after a POST only the path, never the form's fields. */
    @ModelAttribute("otherLanguage")
    String otherLanguage(HttpServletRequest request, Locale locale) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI().substring(request.getContextPath().length()));
        if ("GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> {
                if (!"lang".equals(name)) {
                    link.queryParam(name, (Object[]) values);
                }
            });
        }
        return link.queryParam("lang", "en".equals(locale.getLanguage()) ? "zh_CN" : "en").encode().build().toUriString();
    }

    /** /enterprises/{id} or /federations/{id} for a union or employer user; null for officials and delegates. */
    @ModelAttribute("partyPath")
    String partyPath(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)
                || (user.partyKind() != PartyKind.UNION && user.partyKind() != PartyKind.EMPLOYER)) {
            return null;
        }
        return user.enterpriseId() != null ? "/enterprises/" + user.enterpriseId()
                : user.federationId() != null ? "/federations/" + user.federationId() : null;
    }
}
