package org.xieshang.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/** Signs requests in as a demo user, with the same principal a real login builds. */
@Component
public class DemoUsers {

    private final PartyDirectory parties;

    DemoUsers(PartyDirectory parties) {
        this.parties = parties;
    }

    public PortalUser user(String userId) {
        return parties.portalUser(userId).orElseThrow(() -> new IllegalArgumentException("no demo user " + userId));
    }

    /** Anyone who acts for a party (a demo user, or a test's person with a login). */
    public Optional<PortalUser> find(String userId) {
        return parties.portalUser(userId);
    }

    public RequestPostProcessor as(String userId) {
        return as(user(userId));
    }

    /** A request signed in as that person (a test's own people need no Camunda user). */
    public static RequestPostProcessor as(PortalUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.partyKind().name()))));
    }
}
