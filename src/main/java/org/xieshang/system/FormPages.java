package org.xieshang.system;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** Where a refused form goes back to: the page it was posted from, when that page is one of ours. */
public final class FormPages {

    private FormPages() {
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
