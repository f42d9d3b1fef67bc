package org.xieshang.congress;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * Delegates' proposals: filed in a session's proposal window, co-signed by other delegates (2 by default,
 * xieshang.congress.proposal-cosigners), then registered or declined by the union, replied to by a department and
 * rated by the proposer. An unsatisfied rating reopens the proposal once.
 */
@Service
public class Proposals {

    private static final String SELECT = """
            select p.*, d.name as proposer_name from proposal p join congress_delegate d on d.id = p.proposer_id""";

    private final JdbcClient jdbc;
    private final Sessions sessions;
    private final DeadlineService deadlines;
    private final int cosignersRequired;

    Proposals(JdbcClient jdbc, Sessions sessions, DeadlineService deadlines,
              @Value("${xieshang.congress.proposal-cosigners}") int cosignersRequired) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.deadlines = deadlines;
        this.cosignersRequired = cosignersRequired;
    }

    public int cosignersRequired() {
        return cosignersRequired;
    }

    /** Files a proposal for a session whose window is open; it waits for its co-signers (or is submitted at once). */
    Proposal file(long sessionId, String title, String body, PortalUser user) {
        CongressSession session = sessions.session(sessionId);
        Delegate proposer = sessions.delegateOf(session, user);
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(session.proposalsOpen(deadlines.today()), null, "proposal.window.closed", session.proposalsCloseOn());
        rules.check(title != null && !title.isBlank() && title.trim().length() <= 200, "title", "proposal.title.required");
        rules.check(body != null && !body.isBlank() && body.trim().length() <= 4000, "body", "proposal.body.required");
        rules.throwIfAny();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into proposal (congress_id, session_id, proposal_no, proposer_id, title, body, status, filed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(session.congressId(), sessionId, UUID.randomUUID().toString(), proposer.id(), title.trim(), body.trim(),
                        cosignersRequired == 0 ? Proposal.Status.SUBMITTED.name() : Proposal.Status.AWAITING_COSIGNERS.name(),
                        Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("update proposal set proposal_no = ? where id = ?")
                .params(String.format("TA-%d-%05d", deadlines.today().getYear(), id), id).update();
        return get(id);
    }

    /** Another delegate of the same congress co-signs; true when this signature completes the co-signers. */
    boolean cosign(long proposalId, PortalUser user) {
        Proposal p = get(proposalId);
        Delegate delegate = sessions.delegateOf(sessions.session(p.sessionId()), user);
        if (delegate.id() == p.proposerId()) {
            throw new BusinessRuleException(null, "proposal.cosign.own");
        }
        if (p.status() != Proposal.Status.AWAITING_COSIGNERS) {
            throw new BusinessRuleException(null, "proposal.cosign.complete");
        }
        try {
            jdbc.sql("insert into proposal_cosigner (proposal_id, delegate_id, signed_at) values (?, ?, ?)")
                    .params(proposalId, delegate.id(), Timestamp.from(Instant.now())).update();
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException(null, "proposal.cosign.again");
        }
        if (cosigners(proposalId).size() < cosignersRequired) {
            return false;
        }
        setStatus(proposalId, Proposal.Status.SUBMITTED);
        return true;
    }

    void register(long proposalId, String department, LocalDate dueOn) {
        Proposal p = requireStatus(proposalId, Proposal.Status.SUBMITTED);
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(department != null && !department.isBlank() && department.trim().length() <= 100, "department",
                "proposal.department.required");
        rules.check(dueOn != null && dueOn.isAfter(deadlines.today()) && dueOn.isBefore(deadlines.today().plusYears(1)),
                "dueOn", "proposal.dueOn.future");
        rules.throwIfAny();
        jdbc.sql("update proposal set status = ?, department = ?, due_on = ? where id = ?")
                .params(Proposal.Status.REGISTERED.name(), department.trim(), Date.valueOf(dueOn), p.id()).update();
    }

    void decline(long proposalId, String reason) {
        requireStatus(proposalId, Proposal.Status.SUBMITTED);
        if (reason == null || reason.isBlank() || reason.trim().length() > 1000) {
            throw new BusinessRuleException("reason", "proposal.decline.reason");
        }
        jdbc.sql("update proposal set status = ?, decline_reason = ? where id = ?")
                .params(Proposal.Status.DECLINED.name(), reason.trim(), proposalId).update();
    }

    void reply(long proposalId, String body, PortalUser user) {
        requireStatus(proposalId, Proposal.Status.REGISTERED);
        if (body == null || body.isBlank() || body.trim().length() > 4000) {
            throw new BusinessRuleException("body", "proposal.reply.required");
        }
        jdbc.sql("insert into proposal_reply (proposal_id, body, replied_by, replied_at) values (?, ?, ?, ?)")
                .params(proposalId, body.trim(), user.userId(), Timestamp.from(Instant.now())).update();
        setStatus(proposalId, Proposal.Status.REPLIED);
    }

    /** Records the proposer's rating; true when the proposal goes back to the department (first unsatisfied rating). */
    boolean rate(long proposalId, Proposal.Rating rating) {
        Proposal p = requireStatus(proposalId, Proposal.Status.REPLIED);
        if (rating == null) {
            throw new BusinessRuleException("rating", "proposal.rating.required");
        }
        jdbc.sql("""
                        update proposal_reply set rating = ?, rated_at = ? where id =
                            (select max(id) from proposal_reply where proposal_id = ?)""")
                .params(rating.name(), Timestamp.from(Instant.now()), proposalId).update();
        boolean reopen = rating == Proposal.Rating.UNSATISFIED && !p.reopened();
        jdbc.sql("update proposal set rating = ?, reopened = ?, status = ? where id = ?")
                .params(rating.name(), p.reopened() || reopen,
                        (reopen ? Proposal.Status.REGISTERED : Proposal.Status.CLOSED).name(), proposalId).update();
        return reopen;
    }

    private void setStatus(long id, Proposal.Status status) {
        jdbc.sql("update proposal set status = ? where id = ?").params(status.name(), id).update();
    }

    /** The proposal row locked until the transaction ends: one step on a proposal at a time. */
    Proposal lock(long id) {
        jdbc.sql("select id from proposal where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("proposal " + id));
        return get(id);
    }

    public Proposal get(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::proposal).optional()
                .orElseThrow(() -> new NotFoundException("proposal " + id));
    }

    public List<Proposal> ofSession(long sessionId) {
        return jdbc.sql(SELECT + " where p.session_id = ? order by p.id").param(sessionId).query(this::proposal).list();
    }

    /** Proposals of the congress filed before this session: their handling is reported to it. */
    public List<Proposal> reportedTo(CongressSession session) {
        return jdbc.sql(SELECT + " where p.congress_id = ? and p.session_id <> ? and p.filed_at < ? order by p.id")
                .params(session.congressId(), session.id(), Timestamp.valueOf(session.startsAt()))
                .query(this::proposal).list();
    }

    public List<String> cosigners(long proposalId) {
        return jdbc.sql("""
                        select d.name from proposal_cosigner c join congress_delegate d on d.id = c.delegate_id
                        where c.proposal_id = ? order by c.signed_at""")
                .param(proposalId).query(String.class).list();
    }

    public List<Proposal.Reply> replies(long proposalId) {
        return jdbc.sql("select * from proposal_reply where proposal_id = ? order by id").param(proposalId)
                .query((rs, i) -> new Proposal.Reply(rs.getString("body"), rs.getString("replied_by"),
                        rs.getTimestamp("replied_at").toInstant(),
                        rs.getString("rating") == null ? null : Proposal.Rating.valueOf(rs.getString("rating"))))
                .list();
    }

    /** The proposer's login, if he has one. */
    public String proposerUserId(long proposalId) {
        return jdbc.sql("select d.user_id from proposal p join congress_delegate d on d.id = p.proposer_id where p.id = ?")
                .param(proposalId).query(String.class).list().get(0);
    }

    private Proposal requireStatus(long id, Proposal.Status status) {
        Proposal p = get(id);
        if (p.status() != status) {
            throw new BusinessRuleException(null, "proposal.status",
                    new DefaultMessageSourceResolvable("proposal.status." + p.status().name()));
        }
        return p;
    }

    private Proposal proposal(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_on");
        String rating = rs.getString("rating");
        return new Proposal(rs.getLong("id"), rs.getLong("congress_id"), rs.getLong("session_id"), rs.getString("proposal_no"),
                rs.getLong("proposer_id"), rs.getString("proposer_name"), rs.getString("title"), rs.getString("body"),
                Proposal.Status.valueOf(rs.getString("status")), rs.getString("decline_reason"), rs.getString("department"),
                due == null ? null : due.toLocalDate(), rating == null ? null : Proposal.Rating.valueOf(rating),
                rs.getBoolean("reopened"), rs.getTimestamp("filed_at").toInstant());
    }
}
