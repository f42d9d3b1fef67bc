package org.xieshang.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xieshang.system.Localized;

/**
 * Tells people. A notice is kept for the end of the transaction of the step that caused it and written just before
 * that transaction commits, with one outbox row per channel the person is reached by: a step that rolls back tells
 * nobody, and a crash after the commit loses nothing (the delivery job finds the rows). Notices of one step to one
 * person about one matter are told as one: a new task that comes with a served document or a missed clock is in that
 * notice already.
 */
@Service
public class Notices {

    private static final int SUBJECT_LENGTH = 200;
    private static final int BODY_LENGTH = 2000;

    private final NoticeTable table;
    private final MessageSource messages;
    private final Clock clock;
    private final List<Courier> couriers;

    Notices(NoticeTable table, MessageSource messages, Clock clock, List<Courier> couriers) {
        this.table = table;
        this.messages = messages;
        this.clock = clock;
        this.couriers = couriers;
    }

    /** To every person of the party. */
    public void toParty(String partyId, Notice notice) {
        keep(new Pending(partyId, List.of(), notice));
    }

    /** To these people (accounts without a person, such as the administrator's, are left out). */
    public void toPeople(Collection<String> userIds, Notice notice) {
        keep(new Pending(null, List.copyOf(userIds), notice));
    }

    private record Pending(String partyId, List<String> userIds, Notice notice) {
    }

    private void keep(Pending pending) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(pending));
            return;
        }
        // Looked up among the current transaction's synchronizations, so an inner transaction (REQUIRES_NEW) keeps its own.
        Batch batch = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Batch b && b.owner == this).map(Batch.class::cast).findFirst().orElse(null);
        if (batch == null) {
            batch = new Batch(this);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.pending.add(pending);
    }

    private static final class Batch implements TransactionSynchronization {
        private final Notices owner;
        private final List<Pending> pending = new ArrayList<>();

        Batch(Notices owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.write(pending);
        }
    }

    private void write(List<Pending> pending) {
        Map<String, List<Notice>> byPerson = new LinkedHashMap<>();
        Map<String, NoticeTable.Recipient> people = new LinkedHashMap<>();
        for (Pending p : pending) {
            for (NoticeTable.Recipient r : p.partyId() != null ? table.members(p.partyId()) : table.people(p.userIds())) {
                people.putIfAbsent(r.userId(), r);
                byPerson.computeIfAbsent(r.userId(), k -> new ArrayList<>()).add(p.notice());
            }
        }
        byPerson.forEach((userId, notices) -> {
            Set<String> told = new java.util.HashSet<>();
            notices.stream().filter(n -> n.kind() != NoticeKind.TASK && n.about() != null).forEach(n -> told.add(n.about()));
            notices.stream().filter(n -> n.kind() != NoticeKind.TASK || n.about() == null || !told.contains(n.about()))
                    .forEach(n -> write(people.get(userId), n));
        });
    }

    private void write(NoticeTable.Recipient r, Notice n) {
        Locale locale = "en".equals(r.language()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Object[] args = n.args().stream().map(a -> argument(a, locale)).toArray();
        String subject = cut(messages.getMessage("notice." + n.kind() + ".subject", args, locale), SUBJECT_LENGTH);
        String body = cut(messages.getMessage("notice." + n.kind() + ".body", args, locale), BODY_LENGTH);
        var now = clock.instant();
        table.insert(r.userId(), n.kind(), subject, body, n.link(), n.onceKey(), now).ifPresent(id -> {
            Set<Channel> off = table.turnedOff(r.userId(), n.kind());
            for (Courier c : couriers) {
                boolean wanted = !off.contains(c.channel()) || (n.kind().mandatory() && c.channel() == Channel.MAIL);
                c.address(r).filter(a -> wanted && c.ready()).ifPresent(address -> table.queue(id, c.channel(), address, now));
            }
        });
    }

    /** An argument in the recipient's language; a list is one line per element. */
    private Object argument(Object a, Locale locale) {
        if (a instanceof List<?> lines) {
            return lines.stream().map(line -> String.valueOf(argument(line, locale))).collect(java.util.stream.Collectors.joining("\n"));
        }
        return a instanceof Localized l ? l.in(locale) : a instanceof LocalDate d ? d.toString()
                : a instanceof MessageSourceResolvable r ? messages.getMessage(r, locale) : a;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
