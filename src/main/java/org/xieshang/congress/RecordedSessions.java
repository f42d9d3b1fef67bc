package org.xieshang.congress;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.monitoring.Tallies;

/**
 * A workers' congress session an enterprise held before its district began to use the product, recorded from its
 * minutes (the demo's districts start with such a history): the congress (a three-year term from the session), the
 * session closed with its quorum of the delegates named, and the congress system rate counting it like any other.
 */
@Service
public class RecordedSessions {

    private static final int TERM_YEARS = 3;

    private final CongressRegistry congresses;
    private final SessionTable table;
    private final Tallies tallies;

    RecordedSessions(CongressRegistry congresses, SessionTable table, Tallies tallies) {
        this.congresses = congresses;
        this.table = table;
        this.tallies = tallies;
    }

    /** What the minutes of a past session say, and who records them (with the scan of its resolution, if any). */
    public record Minutes(long enterpriseId, DemocraticBody kind, LocalDate heldOn, int delegates, int present, String place,
                          String recordedBy, Long scanDocumentId) {
    }

    /**
     * Records the annual session; returns the session id. It counts in the congress system rate only when two thirds
     * of all delegates attended (a session without its quorum was held, but is no valid session).
     */
    @Transactional
    public long record(Minutes m) {
        long enterpriseId = m.enterpriseId();
        DemocraticBody kind = m.kind();
        LocalDate heldOn = m.heldOn();
        int delegates = m.delegates();
        String place = m.place();
        String recordedBy = m.recordedBy();
        long congressId = congresses.insert(CongressOwner.enterprise(enterpriseId), kind, heldOn, TERM_YEARS, recordedBy);
        long sessionId = table.insertSession(new SessionTable.NewSession(congressId, SessionKind.ANNUAL,
                heldOn.getYear() + "年度职工代表大会", heldOn.atTime(9, 0), place, heldOn.minusDays(7), SignInCodes.newSecret(), null,
                recordedBy));
        table.openSignIn(sessionId, delegates);
        table.close(sessionId);
        table.recordedFromPaper(sessionId, recordedBy, m.present(), m.scanDocumentId());
        if (Majority.quorum(m.present(), delegates)) {
            tallies.congressHeld(congressId, heldOn);
        }
        return sessionId;
    }
}
