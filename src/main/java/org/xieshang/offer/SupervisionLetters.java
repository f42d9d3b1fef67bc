package org.xieshang.offer;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.LadderStep;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.BusinessRuleException;

/**
 * The union's labour-law supervision letters (一函两书): the reminder letter, the opinion letter the upper-level
 * union countersigns, and the recommendation letter to the labour bureau. The union's user task drafts the
 * facts; the process's service step issues the letter, so a failed PDF is retried rather than lost.
 */
@Service
public class SupervisionLetters {

    public enum Kind {
        REMINDER_LETTER(DocumentType.REMINDER_LETTER, "reminder-letter", LadderStep.REMINDER_LETTER,
                CaseEventKind.REMINDER_LETTER_ISSUED),
        OPINION_LETTER(DocumentType.OPINION_LETTER, "opinion-letter", LadderStep.OPINION_LETTER,
                CaseEventKind.OPINION_LETTER_ISSUED),
        RECOMMENDATION_LETTER(DocumentType.RECOMMENDATION_LETTER, null, LadderStep.BUREAU_ACTION,
                CaseEventKind.RECOMMENDATION_LETTER_ISSUED);

        final DocumentType document;
        final String replyClock;
        final LadderStep stepWhenIssued;
        final CaseEventKind issued;

        Kind(DocumentType document, String replyClock, LadderStep stepWhenIssued, CaseEventKind issued) {
            this.document = document;
            this.replyClock = replyClock;
            this.stepWhenIssued = stepWhenIssued;
            this.issued = issued;
        }
    }

    public record Letter(long id, long caseId, Kind kind, LocalDate issuedOn, LocalDate servedOn, LocalDate replyDueOn,
                         String issuedBy, String countersignedBy, String facts, String bureauAction, Long documentId) {
    }

    record LetterDocument(BargainingCase bargainingCase, String unionName, String employerName, String kind, String title,
                          Letter letter, LocalDate issuedOn, Deadline reply, OfferService.Offer offer,
                          Deadline responseDeadline, String upperUnionName, String labourBureauName) implements DocumentModel {
    }

    private final JdbcClient jdbc;
    private final BargainingCases cases;
    private final DeadlineService deadlines;
    private final DocumentService documents;
    private final CaseParties caseParties;
    private final OfferService offers;

    SupervisionLetters(JdbcClient jdbc, BargainingCases cases, DeadlineService deadlines, DocumentService documents,
                       CaseParties caseParties, OfferService offers) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.deadlines = deadlines;
        this.documents = documents;
        this.caseParties = caseParties;
        this.offers = offers;
    }

    /**
     * The union (or the upper union for the recommendation) states the facts; saved as a draft until issued.
     * {@code servedOn} is the date of a paper service, taken from the signed receipt; null: served when issued.
     */
    void draft(long caseId, Kind kind, String facts, String draftedBy, LocalDate servedOn) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(facts != null && facts.trim().length() >= 10 && facts.trim().length() <= 2000, "facts", "letter.facts.required");
        rules.check(servedOn == null || (offers.paperDateAcceptable(servedOn) && !servedOn.isBefore(lastStepOn(caseId))),
                "servedOn", "letter.servedOn.range");
        rules.throwIfAny();
        jdbc.sql("delete from supervision_letter where case_id = ? and kind = ? and document_id is null")
                .params(caseId, kind.name()).update();
        jdbc.sql("insert into supervision_letter (case_id, kind, issued_on, served_on, issued_by, facts) values (?, ?, ?, ?, ?, ?)")
                .params(caseId, kind.name(), Date.valueOf(deadlines.today()), servedOn == null ? null : Date.valueOf(servedOn),
                        draftedBy, facts.trim()).update();
        cases.moveTo(caseId, CaseStage.OFFER_SENT, kind.stepWhenIssued);
    }

    void countersign(long caseId, Kind kind, String countersignedBy) {
        int updated = jdbc.sql("update supervision_letter set countersigned_by = ? where case_id = ? and kind = ? and document_id is null")
                .params(countersignedBy, caseId, kind.name()).update();
        if (updated == 0) {
            throw new IllegalStateException("no draft " + kind + " for case " + caseId);
        }
    }

    /** Generates and serves the drafted letter; returns the service date that starts its reply clock. */
    public LocalDate issue(long caseId, Kind kind) {
        BargainingCase c = cases.find(caseId).orElseThrow();
        Letter draft = letters(caseId).stream().filter(l -> l.kind() == kind && l.documentId() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no draft " + kind + " for case " + caseId));
        LocalDate servedOn = draft.servedOn() == null ? deadlines.today() : draft.servedOn();
        String province = caseParties.province(c);
        Deadline reply = kind.replyClock == null ? null : deadlines.compute(kind.replyClock, servedOn, province);
        OfferService.Offer offer = offers.offer(caseId).orElseThrow();
        StoredDocument document = documents.generate(offers.request(c, kind.document, draft.issuedBy()),
                new LetterDocument(c, caseParties.unionName(c), caseParties.employerName(c), kind.name(),
                        kind.document.title().zh(), draft, servedOn, reply, offer,
                        deadlines.compute(OfferService.RESPONSE_CLOCK, offer.receivedOn(), province),
                        caseParties.upperUnionName(c), caseParties.labourBureauName(c)));
        jdbc.sql("update supervision_letter set issued_on = ?, reply_due_on = ?, document_id = ? where id = ?")
                .params(Date.valueOf(servedOn), reply == null ? null : Date.valueOf(reply.due()), document.id(), draft.id())
                .update();
        cases.record(caseId, kind.issued, draft.issuedBy(), c.employerGroup(), kind.replyClock,
                reply == null ? null : reply.due(), document.id(), servedOn);
        return servedOn;
    }

    void recordBureauAction(BargainingCase c, String action, String officer) {
        if (action == null || action.trim().length() < 10 || action.trim().length() > 2000) {
            throw new BusinessRuleException("action", "letter.bureauAction.required");
        }
        jdbc.sql("update supervision_letter set bureau_action = ?, bureau_acted_on = ? where case_id = ? and kind = ?")
                .params(action.trim(), Date.valueOf(deadlines.today()), c.id(), Kind.RECOMMENDATION_LETTER.name()).update();
        cases.record(c.id(), CaseEventKind.BUREAU_ACTED, officer, c.unionGroup(), null, null, null);
    }

    /** A letter cannot have been served before the step it follows: the offer's receipt or the last letter. */
    private LocalDate lastStepOn(long caseId) {
        LocalDate received = offers.offer(caseId).map(OfferService.Offer::receivedOn).orElse(LocalDate.MIN);
        return letters(caseId).stream().filter(l -> l.documentId() != null).map(Letter::issuedOn)
                .max(LocalDate::compareTo).filter(d -> d.isAfter(received)).orElse(received);
    }

    public List<Letter> letters(long caseId) {
        return jdbc.sql("select * from supervision_letter where case_id = ? order by id").param(caseId).query((rs, i) -> {
            Date due = rs.getDate("reply_due_on");
            Date served = rs.getDate("served_on");
            return new Letter(rs.getLong("id"), caseId, Kind.valueOf(rs.getString("kind")),
                    rs.getDate("issued_on").toLocalDate(), served == null ? null : served.toLocalDate(),
                    due == null ? null : due.toLocalDate(),
                    rs.getString("issued_by"), rs.getString("countersigned_by"), rs.getString("facts"),
                    rs.getString("bureau_action"), rs.getObject("document_id", Long.class));
        }).list();
    }
}
