package org.xieshang.congress;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Wrong sign-in codes per delegate and session (Attendance limits them; a new session date clears them). */
@Repository
public class SignInAttempts {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    SignInAttempts(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    int failures(long sessionId, long delegateId) {
        return jdbc.sql("select failures from sign_in_attempt where session_id = ? and delegate_id = ?")
                .params(sessionId, delegateId).query(Integer.class).optional().orElse(0);
    }

    /**
     * Counts a wrong code in its own transaction, so the refusal that follows does not roll the count back. One
     * delegate's two phones at the same instant both try to create the row: the loser counts again in a fresh
     * transaction (PostgreSQL voids the one that failed).
     */
    public int countFailure(long sessionId, long delegateId) {
        try {
            return separately.execute(tx -> count(sessionId, delegateId));
        } catch (DuplicateKeyException raced) {
            return separately.execute(tx -> count(sessionId, delegateId));
        }
    }

    private int count(long sessionId, long delegateId) {
        jdbc.sql("""
                        insert into sign_in_attempt (session_id, delegate_id, failures)
                        select ?, ?, 0 from (values (1)) as one (x)
                        where not exists (select 1 from sign_in_attempt where session_id = ? and delegate_id = ?)""")
                .params(sessionId, delegateId, sessionId, delegateId).update();
        jdbc.sql("update sign_in_attempt set failures = failures + 1 where session_id = ? and delegate_id = ?")
                .params(sessionId, delegateId).update();
        return failures(sessionId, delegateId);
    }
}
