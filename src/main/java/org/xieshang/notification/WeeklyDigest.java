package org.xieshang.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xieshang.monitoring.Attention;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;

/** Each Monday morning every official hears how many matters of each kind her 需关注 list holds (nothing when it is empty). */
@Component
class WeeklyDigest {

    private final NoticeTable table;
    private final Notices notices;
    private final Attention attention;
    private final PartyDirectory parties;
    private final Clock clock;

    WeeklyDigest(NoticeTable table, Notices notices, Attention attention, PartyDirectory parties, Clock clock) {
        this.table = table;
        this.notices = notices;
        this.attention = attention;
        this.parties = parties;
        this.clock = clock;
    }

    @Scheduled(cron = "${xieshang.notify.digest-cron}", zone = "${xieshang.zone}")
    void scheduled() {
        send();
    }

    /** How many officials were sent a digest. */
    int send() {
        LocalDate today = LocalDate.now(clock);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<String> kinds = Arrays.stream(PartyKind.values()).filter(PartyKind::official).map(Enum::name).toList();
        int sent = 0;
        for (String userId : table.peopleOfKinds(kinds)) {
            var user = parties.portalUser(userId).orElse(null);
            List<Attention.Item> items = user == null ? List.of() : attention.of(user);
            long total = items.stream().mapToLong(Attention.Item::count).sum();
            if (total == 0) {
                continue;
            }
            List<Object> lines = items.stream().<Object>map(i -> new DefaultMessageSourceResolvable(new String[] {"notice.digestLine"},
                    new Object[] {new DefaultMessageSourceResolvable(new String[] {"attention.kind." + i.kind()},
                            new Object[] {Attention.LAPSING_DAYS}), i.count()})).toList();
            notices.toPeople(List.of(userId), Notice.of(NoticeKind.DIGEST, "/", null, "digest:" + week, total, lines));
            sent++;
        }
        return sent;
    }
}
