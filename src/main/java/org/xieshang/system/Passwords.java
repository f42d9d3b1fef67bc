package org.xieshang.system;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes her own password: she proves the current one, and the new one follows the policy and repeats none
 * of her last passwords: the current one and those it replaced (kept here as BCrypt hashes; the identity store
 * keeps only the current one). Nothing is
 * saved while a rule is broken, and the passwords typed never travel back to the form.
 */
@Service
public class Passwords {

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);

    /** One-time passwords: no characters that read alike (0/O, 1/l/I), so one can be read out over the phone. */
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final int ONE_TIME_LENGTH = 12;

    private final IdentityService identity;
    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final LoginLocks locks;
    private final BCryptPasswordEncoder hashes = new BCryptPasswordEncoder();
    private final SecureRandom random = new SecureRandom();

    Passwords(IdentityService identity, JdbcClient jdbc, PasswordPolicy policy, LoginLocks locks) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.policy = policy;
        this.locks = locks;
    }

    /** A reset account: who, and the one-time password to hand over (shown once, never stored in clear). */
    record Reset(String name, String oneTimePassword) {
    }

    /**
     * Whoever may unlock the account (its party's head, the district's official, an administrator) gives it a
     * one-time password and lifts its lock; its owner must set her own at the next sign-in.
     */
    @Transactional
    public Reset reset(String userId, PortalUser by) {
        PortalUser target = locks.account(userId, by).orElseThrow(() -> new NotFoundException("account " + userId));
        String oneTime = issue(target.userId(), by);
        locks.unlock(target.userId(), by);
        log.info("Password of {} reset to a one-time password by {}", target.userId(), by.userId());
        return new Reset(target.displayName(), oneTime);
    }

    /**
     * A one-time password for an account the caller may hand one to (a new account, a reset): set, and marked so that
     * its owner must set her own at the next sign-in. Returned once, never stored in clear.
     */
    @Transactional
    public String issue(String userId, PortalUser by) {
        String oneTime = oneTimePassword();
        setPassword(userId, oneTime);
        jdbc.sql("delete from password_reset where user_id = ?").param(userId).update();
        jdbc.sql("insert into password_reset (user_id, issued_by, issued_at) values (?, ?, ?)")
                .params(userId, by.userId(), Timestamp.from(Instant.now())).update();
        return oneTime;
    }

    /** True while the account signs in with a one-time password it has not replaced. */
    public boolean mustChange(String userId) {
        return jdbc.sql("select count(*) from password_reset where user_id = ?").param(userId).query(Integer.class).single() > 0;
    }

    /** Twelve characters, each kind at least once (so the policy's kinds always hold), the rest drawn from all. */
    private String oneTimePassword() {
        String all = LOWER + UPPER + DIGITS;
        List<Character> chars = new ArrayList<>();
        for (String kind : List.of(LOWER, UPPER, DIGITS)) {
            chars.add(kind.charAt(random.nextInt(kind.length())));
        }
        while (chars.size() < Math.max(ONE_TIME_LENGTH, policy.minLength())) {
            chars.add(all.charAt(random.nextInt(all.length())));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder();
        chars.forEach(password::append);
        return password.toString();
    }

    /** The form's three fields. */
    record Change(String current, String password, String confirmation) {
    }

    @Transactional
    public void change(PortalUser user, Change change) {
        String current = nullToEmpty(change.current());
        String password = nullToEmpty(change.password());
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(current.length() <= PasswordPolicy.MAX_LENGTH && identity.checkPassword(user.userId(), current),
                "current", "password.current.wrong");
        policy.check(user.userId(), password, rules);
        rules.check(password.equals(change.confirmation()), "confirmation", "password.confirmation");
        rules.throwIfAny();
        // The last passwords are the current one and those it replaced, newest first.
        List<String> replaced = jdbc.sql("select hash from password_history where user_id = ? order by id desc fetch first ? rows only")
                .params(user.userId(), Math.max(0, policy.history() - 1)).query(String.class).list();
        rules.check(!password.equals(current) && replaced.stream().noneMatch(h -> hashes.matches(password, h)), "password",
                "password.reused", policy.history());
        rules.throwIfAny();
        setPassword(user.userId(), password);
        jdbc.sql("insert into password_history (user_id, hash, changed_at) values (?, ?, ?)")
                .params(user.userId(), hashes.encode(current), Timestamp.from(Instant.now())).update();
        jdbc.sql("delete from password_reset where user_id = ?").param(user.userId()).update();
    }

    private void setPassword(String userId, String password) {
        User account = identity.createUserQuery().userId(userId).singleResult();
        account.setPassword(password);
        identity.saveUser(account);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
