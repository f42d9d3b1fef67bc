package org.xieshang.system;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused because wrong passwords locked the account; the login page says until when. */
public class AccountLockedException extends LockedException {

    private final Instant until;

    AccountLockedException(Instant until) {
        super("login.locked");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
