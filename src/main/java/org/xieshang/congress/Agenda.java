package org.xieshang.congress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * Convening a session with its agenda: the composition of the delegates must allow it, the date must leave the
 * 7 days the notice needs, the proposal window must close before the notice is due, and each item must be well
 * formed (elections secret, with seats and enough candidates). A contract draft a bargaining case puts before the
 * congress is the first item; decisions of joint meetings since the last session follow the union's items, titled
 * in Chinese like the documents that print them (message session.item.jointDecision).
 */
@Service
public class Agenda {


    private final SessionTable table;
    private final Sessions sessions;
    private final CongressRegistry congresses;
    private final DocumentService documents;
    private final DeadlineService deadlines;
    private final MessageSource messages;

    Agenda(SessionTable table, Sessions sessions, CongressRegistry congresses, DocumentService documents,
           DeadlineService deadlines, MessageSource messages) {
        this.table = table;
        this.sessions = sessions;
        this.congresses = congresses;
        this.documents = documents;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    public record NewItem(ItemKind kind, String title, String description, BallotKind ballot, Integer seats,
                          List<String> candidates) {
    }

    public record Plan(SessionKind kind, String title, LocalDateTime startsAt, String place, LocalDate proposalsCloseOn,
                       List<NewItem> items) {
    }

    /** The contract draft a bargaining case puts before the congress (an approve item, secret ballot). */
    public record Draft(String caseNo, long documentId, String title) {
    }

    /** Convenes a session of the owner's current congress; refused, with every broken rule, before anything is saved. */
    long convene(CongressOwner owner, Plan plan, Draft draft, PortalUser user) {
        congresses.editable(owner, user);
        Congress congress = congresses.current(owner).orElseThrow(() -> new BusinessRuleException(null, "congress.none"));
        congresses.lock(congress.id());
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(congresses.composition(congress).canConvene(), null, "session.composition");
        rules.check(plan.kind() != null, "kind", "session.kind.required");
        rules.check(text(plan.title(), 200), "title", "session.title.required");
        rules.check(text(plan.place(), 200), "place", "session.place.required");
        sessions.checkDate(rules, owner, plan.startsAt());
        if (plan.startsAt() != null && plan.proposalsCloseOn() != null) {
            LocalDate noticeBy = sessions.noticeDeadline(owner, plan.startsAt().toLocalDate()).due();
            rules.check(!plan.proposalsCloseOn().isBefore(deadlines.today()) && !plan.proposalsCloseOn().isAfter(noticeBy),
                    "proposalsCloseOn", "session.proposals.window", deadlines.today(), noticeBy);
        } else {
            rules.check(plan.proposalsCloseOn() != null, "proposalsCloseOn", "session.proposals.required");
        }
        List<NewItem> items = new ArrayList<>();
        if (draft != null) {
            rules.check(text(draft.title(), 200), "draftTitle", "session.title.required");
            items.add(new NewItem(ItemKind.APPROVE, draft.title(), null, BallotKind.SECRET, null, List.of()));
        }
        plan.items().stream().filter(i -> i.title() != null && !i.title().isBlank()).forEach(items::add);
        rules.check(!items.isEmpty(), "items", "session.items.required");
        for (int i = 0; i < items.size(); i++) {
            check(rules, i + 1, items.get(i));
        }
        rules.throwIfAny();

        long id = table.insertSession(new SessionTable.NewSession(congress.id(), plan.kind(), plan.title().trim(),
                plan.startsAt(), plan.place().trim(), plan.proposalsCloseOn(), SignInCodes.newSecret(),
                draft == null ? null : draft.caseNo(), user.userId()));
        int position = 0;
        for (NewItem item : items) {
            boolean isDraft = draft != null && position == 0;
            long itemId = table.insertItem(id, ++position, item.kind(), item.title().trim(), blankToNull(item.description()),
                    item.kind().voted() ? item.ballot() : BallotKind.NONE, item.kind() == ItemKind.ELECT ? item.seats() : null,
                    isDraft ? draft.caseNo() : null, isDraft ? draft.documentId() : null);
            if (item.kind().perPerson()) {
                for (int c = 0; c < item.candidates().size(); c++) {
                    table.insertCandidate(itemId, c + 1, item.candidates().get(c).trim());
                }
            }
        }
        for (SessionTable.PendingJointDecision meeting : table.pendingJointDecisions(congress.id())) {
            long itemId = table.insertItem(id, ++position, ItemKind.APPROVE, messages.getMessage("session.item.jointDecision",
                    new Object[] {meeting.subject(), meeting.heldOn().toString()}, Locale.SIMPLIFIED_CHINESE), null, BallotKind.OPEN,
                    null, null, null);
            table.jointDecisionPutTo(meeting.id(), itemId);
        }
        if (draft != null) {
            // documents.md: the draft is read by both sides and by the delegates who vote on it.
            documents.share(draft.documentId(), congresses.parties(owner));
        }
        return id;
    }

    public List<SessionItem> items(long sessionId) {
        return table.items(sessionId);
    }

    public SessionItem item(long itemId) {
        return table.item(itemId).orElseThrow(() -> new NotFoundException("item " + itemId));
    }

    private static void check(BusinessRuleException.Collector rules, int n, NewItem item) {
        rules.check(item.kind() != null, "items", "session.item.kindRequired", n);
        rules.check(item.title().trim().length() <= 200, "items", "session.item.titleTooLong", n);
        rules.check(item.description() == null || item.description().trim().length() <= 4000, "items", "session.item.titleTooLong", n);
        if (item.kind() == null) {
            return;
        }
        rules.check(!item.kind().voted() || item.ballot() == BallotKind.OPEN || item.ballot() == BallotKind.SECRET,
                "items", "session.item.ballotRequired", n);
        rules.check(!item.kind().perPerson() || item.ballot() == BallotKind.SECRET, "items", "session.item.secretOnly", n);
        if (item.kind().perPerson()) {
            List<String> names = item.candidates() == null ? List.of()
                    : item.candidates().stream().filter(c -> c != null && !c.isBlank() && c.trim().length() <= 50).toList();
            rules.check(!names.isEmpty(), "items", "session.item.candidatesRequired", n);
            rules.check(names.size() == item.candidates().size(), "items", "session.item.candidatesRequired", n);
        }
        if (item.kind() == ItemKind.ELECT) {
            rules.check(item.seats() != null && item.seats() >= 1 && item.seats() <= 100, "items", "session.item.seatsRequired", n);
            rules.check(item.seats() == null || item.candidates() == null || item.candidates().size() >= item.seats(),
                    "items", "session.item.fewCandidates", n, item.seats());
        }
    }

    private static boolean text(String s, int maxLength) {
        return s != null && !s.isBlank() && s.trim().length() <= maxLength;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
