package org.xieshang.notification;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.xieshang.system.PortalUser;

/** The top bar's count of unread notices, on every page, for people (the administrator's account is none). */
@ControllerAdvice
class NoticeBadge {

    private final NoticeTable table;

    NoticeBadge(NoticeTable table) {
        this.table = table;
    }

    @ModelAttribute("unreadNotices")
    Long unread(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user && !user.admin()
                ? table.unread(user.userId()) : null;
    }
}
