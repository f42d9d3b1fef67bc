package org.xieshang.notification;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseNoticeRecorded;
import org.xieshang.deadlines.ClockMissed;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.PartyDirectory;

/**
 * What the steps of a case tell its parties: each timeline step addressed to a party becomes its notice (a served
 * document, a report of a missed clock, any other step), and a missed statutory clock reaches the case's union, the
 * upper-level union and the labour bureau, as the supervision ladder has them watch. A party told of one miss twice
 * (the step's own report and the clock) reads it once.
 */
@Component
class CaseNotices {

    private final Notices notices;
    private final NoticeTable table;
    private final DeadlineService deadlines;

    CaseNotices(Notices notices, NoticeTable table, DeadlineService deadlines) {
        this.notices = notices;
        this.table = table;
        this.deadlines = deadlines;
    }

    @EventListener
    void recorded(CaseNoticeRecorded event) {
        NoticeKind kind = kindOf(event.kind());
        if (kind == null) {
            return;
        }
        String caseNo = table.caseParties(event.caseId()).orElseThrow().caseNo();
        String once = kind == NoticeKind.MISSED && event.clock() != null ? missedKey(event.caseId(), event.clock()) : null;
        notices.toParty(event.addressedTo(), Notice.of(kind, "/cases/" + event.caseId(), caseNo, once,
                // As the party it reaches reads it (notice.event.KIND), else as the timeline names the step.
                new DefaultMessageSourceResolvable(new String[] {"notice." + event.kind().label(), event.kind().label()}), caseNo,
                dueOn(event.dueOn())));
    }

    @EventListener
    void missed(ClockMissed event) {
        boolean ofCase = event.caseId() != null;
        NoticeTable.Parties p = (ofCase ? table.caseParties(event.caseId()) : table.congressParties(event.congressId())).orElseThrow();
        String union = p.enterpriseId() != null ? PartyDirectory.unionOf(p.enterpriseId()) : PartyDirectory.federationUnionOf(p.federationId());
        String about = ofCase ? p.caseNo() : "congress:" + event.congressId();
        String link = ofCase ? "/cases/" + event.caseId() : p.enterpriseId() != null ? "/enterprises/" + p.enterpriseId() + "/congress"
                : "/federations/" + p.federationId() + "/congress";
        String once = ofCase ? missedKey(event.caseId(), event.clock())
                : "missed:congress:" + event.congressId() + ":" + event.clock() + ":" + deadlines.today();
        Notice notice = Notice.of(NoticeKind.MISSED, link, about, once,
                deadlines.clock(event.clock(), deadlines.defaultProvince()).name(), ofCase ? p.caseNo() : "—", dueOn(event.dueOn()));
        for (String party : List.of(union, PartyDirectory.upperUnionOf(p.districtId()), PartyDirectory.labourBureauOf(p.districtId()))) {
            notices.toParty(party, notice);
        }
    }

    private static String missedKey(long caseId, String clock) {
        return "missed:" + caseId + ":" + clock;
    }

    /** "(due on …)" after a step with a due day, nothing otherwise. */
    static Object dueOn(LocalDate due) {
        return due == null ? "" : new DefaultMessageSourceResolvable(new String[] {"notice.dueOn"}, new Object[] {due.toString()});
    }

    /**
     * The notice a timeline step is. The answer reminders are not: the clock reminders tell the answering side
     * (ClockReminders), the timeline only records that they went.
     */
    static NoticeKind kindOf(CaseEventKind kind) {
        return switch (kind) {
            case ANSWER_REMINDER -> null;
            case OFFER_RECEIVED, REMINDER_LETTER_ISSUED, OPINION_LETTER_ISSUED, RECOMMENDATION_LETTER_ISSUED, FILING_RETURNED,
                 REVIEW_OBJECTED, REVIEW_NO_OBJECTION -> NoticeKind.SERVED;
            case OFFER_UNANSWERED_REPORTED, FILING_MISSED, SUPPLEMENT_MISSED, ACCEPTANCE_OVERDUE, PUBLICATION_MISSED -> NoticeKind.MISSED;
            default -> NoticeKind.CASE;
        };
    }
}
