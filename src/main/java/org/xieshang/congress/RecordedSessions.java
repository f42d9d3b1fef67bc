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

    /** Records the annual session held on {@code heldOn} with {@code delegates} delegates; returns the session id. */
    @Transactional
    public long record(long enterpriseId, DemocraticBody kind, LocalDate heldOn, int delegates, String place, String recordedBy) {
        long congressId = congresses.insert(CongressOwner.enterprise(enterpriseId), kind, heldOn, TERM_YEARS, recordedBy);
        long sessionId = table.insertSession(new SessionTable.NewSession(congressId, SessionKind.ANNUAL,
                heldOn.getYear() + "年度职工代表大会", heldOn.atTime(9, 0), place, heldOn.minusDays(7), SignInCodes.newSecret(), null,
                recordedBy));
        table.openSignIn(sessionId, delegates);
        table.close(sessionId);
        tallies.congressHeld(congressId, heldOn);
        return sessionId;
    }
}
