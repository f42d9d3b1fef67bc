package org.xieshang.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One session of a congress; {@code delegatesTotal} is frozen when sign-in opens on the day. {@code signInSecret} never
 * leaves the server: the hall sees only the code derived from it (SignInCodes).
 */
public record CongressSession(long id, long congressId, String sessionNo, SessionKind kind, String title,
                              LocalDateTime startsAt, String place, LocalDate proposalsCloseOn, LocalDate noticeSentOn,
                              String signInSecret, Status status, Integer delegatesTotal, Instant openedAt,
                              Instant closedAt, String adjournedReason, String bargainingCaseNo) {

    public enum Status { CONVENED, NOTIFIED, IN_SESSION, CLOSED, ADJOURNED, CANCELLED }

    public boolean proposalsOpen(LocalDate today) {
        return status == Status.CONVENED && !today.isAfter(proposalsCloseOn);
    }
}
