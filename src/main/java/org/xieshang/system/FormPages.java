package org.xieshang.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Where a refused form goes back to: the page it was posted from, when that page is one of ours. */
public final class FormPages {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Parameters never sent back to the page: the CSRF token, passwords. */
    private static final Set<String> NOT_REFILLED = Set.of("_csrf", "password");

    private FormPages() {
    }

    /**
     * Sends a refused post back to its form: the violations, and what was typed (refilled by refill.js, since the
     * controller never bound it), with the field that was wrong marked.
     */
    public static void flashRefusal(HttpServletRequest request, List<BusinessRuleException.Violation> violations) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(Flash.ERRORS, violations);
        Map<String, Object> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_REFILLED.contains(name)) {
                typed.put(name, values.length == 1 ? values[0] : List.of(values));
            }
        });
        try {
            flash.put("refill", JSON.writeValueAsString(typed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request parameters are strings", e);
        }
        violations.stream().map(BusinessRuleException.Violation::field).filter(f -> f != null && !f.isBlank()).findFirst()
                .ifPresent(field -> flash.put("invalidField", field));
    }

    /** The referring page as a path within the app (query kept), if it is on this host; never a foreign address. */
    public static Optional<String> referringPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return Optional.empty();
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
                return Optional.empty();
            }
            return Optional.of(path.substring(request.getContextPath().length()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
