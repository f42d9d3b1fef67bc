package org.xieshang.congress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.monitoring.Tallies;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * A session's life and who sees it: convened, notified 7 days ahead, rescheduled or cancelled, open on the day with
 * the delegates then sitting frozen as "all delegates", closed with a quorum or adjourned without one. Every change
 * checks the status it starts from; the step services call these within their transaction.
 * Bean name {@code congressSessions}: the model's timers ask it for their instants.
 */
@Service("congressSessions")
public class Sessions {

    static final String NOTICE_CLOCK = "congress-notice";

    private final SessionTable table;
    private final CongressRegistry congresses;
    private final DeadlineService deadlines;
    private final EnterpriseRegistry registry;
    private final Tallies tallies;

    Sessions(SessionTable table, CongressRegistry congresses, DeadlineService deadlines, EnterpriseRegistry registry,
             Tallies tallies) {
        this.tallies = tallies;
        this.registry = registry;
        this.table = table;
        this.congresses = congresses;
        this.deadlines = deadlines;
    }

    public CongressSession session(long id) {
        return table.session(id).orElseThrow(() -> new NotFoundException("session " + id));
    }

    /** A session as a user may see it: the congress owner's parties, officials of the district, its delegates. */
    public CongressSession visibleSession(long id, PortalUser user) {
        CongressSession s = session(id);
        if (congresses.sitsIn(s.congressId(), user).isEmpty()) {
            congresses.visible(ownerOf(s), user);
        }
        return s;
    }

    public CongressSession editableSession(long id, PortalUser user) {
        CongressSession s = session(id);
        congresses.editable(ownerOf(s), user);
        return s;
    }

    public CongressOwner ownerOf(CongressSession s) {
        return congresses.congress(s.congressId()).owner();
    }

    public List<CongressSession> ofCongress(long congressId) {
        return table.ofCongress(congressId);
    }

    /** The latest day the notice may reach the delegates for a session on that day, by the owner's province. */
    public Deadline noticeDeadline(CongressOwner owner, LocalDate sessionDay) {
        return deadlines.compute(NOTICE_CLOCK, sessionDay, province(owner));
    }

    public String province(CongressOwner owner) {
        return registry.provinceOf(owner.enterpriseId(), owner.federationId());
    }

    /** The notice goes out only while it can still reach every delegate 7 days ahead. */
    void sendNotice(CongressSession s) {
        requireStatus(s, CongressSession.Status.CONVENED);
        LocalDate noticeBy = noticeDeadline(ownerOf(s), s.startsAt().toLocalDate()).due();
        if (deadlines.today().isAfter(noticeBy)) {
            throw new BusinessRuleException("startsAt", "session.notice.tooLate", s.startsAt().toLocalDate(), noticeBy);
        }
        table.noticeSent(s.id(), deadlines.today());
    }

    /** A new date after the notice clock ran out or the session was adjourned; sign-in starts afresh. */
    void reschedule(CongressSession s, LocalDateTime startsAt, String place) {
        requireStatus(s, CongressSession.Status.CONVENED, CongressSession.Status.ADJOURNED);
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        checkDate(rules, ownerOf(s), startsAt);
        rules.check(place != null && !place.isBlank() && place.trim().length() <= 200, "place", "session.place.required");
        rules.throwIfAny();
        table.reschedule(s.id(), startsAt, place.trim());
    }

    /** Only a session whose notice was missed or that was adjourned is given up; never one notified or in session. */
    void cancel(CongressSession s, String reason) {
        requireStatus(s, CongressSession.Status.CONVENED, CongressSession.Status.ADJOURNED);
        if (reason != null && reason.trim().length() > 500) {
            throw new BusinessRuleException("reason", "session.cancel.reasonTooLong");
        }
        table.cancel(s.id(), reason == null || reason.isBlank() ? null : reason.trim());
    }

    /** Sign-in opens on the session day; the delegates sitting then are the "all delegates" of every count. */
    public void openSignIn(long sessionId) {
        CongressSession s = session(sessionId);
        table.openSignIn(sessionId, congresses.sitting(s.congressId()).size());
    }

    /** Closing needs the quorum present and no round open; items left without a closed round are recorded as not voted. */
    void close(CongressSession s) {
        requireStatus(s, CongressSession.Status.IN_SESSION);
        if (!Majority.quorum(table.presentCount(s.id()), s.delegatesTotal())) {
            throw new BusinessRuleException(null, "session.close.noQuorum");
        }
        if (table.openRound(s.id()).isPresent()) {
            throw new BusinessRuleException(null, "session.close.roundOpen");
        }
        table.close(s.id());
        tallies.congressHeld(s.congressId(), s.startsAt().toLocalDate());
    }

    /** A session without a quorum is adjourned before any vote; it can be reconvened on a new date. */
    void adjourn(CongressSession s, String reason) {
        requireStatus(s, CongressSession.Status.IN_SESSION);
        if (reason == null || reason.isBlank() || reason.trim().length() > 500) {
            throw new BusinessRuleException("reason", "session.adjourn.reasonRequired");
        }
        if (table.anyRound(s.id())) {
            throw new BusinessRuleException(null, "session.adjourn.afterVotes");
        }
        table.adjourn(s.id(), reason.trim());
    }

    /** The timer instants the session process waits for. */
    public java.util.Date proposalsCloseAt(long sessionId) {
        return deadlines.startOf(session(sessionId).proposalsCloseOn().plusDays(1));
    }

    public java.util.Date signInOpensAt(long sessionId) {
        return deadlines.startOf(session(sessionId).startsAt().toLocalDate());
    }

    /** The delegate a user sits as in the session's congress; not found for anyone else. */
    Delegate delegateOf(CongressSession s, PortalUser user) {
        return congresses.sitsIn(s.congressId(), user).orElseThrow(() -> new NotFoundException("delegate " + user.userId()));
    }

    /** A session date leaves the 7 days the notice needs. */
    void checkDate(BusinessRuleException.Collector rules, CongressOwner owner, LocalDateTime startsAt) {
        if (startsAt == null) {
            rules.check(false, "startsAt", "session.startsAt.required");
            return;
        }
        LocalDate noticeBy = noticeDeadline(owner, startsAt.toLocalDate()).due();
        rules.check(!deadlines.today().isAfter(noticeBy), "startsAt", "session.notice.tooLate", startsAt.toLocalDate(), noticeBy);
        rules.check(startsAt.toLocalDate().isBefore(deadlines.today().plusYears(1)), "startsAt", "session.startsAt.withinYear");
    }

    static void requireStatus(CongressSession s, CongressSession.Status... allowed) {
        if (!List.of(allowed).contains(s.status())) {
            throw new BusinessRuleException(null, "session.status",
                    new DefaultMessageSourceResolvable("session.status." + s.status().name()));
        }
    }
}
