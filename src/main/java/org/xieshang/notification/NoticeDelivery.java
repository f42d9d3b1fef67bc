package org.xieshang.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. A delivery is taken by one job at a time (an update only one node wins), sent outside any
 * transaction, and its try recorded; a failed try is tried again after 1, 5 and 30 minutes, 2 and 6 hours, then
 * given up (the administrator's log shows it and can send it again). A job that dies while sending leaves the
 * delivery to the next after {@link #LEASE}.
 */
@Component
class NoticeDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeDelivery.class);
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6));
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 200;

    private final NoticeTable table;
    private final Map<Channel, Courier> couriers;
    private final Clock clock;
    private final TransactionTemplate transaction;

    NoticeDelivery(NoticeTable table, List<Courier> couriers, Clock clock, TransactionTemplate transaction) {
        this.table = table;
        this.couriers = couriers.stream().collect(Collectors.toMap(Courier::channel, Function.identity()));
        this.clock = clock;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${xieshang.notify.delivery-millis}", initialDelayString = "${xieshang.notify.delivery-millis}")
    void scheduled() {
        deliverDue();
    }

    /** Sends every delivery due now, batch after batch; how many were sent. */
    int deliverDue() {
        int sent = 0;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = table.due(now, BATCH);
            for (long id : due) {
                if (table.take(id, now, now.plus(LEASE)) && deliver(id)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean deliver(long id) {
        NoticeTable.Outgoing o = table.outgoing(id);
        String failure = null;
        try {
            couriers.get(o.channel()).deliver(o);
        } catch (Exception e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("Delivery {} ({}) failed, try {}: {}", id, o.channel(), o.attempts() + 1, failure);
        }
        Instant at = clock.instant();
        Instant next = failure == null || o.attempts() >= BACKOFF.size() ? null : at.plus(BACKOFF.get(o.attempts()));
        String detail = failure;
        transaction.executeWithoutResult(s -> table.tried(id, at, detail == null, detail, next));
        return failure == null;
    }
}
