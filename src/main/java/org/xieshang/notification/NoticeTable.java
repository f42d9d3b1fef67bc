package org.xieshang.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xieshang.system.Like;

/** Notices, their outbox and attempts, and how each person wants to be reached. */
@Repository
class NoticeTable {

    /** A person a notice goes to: her language, and where else she can be reached (null: unknown). */
    record Recipient(String userId, String language, String email, String mobile) {
    }

    /** A notice in a person's notice centre. */
    record Row(long id, NoticeKind kind, boolean mandatory, String subject, String body, String link, Instant createdAt,
               Instant readAt) {
    }

    /** A delivery taken for sending, with what it carries. */
    record Outgoing(long id, Channel channel, String address, String language, String subject, String body, String link,
                    int attempts) {
    }

    /** A line of the administrator's delivery log. */
    record Delivery(long id, String recipient, NoticeKind kind, String subject, Channel channel, String address,
                    DeliveryStatus status, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError, Instant createdAt) {
    }

    record Attempt(Instant at, boolean succeeded, String detail) {
    }

    /** The parties around a case or a congress: whose union, in which district. */
    record Parties(String caseNo, long districtId, Long enterpriseId, Long federationId) {
    }

    private static final String RECIPIENT = """
            select s.user_id, s.language, s.mobile, u.email_ from person s left join act_id_user u on u.id_ = s.user_id""";

    private final JdbcClient jdbc;

    NoticeTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recipient> members(String partyId) {
        return jdbc.sql(RECIPIENT + " where s.party_id = ? order by s.user_id").param(partyId).query(this::recipientRow).list();
    }

    List<Recipient> people(Collection<String> userIds) {
        return userIds.isEmpty() ? List.of()
                : jdbc.sql(RECIPIENT + " where s.user_id in (:ids) order by s.user_id").param("ids", userIds)
                .query(this::recipientRow).list();
    }

    /** The new notice's id; empty when this recipient was already told under that once-only key. */
    Optional<Long> insert(String recipient, NoticeKind kind, String subject, String body, String link, String onceKey, Instant at) {
        if (onceKey != null && jdbc.sql("select count(*) from notice where recipient = ? and dedupe_key = ?")
                .params(recipient, onceKey).query(Integer.class).single() > 0) {
            return Optional.empty();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into notice (recipient, kind, mandatory, subject, body, link, dedupe_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(recipient, kind.name(), kind.mandatory(), subject, body, link, onceKey, ts(at))
                .update(key, "id");
        return Optional.of(key.getKeyAs(Number.class).longValue());
    }

    /** The channels this person turned off for this kind. */
    Set<Channel> turnedOff(String userId, NoticeKind kind) {
        return new HashSet<>(jdbc.sql("select channel from notice_preference where user_id = ? and kind = ? and enabled = ?")
                .params(userId, kind.name(), false).query((rs, i) -> Channel.valueOf(rs.getString(1))).list());
    }

    /** Every channel of every kind this person turned off, as KIND.CHANNEL. */
    Set<String> turnedOff(String userId) {
        return new HashSet<>(jdbc.sql("select kind, channel from notice_preference where user_id = ? and enabled = ?")
                .params(userId, false).query((rs, i) -> rs.getString(1) + "." + rs.getString(2)).list());
    }

    void prefer(String userId, NoticeKind kind, Channel channel, boolean enabled) {
        jdbc.sql("delete from notice_preference where user_id = ? and kind = ? and channel = ?")
                .params(userId, kind.name(), channel.name()).update();
        jdbc.sql("insert into notice_preference (user_id, kind, channel, enabled) values (?, ?, ?, ?)")
                .params(userId, kind.name(), channel.name(), enabled).update();
    }

    Optional<Recipient> recipient(String userId) {
        return people(List.of(userId)).stream().findFirst();
    }

    void contact(String userId, String mobile, String language) {
        jdbc.sql("update person set mobile = ?, language = ? where user_id = ?").params(mobile, language, userId).update();
    }

    void queue(long noticeId, Channel channel, String address, Instant at) {
        jdbc.sql("""
                        insert into notice_delivery (notice_id, channel, address, status, attempts, next_attempt_at)
                        values (?, ?, ?, ?, 0, ?)""")
                .params(noticeId, channel.name(), address, DeliveryStatus.PENDING.name(), ts(at)).update();
    }

    // The notice centre.

    int count(String userId, String search, boolean unreadOnly) {
        return jdbc.sql("select count(*) from notice n" + inbox(search, unreadOnly)).params(inboxParams(userId, search))
                .query(Integer.class).single();
    }

    List<Row> page(String userId, String search, boolean unreadOnly, int offset, int limit) {
        List<Object> params = inboxParams(userId, search);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("select n.* from notice n" + inbox(search, unreadOnly)
                        + " order by n.created_at desc, n.id desc offset ? rows fetch next ? rows only")
                .params(params).query(this::row).list();
    }

    private static String inbox(String search, boolean unreadOnly) {
        return " where n.recipient = ?" + (unreadOnly ? " and n.read_at is null" : "")
                + (search.isEmpty() ? "" : " and (n.subject like ?" + Like.ESCAPE + " or n.body like ?" + Like.ESCAPE + ")");
    }

    private static List<Object> inboxParams(String userId, String search) {
        List<Object> params = new java.util.ArrayList<>(List.of(userId));
        if (!search.isEmpty()) {
            params.add(Like.containing(search));
            params.add(Like.containing(search));
        }
        return params;
    }

    long unread(String userId) {
        return jdbc.sql("select count(*) from notice where recipient = ? and read_at is null").param(userId)
                .query(Long.class).single();
    }

    /** The notice's link, marked read; empty when it is not this person's. */
    Optional<String> open(String userId, long id, Instant at) {
        Optional<String> link = jdbc.sql("select coalesce(link, '/notices') from notice where id = ? and recipient = ?")
                .params(id, userId).query(String.class).optional();
        link.ifPresent(l -> jdbc.sql("update notice set read_at = ? where id = ? and read_at is null")
                .params(ts(at), id).update());
        return link;
    }

    int readAll(String userId, Instant at) {
        return jdbc.sql("update notice set read_at = ? where recipient = ? and read_at is null")
                .params(ts(at), userId).update();
    }

    // The outbox.

    /** Deliveries due now: waiting for their next attempt, or taken by a job that did not finish in its time. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                        select id from notice_delivery where (status = ? and next_attempt_at <= ?) or (status = ? and taken_until < ?)
                        order by next_attempt_at, id fetch first ? rows only""")
                .params(DeliveryStatus.PENDING.name(), ts(now), DeliveryStatus.SENDING.name(), ts(now), limit)
                .query(Long.class).list();
    }

    /** Takes the delivery for one job; false when another took it first. */
    boolean take(long id, Instant now, Instant until) {
        return jdbc.sql("""
                        update notice_delivery set status = ?, taken_until = ?
                        where id = ? and ((status = ? and next_attempt_at <= ?) or (status = ? and taken_until < ?))""")
                .params(DeliveryStatus.SENDING.name(), ts(until), id, DeliveryStatus.PENDING.name(),
                        ts(now), DeliveryStatus.SENDING.name(), ts(now))
                .update() == 1;
    }

    Outgoing outgoing(long id) {
        return jdbc.sql("""
                        select d.id, d.channel, d.address, d.attempts, s.language, n.subject, n.body, n.link
                        from notice_delivery d join notice n on n.id = d.notice_id join person s on s.user_id = n.recipient
                        where d.id = ?""")
                .param(id)
                .query((rs, i) -> new Outgoing(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("address"),
                        rs.getString("language"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
                        rs.getInt("attempts")))
                .single();
    }

    /** One try and its outcome; {@code next} is the next try's time, null when the delivery is done (sent, or given up). */
    void tried(long id, Instant at, boolean succeeded, String detail, Instant next) {
        String shortDetail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        jdbc.sql("insert into delivery_attempt (delivery_id, attempted_at, succeeded, detail) values (?, ?, ?, ?)")
                .params(id, ts(at), succeeded, shortDetail).update();
        DeliveryStatus status = succeeded ? DeliveryStatus.SENT : next == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        jdbc.sql("""
                        update notice_delivery set status = ?, attempts = attempts + 1, taken_until = null, sent_at = ?,
                            next_attempt_at = coalesce(?, next_attempt_at), last_error = ? where id = ?""")
                .params(status.name(), succeeded ? ts(at) : null, next == null ? null : ts(next),
                        succeeded ? null : shortDetail, id)
                .update();
    }

    // The administrator's log.

    int deliveryCount(DeliveryStatus status, String search) {
        return jdbc.sql("select count(*)" + log(status, search)).params(logParams(status, search)).query(Integer.class).single();
    }

    private static final String DELIVERY = """
            select d.id, n.recipient, n.kind, n.subject, d.channel, d.address, d.status, d.attempts, d.next_attempt_at,
                d.sent_at, d.last_error, n.created_at""";

    List<Delivery> deliveries(DeliveryStatus status, String search, int offset, int limit) {
        List<Object> params = logParams(status, search);
        params.add(offset);
        params.add(limit);
        return jdbc.sql(DELIVERY + log(status, search) + " order by n.created_at desc, d.id desc offset ? rows fetch next ? rows only")
                .params(params).query(this::deliveryRow).list();
    }

    Optional<Delivery> delivery(long id) {
        return jdbc.sql(DELIVERY + " from notice_delivery d join notice n on n.id = d.notice_id where d.id = ?").param(id)
                .query(this::deliveryRow).optional();
    }

    private Delivery deliveryRow(ResultSet rs, int i) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getString("recipient"), NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("subject"), Channel.valueOf(rs.getString("channel")), rs.getString("address"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"), rs.getString("last_error"), instant(rs, "created_at"));
    }

    private static String log(DeliveryStatus status, String search) {
        return " from notice_delivery d join notice n on n.id = d.notice_id where 1 = 1" + (status == null ? "" : " and d.status = ?")
                + (search.isEmpty() ? "" : " and (n.recipient like ?" + Like.ESCAPE + " or n.subject like ?" + Like.ESCAPE
                + " or d.address like ?" + Like.ESCAPE + ")");
    }

    private static List<Object> logParams(DeliveryStatus status, String search) {
        List<Object> params = new java.util.ArrayList<>();
        if (status != null) {
            params.add(status.name());
        }
        if (!search.isEmpty()) {
            for (int i = 0; i < 3; i++) {
                params.add(Like.containing(search));
            }
        }
        return params;
    }

    List<Attempt> attempts(long deliveryId) {
        return jdbc.sql("select attempted_at, succeeded, detail from delivery_attempt where delivery_id = ? order by attempted_at, id")
                .param(deliveryId)
                .query((rs, i) -> new Attempt(instant(rs, "attempted_at"), rs.getBoolean("succeeded"), rs.getString("detail")))
                .list();
    }

    /** Sends a delivery again now, whatever became of it; false when there is no such delivery or it is being sent. */
    boolean resend(long id, Instant at) {
        return jdbc.sql("update notice_delivery set status = ?, next_attempt_at = ?, taken_until = null where id = ? and status <> ?")
                .params(DeliveryStatus.PENDING.name(), ts(at), id, DeliveryStatus.SENDING.name()).update() == 1;
    }

    // Who is concerned.

    Optional<Parties> caseParties(long caseId) {
        return jdbc.sql("select case_no, district_id, enterprise_id, federation_id from bargaining_case where id = ?")
                .param(caseId).query(this::partiesRow).optional();
    }

    Optional<Parties> congressParties(long congressId) {
        return jdbc.sql("""
                        select cast(null as varchar(30)) as case_no, coalesce(e.district_id, f.district_id) as district_id,
                            c.enterprise_id, c.federation_id
                        from congress c left join enterprise e on e.id = c.enterprise_id left join federation f on f.id = c.federation_id
                        where c.id = ?""")
                .param(congressId).query(this::partiesRow).optional();
    }

    /** The people of these party kinds (the officials the weekly digest goes to). */
    List<String> peopleOfKinds(Collection<String> partyKinds) {
        return jdbc.sql("select s.user_id from person s join party p on p.id = s.party_id where p.kind in (:kinds) order by s.user_id")
                .param("kinds", partyKinds).query(String.class).list();
    }

    private Parties partiesRow(ResultSet rs, int i) throws SQLException {
        return new Parties(rs.getString("case_no"), rs.getLong("district_id"), rs.getObject("enterprise_id", Long.class),
                rs.getObject("federation_id", Long.class));
    }

    private Recipient recipientRow(ResultSet rs, int i) throws SQLException {
        return new Recipient(rs.getString("user_id"), rs.getString("language"), blankToNull(rs.getString("email_")),
                blankToNull(rs.getString("mobile")));
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")), rs.getBoolean("mandatory"),
                rs.getString("subject"), rs.getString("body"), rs.getString("link"), instant(rs, "created_at"),
                instant(rs, "read_at"));
    }

    /**
     * A time as written: to the millisecond, so that a column that keeps microseconds never rounds it up past the
     * moment a job then compares it with (a delivery due "now" would otherwise wait for the next run).
     */
    private static Timestamp ts(Instant at) {
        return Timestamp.from(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
