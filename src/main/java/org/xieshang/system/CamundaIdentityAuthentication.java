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

/**
 * Portal logins (and the engine API's HTTP Basic) check the password against Camunda's identity store, the one place
 * users live, behind the portal's temporary lock ({@link LoginLocks}).
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identity;
    private final PartyDirectory parties;
    private final LoginLocks locks;

    CamundaIdentityAuthentication(IdentityService identity, PartyDirectory parties, LoginLocks locks) {
        this.identity = identity;
        this.parties = parties;
        this.locks = locks;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!LoginLocks.plausible(userId)) {
            throw new BadCredentialsException("login.failed");
        }
        locks.lockedUntil(userId).ifPresent(until -> {
            throw new AccountLockedException(until);
        });
        if (!identity.checkPassword(userId, password)) {
            locks.failed(userId).ifPresent(until -> {
                throw new AccountLockedException(until);
            });
            throw new BadCredentialsException("login.failed");
        }
        locks.succeeded(userId);
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
