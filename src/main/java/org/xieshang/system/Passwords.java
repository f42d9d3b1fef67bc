package org.xieshang.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
class Passwords {

    private final IdentityService identity;
    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final BCryptPasswordEncoder hashes = new BCryptPasswordEncoder();

    Passwords(IdentityService identity, JdbcClient jdbc, PasswordPolicy policy) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.policy = policy;
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
        List<String> replaced = jdbc.sql("select hash from password_history where user_id = ? order by id desc")
                .param(user.userId()).query(String.class).list().stream().limit(Math.max(0, policy.history() - 1)).toList();
        rules.check(!password.equals(current) && replaced.stream().noneMatch(h -> hashes.matches(password, h)), "password",
                "password.reused", policy.history());
        rules.throwIfAny();
        User account = identity.createUserQuery().userId(user.userId()).singleResult();
        account.setPassword(password);
        identity.saveUser(account);
        jdbc.sql("insert into password_history (user_id, hash, changed_at) values (?, ?, ?)")
                .params(user.userId(), hashes.encode(current), Timestamp.from(Instant.now())).update();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
