package org.xieshang.deadlines;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * An administrator keeps the holiday calendar current: a year's notice entered in the portal replaces the
 * provisional weekends-and-fixed-holidays counting for that year, and in the same transaction every open deadline,
 * task due date and waiting timer is computed again; what moved is listed and its parties are told by the
 * capability that owns the date.
 */
@Service
class CalendarNotices {

    private final HolidayCalendar calendar;
    private final EngineDeadlines engine;
    private final List<StoredDeadlines> stored;
    private final JdbcClient jdbc;

    CalendarNotices(HolidayCalendar calendar, EngineDeadlines engine, List<StoredDeadlines> stored, JdbcClient jdbc) {
        this.calendar = calendar;
        this.engine = engine;
        this.stored = stored;
        this.jdbc = jdbc;
    }

    static void requireKeeper(PortalUser user) {
        if (!user.admin()) {
            throw new NotFoundException("calendar");
        }
    }

    List<HolidayCalendar.NoticeRow> notices() {
        return calendar.notices();
    }

    /** Saves the notice and moves every date it changes; stored dates first, since some timers read them. */
    @Transactional
    List<MovedDeadline> enter(HolidayNotice notice, PortalUser user) {
        requireKeeper(user);
        calendar.store(notice, user.userId());
        List<MovedDeadline> moved = new ArrayList<>();
        stored.forEach(s -> moved.addAll(s.recompute()));
        moved.addAll(engine.recomputeTimers());
        moved.addAll(engine.recomputeTasks());
        Timestamp at = Timestamp.from(Instant.now());
        moved.forEach(m -> jdbc.sql("""
                        insert into deadline_change (notice_year, reference, clock_id, kind, old_due, new_due, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(notice.year(), m.reference(), m.clockId(), m.kind().name(), Date.valueOf(m.oldDue()), Date.valueOf(m.newDue()), at)
                .update());
        return moved;
    }

    /** What the latest entry of a year's notice moved. */
    List<MovedDeadline> changes(int year) {
        return jdbc.sql("""
                        select * from deadline_change where notice_year = ? and changed_at =
                            (select max(changed_at) from deadline_change where notice_year = ?) order by reference, kind, clock_id""")
                .params(year, year)
                .query((rs, i) -> new MovedDeadline(rs.getString("reference"), rs.getString("clock_id"),
                        MovedDeadline.Kind.valueOf(rs.getString("kind")), rs.getDate("old_due").toLocalDate(),
                        rs.getDate("new_due").toLocalDate()))
                .list();
    }
}
