package org.xieshang.congress;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Wrong sign-in codes per delegate and session (Attendance limits them; a new session date clears them). */
@Repository
public class SignInAttempts {

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int failures(long sessionId, long delegateId) {
        return jdbc.sql("select failures from sign_in_attempt where session_id = ? and delegate_id = ?")
                .params(sessionId, delegateId).query(Integer.class).optional().orElse(0);
    }

    /** Counts a wrong code in its own transaction, so the refusal that follows does not roll the count back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int countFailure(long sessionId, long delegateId) {
        if (jdbc.sql("update sign_in_attempt set failures = failures + 1 where session_id = ? and delegate_id = ?")
                .params(sessionId, delegateId).update() == 0) {
            try {
                jdbc.sql("insert into sign_in_attempt (session_id, delegate_id, failures) values (?, ?, 1)")
                        .params(sessionId, delegateId).update();
            } catch (DuplicateKeyException concurrent) {
                jdbc.sql("update sign_in_attempt set failures = failures + 1 where session_id = ? and delegate_id = ?")
                        .params(sessionId, delegateId).update();
            }
        }
        return failures(sessionId, delegateId);
    }
}
