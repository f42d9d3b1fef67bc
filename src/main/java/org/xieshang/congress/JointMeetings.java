package org.xieshang.congress;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;

/**
 * The joint meeting of delegation heads (联席会议) between sessions: an urgent decision is recorded here and the next
 * session convened gets an item to confirm it.
 */
@Service
public class JointMeetings {

    private final JdbcClient jdbc;
    private final CongressRegistry congresses;
    private final DeadlineService deadlines;

    JointMeetings(JdbcClient jdbc, CongressRegistry congresses, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.congresses = congresses;
        this.deadlines = deadlines;
    }

    public record JointMeeting(long id, LocalDate heldOn, String attendees, String subject, String decision,
                               Long confirmedItemId) {
    }

    @Transactional
    public void record(CongressOwner owner, LocalDate heldOn, String attendees, String subject, String decision,
                       PortalUser user) {
        congresses.editable(owner, user);
        Congress congress = congresses.current(owner).orElseThrow(() -> new BusinessRuleException(null, "congress.none"));
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        // Between sessions of the current term: not in the future, not before the term began.
        rules.check(heldOn != null && !heldOn.isAfter(deadlines.today()) && !heldOn.isBefore(congress.termStartsOn()),
                "heldOn", "joint.heldOn.invalid", congress.termStartsOn());
        rules.check(attendees != null && !attendees.isBlank(), "attendees", "joint.attendees.required");
        rules.check(subject != null && !subject.isBlank() && subject.trim().length() <= 200, "subject", "joint.subject.required");
        rules.check(decision != null && !decision.isBlank(), "decision", "joint.decision.required");
        rules.fits(attendees, 1000, "attendees", "joint.attendees").fits(decision, 4000, "decision", "joint.decision");
        rules.throwIfAny();
        jdbc.sql("""
                        insert into joint_meeting (congress_id, held_on, attendees, subject, decision, recorded_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(congress.id(), Date.valueOf(heldOn), attendees.trim(), subject.trim(), decision.trim(), user.userId())
                .update();
    }

    public List<JointMeeting> ofCongress(long congressId) {
        return jdbc.sql("select * from joint_meeting where congress_id = ? order by held_on desc, id desc").param(congressId)
                .query((rs, i) -> new JointMeeting(rs.getLong("id"), rs.getDate("held_on").toLocalDate(),
                        rs.getString("attendees"), rs.getString("subject"), rs.getString("decision"),
                        rs.getObject("confirmed_item_id", Long.class)))
                .list();
    }
}
