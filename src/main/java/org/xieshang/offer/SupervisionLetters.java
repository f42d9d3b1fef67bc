package org.xieshang.offer;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.LadderStep;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
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
        REMINDER_LETTER(DocumentType.REMINDER_LETTER, "reminder-letter", LadderStep.REMINDER_LETTER),
        OPINION_LETTER(DocumentType.OPINION_LETTER, "opinion-letter", LadderStep.OPINION_LETTER),
        RECOMMENDATION_LETTER(DocumentType.RECOMMENDATION_LETTER, null, LadderStep.BUREAU_ACTION);

        final DocumentType document;
        final String replyClock;
        final LadderStep stepWhenIssued;

        Kind(DocumentType document, String replyClock, LadderStep stepWhenIssued) {
            this.document = document;
            this.replyClock = replyClock;
            this.stepWhenIssued = stepWhenIssued;
        }
    }

    public record Letter(long id, long caseId, Kind kind, LocalDate issuedOn, LocalDate replyDueOn, String issuedBy,
                         String countersignedBy, String facts, String bureauAction, Long documentId) {
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
    @Transactional
    public void draft(long caseId, Kind kind, String facts, String draftedBy, LocalDate servedOn) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(facts != null && facts.trim().length() >= 10, "facts", "letter.facts.required");
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

    @Transactional
    public void countersign(long caseId, Kind kind, String countersignedBy) {
        int updated = jdbc.sql("update supervision_letter set countersigned_by = ? where case_id = ? and kind = ? and document_id is null")
                .params(countersignedBy, caseId, kind.name()).update();
        if (updated == 0) {
            throw new IllegalStateException("no draft " + kind + " for case " + caseId);
        }
    }

    /** Generates and serves the drafted letter today; returns the issue date that starts its reply clock. */
    @Transactional
    public LocalDate issue(long caseId, Kind kind) {
        BargainingCase c = cases.find(caseId).orElseThrow();
        Letter draft = letters(caseId).stream().filter(l -> l.kind() == kind && l.documentId() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no draft " + kind + " for case " + caseId));
        Date paper = jdbc.sql("select served_on from supervision_letter where id = ?").param(draft.id()).query(Date.class)
                .list().get(0);
        LocalDate today = paper == null ? deadlines.today() : paper.toLocalDate();
        Deadline reply = kind.replyClock == null ? null : deadlines.compute(kind.replyClock, today, caseParties.province(c));
        Map<String, Object> model = offers.letterModel(c);
        model.put("kind", kind.name());
        model.put("title", kind.document.title().zh());
        model.put("letter", draft);
        model.put("issuedOn", today);
        model.put("reply", reply);
        OfferService.Offer offer = offers.offer(caseId).orElseThrow();
        model.put("offer", offer);
        model.put("responseDeadline", deadlines.compute(OfferService.RESPONSE_CLOCK, offer.receivedOn(), caseParties.province(c)));
        model.put("upperUnionName", caseParties.upperUnionName(c));
        model.put("labourBureauName", caseParties.labourBureauName(c));
        StoredDocument document = documents.generate(new DocumentService.Request(kind.document, c.caseNo(),
                c.enterpriseId(), c.federationId(), kind.document.title().zh() + "-" + c.partyName(), model,
                caseParties.bothSidesAndOfficials(c), draft.issuedBy()));
        jdbc.sql("update supervision_letter set issued_on = ?, reply_due_on = ?, document_id = ? where id = ?")
                .params(Date.valueOf(today), reply == null ? null : Date.valueOf(reply.due()), document.id(), draft.id())
                .update();
        cases.record(caseId, kind.name() + "_ISSUED", draft.issuedBy(), c.employerGroup(), kind.replyClock,
                reply == null ? null : reply.due(), document.id(), today);
        return today;
    }

    @Transactional
    public void recordBureauAction(long caseId, String action, String officer) {
        if (action == null || action.trim().length() < 10) {
            throw new BusinessRuleException("action", "letter.bureauAction.required");
        }
        jdbc.sql("update supervision_letter set bureau_action = ?, bureau_acted_on = ? where case_id = ? and kind = ?")
                .params(action.trim(), Date.valueOf(deadlines.today()), caseId, Kind.RECOMMENDATION_LETTER.name()).update();
        BargainingCase c = cases.find(caseId).orElseThrow();
        cases.record(caseId, "BUREAU_ACTED", officer, c.unionGroup(), null, null, null);
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
            return new Letter(rs.getLong("id"), caseId, Kind.valueOf(rs.getString("kind")),
                    rs.getDate("issued_on").toLocalDate(), due == null ? null : due.toLocalDate(),
                    rs.getString("issued_by"), rs.getString("countersigned_by"), rs.getString("facts"),
                    rs.getString("bureau_action"), rs.getObject("document_id", Long.class));
        }).list();
    }
}
