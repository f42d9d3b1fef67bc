package org.xieshang.negotiation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * Who acts for a side: its principal as the registry knows him (union chair, legal representative, a federation's
 * employer representative) or a person of his party he authorised in writing, for one act: signing the contract
 * (CCR Art. 37) or the chief representative's acts at the table (CCR Arts. 20–21: confirming minutes, initialling
 * the draft, confirming a coordination agreement). A letter for one act gives nothing for the other.
 */
@Service
public class Authorisations {

    public enum Act { SIGN, CHIEF }

    public record Authorisation(long id, String partyId, String userId, String userName, String grantedByName,
                                LocalDate letterDate, LocalDate validUntil, String scope, Act act, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final PartyDirectory parties;
    private final DeadlineService deadlines;

    Authorisations(JdbcClient jdbc, PartyDirectory parties, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.deadlines = deadlines;
    }

    public static boolean principal(PortalUser user) {
        return user.position() == Position.UNION_CHAIR || user.position() == Position.LEGAL_REPRESENTATIVE
                || user.position() == Position.EMPLOYER_REPRESENTATIVE;
    }

    /** A principal records the written authorisation he gave someone of his own party for one act. */
    @Transactional
    public void authorise(String userId, LocalDate letterDate, LocalDate validUntil, String scope, Act act, PortalUser principal) {
        if (!principal(principal)) {
            throw new NotFoundException("authorisations of " + principal.partyId());
        }
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        var member = parties.members(principal.partyId()).stream().filter(m -> m.userId().equals(userId)).findFirst();
        rules.check(member.isPresent() && !member.get().userId().equals(principal.userId()), "userId", "authorisation.user");
        rules.check(letterDate != null && !letterDate.isAfter(deadlines.today()), "letterDate", "authorisation.letterDate");
        rules.check(validUntil != null && !validUntil.isBefore(deadlines.today())
                && (letterDate == null || validUntil.isAfter(letterDate)), "validUntil", "authorisation.validUntil");
        rules.check(scope != null && !scope.isBlank() && scope.trim().length() <= 300, "scope", "authorisation.scope");
        rules.check(act != null, "act", "authorisation.act");
        rules.throwIfAny();
        jdbc.sql("""
                        insert into signing_authorisation (party_id, user_id, granted_by_user, granted_by_name, letter_date,
                            valid_until, scope, act, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(principal.partyId(), userId, principal.userId(), principal.displayName(), Date.valueOf(letterDate),
                        Date.valueOf(validUntil), scope.trim(), act.name(), Timestamp.from(Instant.now())).update();
    }

    @Transactional
    public void revoke(long authorisationId, PortalUser principal) {
        if (!principal(principal) || jdbc.sql("update signing_authorisation set revoked_at = ? where id = ? and party_id = ? and revoked_at is null")
                .params(Timestamp.from(Instant.now()), authorisationId, principal.partyId()).update() == 0) {
            throw new NotFoundException("authorisation " + authorisationId);
        }
    }

    /** The party's authorisations still valid today. */
    public List<Authorisation> authorisations(String partyId) {
        return jdbc.sql("""
                        select * from signing_authorisation where party_id = ? and revoked_at is null and valid_until >= ?
                        order by recorded_at desc""").params(partyId, Date.valueOf(deadlines.today()))
                .query((rs, i) -> new Authorisation(rs.getLong("id"), rs.getString("party_id"), rs.getString("user_id"),
                        parties.portalUser(rs.getString("user_id")).map(PortalUser::displayName).orElse(rs.getString("user_id")),
                        rs.getString("granted_by_name"), rs.getDate("letter_date").toLocalDate(),
                        rs.getDate("valid_until").toLocalDate(), rs.getString("scope"), Act.valueOf(rs.getString("act")),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The user's valid authorisation for this act in his own party, if he holds one. */
    public java.util.Optional<Authorisation> held(PortalUser user, Act act) {
        return authorisations(user.partyId()).stream().filter(a -> a.userId().equals(user.userId()) && a.act() == act).findFirst();
    }

    /** The chief's acts belong to the side's principal or the person he authorised for them in writing. */
    void requireChief(PortalUser user) {
        if (!principal(user) && held(user, Act.CHIEF).isEmpty()) {
            throw new BusinessRuleException(null, "chief.unauthorised", user.displayName());
        }
    }
}
