package org.xieshang.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrong passwords lock an account for a while, never for good: after {@code maxFailures} in a row the account is
 * locked for {@code lockMinutes}, doubling with each further lockout up to a day. The user is told until when; his
 * party's head (union chair, legal representative), a district official or an administrator may lift it sooner.
 * Unknown account names are counted like real ones, so the message tells an attacker nothing about who exists.
 */
@Service
public class LoginLocks {

    private static final Logger log = LoggerFactory.getLogger(LoginLocks.class);
    private static final Pattern ACCOUNT = Pattern.compile("[a-zA-Z0-9.-]{1,64}");
    private static final Duration LONGEST = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final IdentityService identity;
    private final PartyDirectory parties;
    private final Clock clock;
    private final int maxFailures;
    private final Duration firstLock;
    private final TransactionTemplate separately;

    LoginLocks(JdbcClient jdbc, IdentityService identity, PartyDirectory parties, Clock clock, PlatformTransactionManager transactions,
               @Value("${xieshang.login.max-failures}") int maxFailures, @Value("${xieshang.login.lock-minutes}") int lockMinutes) {
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.identity = identity;
        this.parties = parties;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.firstLock = Duration.ofMinutes(lockMinutes);
    }

    /** An account name the portal can have issued; anything else is refused without being counted. */
    static boolean plausible(String userId) {
        return userId != null && ACCOUNT.matcher(userId).matches();
    }

    public Optional<Instant> lockedUntil(String userId) {
        return jdbc.sql("select locked_until from login_lock where user_id = ?").param(userId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).filter(until -> until.isAfter(clock.instant()));
    }

    /**
     * Counts a wrong password in its own transaction (the refused login rolls nothing back); returns the lock's end if
     * this one locked the account. Two first failures at the same instant both try to create the row: the loser's
     * transaction is void on PostgreSQL, so it counts again in a fresh one and finds the row.
     */
    public Optional<Instant> failed(String userId) {
        try {
            return separately.execute(tx -> count(userId));
        } catch (DuplicateKeyException raced) {
            return separately.execute(tx -> count(userId));
        }
    }

    private Optional<Instant> count(String userId) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into login_lock (user_id, failures, lockouts, last_failure_at)
                        select ?, 0, 0, ? from (values (1)) as one (x)
                        where not exists (select 1 from login_lock where user_id = ?)""")
                .params(userId, Timestamp.from(now), userId).update();
        record Row(int failures, int lockouts) {
        }
        Row row = jdbc.sql("select failures, lockouts from login_lock where user_id = ? for update").param(userId)
                .query((rs, i) -> new Row(rs.getInt("failures") + 1, rs.getInt("lockouts"))).single();
        if (row.failures() < maxFailures) {
            jdbc.sql("update login_lock set failures = ?, last_failure_at = ? where user_id = ?")
                    .params(row.failures(), Timestamp.from(now), userId).update();
            return Optional.empty();
        }
        Duration length = firstLock.multipliedBy(1L << Math.min(row.lockouts(), 10));
        Instant until = now.plus(length.compareTo(LONGEST) > 0 ? LONGEST : length);
        jdbc.sql("update login_lock set failures = 0, lockouts = ?, locked_until = ?, last_failure_at = ? where user_id = ?")
                .params(row.lockouts() + 1, Timestamp.from(until), Timestamp.from(now), userId).update();
        log.warn("Account {} locked until {} after {} wrong passwords in a row (lockout {})", userId, until, maxFailures,
                row.lockouts() + 1);
        return Optional.of(until);
    }

    /** A right password forgives the earlier wrong ones. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String userId) {
        jdbc.sql("delete from login_lock where user_id = ?").param(userId).update();
    }

    public record LockedAccount(String userId, String name, Localized party, Instant lockedUntil, int lockouts) {
    }

    /** The locked accounts this person may unlock, soonest lock end first. */
    public List<LockedAccount> lockedVisibleTo(PortalUser viewer) {
        record Lock(String userId, Instant until, int lockouts) {
        }
        return jdbc.sql("select user_id, locked_until, lockouts from login_lock where locked_until > ? order by locked_until, user_id")
                .param(Timestamp.from(clock.instant()))
                .query((rs, i) -> new Lock(rs.getString("user_id"), rs.getTimestamp("locked_until").toInstant(), rs.getInt("lockouts")))
                .list().stream()
                .flatMap(l -> account(l.userId(), viewer).stream()
                        .map(u -> new LockedAccount(u.userId(), u.displayName(), u.partyName(), l.until(), l.lockouts())))
                .toList();
    }

    @Transactional
    public void unlock(String userId, PortalUser by) {
        PortalUser target = account(userId, by).orElseThrow(() -> new NotFoundException("locked account " + userId));
        jdbc.sql("delete from login_lock where user_id = ?").param(userId).update();
        identity.unlockUser(target.userId());
        log.info("Account {} unlocked by {}", userId, by.userId());
    }

    /** The account, if this person may unlock it (and so reset its password). */
    Optional<PortalUser> account(String userId, PortalUser viewer) {
        return parties.portalUser(userId).filter(target -> mayUnlock(viewer, target));
    }

    /** The party's head for his own side (and the union chair for its delegates and recorder), officials for the district. */
    static boolean mayUnlock(PortalUser by, PortalUser target) {
        if (by.admin()) {
            return true;
        }
        if (by.userId().equals(target.userId()) || target.admin()) {
            return false;
        }
        if (by.official()) {
            return by.districtOfficial() && by.districtId().equals(target.districtId());
        }
        boolean sameUnit = (by.enterpriseId() != null && by.enterpriseId().equals(target.enterpriseId()))
                || (by.federationId() != null && by.federationId().equals(target.federationId()));
        return sameUnit && switch (by.position()) {
            case UNION_CHAIR -> target.partyKind() == PartyKind.UNION || target.partyKind() == PartyKind.DELEGATE
                    || target.partyKind() == PartyKind.RECORDER;
            case LEGAL_REPRESENTATIVE, EMPLOYER_REPRESENTATIVE -> target.partyKind() == PartyKind.EMPLOYER;
            default -> false;
        };
    }
}
