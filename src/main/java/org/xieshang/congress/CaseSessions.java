package org.xieshang.congress;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sessions a bargaining case called (its contract draft's vote): the congress's tables read by case number. */
@Component
class CaseSessions {

    private final JdbcClient jdbc;

    CaseSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items on a bargaining case's contract draft in closed sessions, latest first. */
    List<Long> closedDraftItems(String caseNo) {
        return jdbc.sql("""
                        select i.id from session_item i join congress_session s on s.id = i.session_id
                        where i.bargaining_case_no = ? and s.status = ? order by s.starts_at desc, i.id desc""")
                .params(caseNo, CongressSession.Status.CLOSED.name()).query(Long.class).list();
    }

    /** The latest session the case called, whatever its state. */
    Optional<Long> latestSession(String caseNo) {
        return jdbc.sql("select id from congress_session where bargaining_case_no = ? order by starts_at desc, id desc")
                .param(caseNo).query(Long.class).list().stream().findFirst();
    }
}
