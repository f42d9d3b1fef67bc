package org.xieshang.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Portal logins check the password against Camunda's identity store, the one place users live. */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identity;
    private final PartyDirectory parties;

    CamundaIdentityAuthentication(IdentityService identity, PartyDirectory parties) {
        this.identity = identity;
        this.parties = parties;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (userId == null || userId.isBlank() || !identity.checkPassword(userId, password)) {
            throw new BadCredentialsException("login.failed");
        }
        PortalUser user = parties.portalUser(userId).orElseThrow(() -> new DisabledException("login.noParty"));
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + user.partyKind().name()));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
