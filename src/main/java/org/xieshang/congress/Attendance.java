package org.xieshang.congress;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * Who is in the hall: delegates sign in on their phones with the code shown there, or the union enters the paper
 * sheet; the quorum is two thirds of ALL delegates sitting when sign-in opened (EDM; CCR Art. 36).
 */
@Service
public class Attendance {

    /** The live count against the quorum of the session's delegates. */
    public record Turnout(int total, int present, int quorumOf, boolean quorum) {
    }

    /** Wrong codes a delegate may type in a session before only the paper sheet is left to him. */
    static final int MAX_WRONG_CODES = 5;

    private final SessionTable table;
    private final Sessions sessions;
    private final CongressRegistry congresses;
    private final SignInCodes codes;
    private final SignInAttempts attempts;

    Attendance(SessionTable table, Sessions sessions, CongressRegistry congresses, SignInCodes codes, SignInAttempts attempts) {
        this.attempts = attempts;
        this.table = table;
        this.sessions = sessions;
        this.congresses = congresses;
        this.codes = codes;
    }

    /**
     * A delegate signs in on his phone with the code shown in the hall; false if he already had. The code turns
     * every few minutes and only {@value #MAX_WRONG_CODES} wrong ones are allowed, so a quorum cannot be made up
     * from home by guessing.
     */
    @Transactional
    public boolean signIn(long sessionId, String code, PortalUser user) {
        CongressSession s = sessions.session(sessionId);
        Delegate delegate = sessions.delegateOf(s, user);
        Sessions.requireStatus(s, CongressSession.Status.IN_SESSION);
        if (table.signedIn(sessionId, delegate.id())) {
            return false;
        }
        if (attempts.failures(sessionId, delegate.id()) >= MAX_WRONG_CODES) {
            throw new BusinessRuleException("code", "session.signIn.tooMany", MAX_WRONG_CODES);
        }
        if (!codes.matches(s, code)) {
            int failures = attempts.countFailure(sessionId, delegate.id());
            throw failures >= MAX_WRONG_CODES ? new BusinessRuleException("code", "session.signIn.tooMany", MAX_WRONG_CODES)
                    : new BusinessRuleException("code", "session.signIn.code", MAX_WRONG_CODES - failures);
        }
        return table.attend(sessionId, delegate.id(), SessionTable.SignIn.SELF, user.userId());
    }

    /** The union marks delegates who signed the paper sheet; answers how many were new. */
    @Transactional
    public int markPaperSignIn(long sessionId, List<Long> delegateIds, PortalUser user) {
        CongressSession s = sessions.editableSession(sessionId, user);
        Sessions.requireStatus(s, CongressSession.Status.IN_SESSION);
        Set<Long> sitting = Set.copyOf(congresses.sitting(s.congressId()).stream().map(Delegate::id).toList());
        int added = 0;
        for (Long id : delegateIds) {
            if (!sitting.contains(id)) {
                throw new NotFoundException("delegate " + id);
            }
            added += table.attend(sessionId, id, SessionTable.SignIn.PAPER, user.userId()) ? 1 : 0;
        }
        return added;
    }

    public Turnout turnout(long sessionId) {
        CongressSession s = sessions.session(sessionId);
        int total = s.delegatesTotal() != null ? s.delegatesTotal() : congresses.sitting(s.congressId()).size();
        int present = table.presentCount(sessionId);
        return new Turnout(total, present, Majority.quorumOf(total), Majority.quorum(present, total));
    }

    /** One delegate's sign-in, without loading the whole hall (every ballot asks). */
    public boolean signedIn(long sessionId, long delegateId) {
        return table.signedIn(sessionId, delegateId);
    }

    /** The code to show in the hall now: only on the union's console and on a projector the union opened. */
    public String currentCode(CongressSession s) {
        return codes.current(s);
    }

    public long codeTurnsIn() {
        return codes.secondsLeft();
    }

    public Set<Long> present(long sessionId) {
        return table.present(sessionId);
    }
}
