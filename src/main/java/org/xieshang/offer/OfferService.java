package org.xieshang.offer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/** The offer to bargain and the employer's written answer (CCR Art. 32; WBM Art. 18). */
@Service
public class OfferService {

    static final String RESPONSE_CLOCK = "offer-response";

    private final JdbcClient jdbc;
    private final BargainingCases cases;
    private final DeadlineService deadlines;
    private final DocumentService documents;
    private final CaseParties caseParties;

    OfferService(JdbcClient jdbc, BargainingCases cases, DeadlineService deadlines, DocumentService documents,
                 CaseParties caseParties) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.deadlines = deadlines;
        this.documents = documents;
        this.caseParties = caseParties;
    }

    public record Offer(long caseId, ContractType contractType, List<BargainingSubject> subjects,
                        BigDecimal wageIncreasePercent, BigDecimal lowestWage, LocalDateTime proposedAt,
                        String proposedPlace, String contactName, String contactPhone, String sentBy,
                        LocalDate deliveredOn, LocalDate receivedOn, LocalDate answerDueOn, Long documentId) {
    }

    public record Answer(long id, long caseId, AnswerKind kind, LocalDateTime meetingAt, String meetingPlace,
                         String reason, LocalDate answeredOn, String answeredBy, boolean onTime, Long documentId) {
    }

    /** Checks every rule of the offer form, then saves it (replacing an earlier draft); nothing saved on error. */
    @Transactional
    public void saveOffer(long caseId, OfferForm form, String draftedBy) {
        boolean wages = form.getSubjects().contains(BargainingSubject.REMUNERATION);
        boolean wageDemand = form.getWageIncreasePercent() != null || form.getLowestWage() != null;
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(form.getContractType() != null, "contractType", "offer.contractType.required");
        rules.check(!form.getSubjects().isEmpty(), "subjects", "offer.subjects.required");
        rules.check(form.getContractType() != ContractType.WAGES || wages, "subjects", "offer.subjects.wagesContract");
        rules.check(!wages || (form.getWageIncreasePercent() != null && form.getLowestWage() != null),
                "wageIncreasePercent", "offer.wageDemand.required");
        rules.check(wages || !wageDemand, "wageIncreasePercent", "offer.wageDemand.withoutWages");
        rules.check(form.getWageIncreasePercent() == null || form.getWageIncreasePercent().signum() > 0
                        && form.getWageIncreasePercent().compareTo(BigDecimal.valueOf(100)) < 0,
                "wageIncreasePercent", "offer.wageIncrease.range");
        rules.check(form.getLowestWage() == null || form.getLowestWage().signum() > 0, "lowestWage", "offer.lowestWage.positive");
        rules.check(form.getProposedAt() != null && form.getProposedAt().isAfter(deadlines.now()),
                "proposedAt", "offer.proposedAt.future");
        rules.check(notBlank(form.getProposedPlace()), "proposedPlace", "offer.proposedPlace.required");
        rules.check(notBlank(form.getContactName()), "contactName", "offer.contactName.required");
        rules.check(notBlank(form.getContactPhone()) && form.getContactPhone().trim().matches("[0-9+\\- ]{7,20}"),
                "contactPhone", "offer.contactPhone.invalid");
        rules.check(form.getDeliveredOn() == null || paperDateAcceptable(form.getDeliveredOn()), "deliveredOn",
                "offer.deliveredOn.range", PAPER_DAYS_BACK);
        rules.throwIfAny();
        jdbc.sql("delete from offer where case_id = ?").param(caseId).update();
        jdbc.sql("""
                        insert into offer (case_id, contract_type, subjects, wage_increase_percent, lowest_wage, proposed_at,
                            proposed_place, contact_name, contact_phone, sent_by, delivered_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, form.getContractType().name(),
                        String.join(",", form.getSubjects().stream().distinct().map(Enum::name).toList()),
                        wages ? form.getWageIncreasePercent() : null, wages ? form.getLowestWage() : null,
                        Timestamp.valueOf(form.getProposedAt()), form.getProposedPlace().trim(), form.getContactName().trim(),
                        form.getContactPhone().trim(), draftedBy,
                        form.getDeliveredOn() == null ? null : java.sql.Date.valueOf(form.getDeliveredOn()))
                .update();
    }

    /**
     * Generates the offer letter in the name of the union member who drafted it and delivers it through the
     * portal: delivery is receipt, so the 20-day clock starts today.
     */
    @Transactional
    public LocalDate send(long caseId) {
        BargainingCase c = cases.find(caseId).orElseThrow();
        Offer offer = offer(caseId).orElseThrow(() -> new IllegalStateException("no offer for case " + caseId));
        String sentBy = offer.sentBy();
        boolean paper = offer.deliveredOn() != null;
        LocalDate today = paper ? offer.deliveredOn() : deadlines.today();
        Deadline due = deadlines.compute(RESPONSE_CLOCK, today, caseParties.province(c));
        Map<String, Object> model = letterModel(c);
        model.put("offer", offer);
        model.put("deadline", due);
        model.put("sentOn", today);
        model.put("onPaper", paper);
        StoredDocument letter = documents.generate(new DocumentService.Request(DocumentType.OFFER_LETTER, c.caseNo(),
                c.enterpriseId(), c.federationId(), DocumentType.OFFER_LETTER.title().zh() + "-" + c.partyName(), model,
                caseParties.bothSidesAndOfficials(c), sentBy));
        jdbc.sql("update offer set received_on = ?, answer_due_on = ?, document_id = ? where case_id = ?")
                .params(java.sql.Date.valueOf(today), java.sql.Date.valueOf(due.due()), letter.id(), caseId).update();
        cases.moveTo(caseId, CaseStage.OFFER_SENT, null);
        cases.record(caseId, "OFFER_SENT", sentBy, null, null, null, letter.id(), today);
        cases.record(caseId, "OFFER_RECEIVED", sentBy, c.employerGroup(), RESPONSE_CLOCK, due.due(), null, today);
        return today;
    }

    /** Validates and records the employer's answer with its response letter; nothing saved on error. */
    @Transactional
    public Answer answer(long caseId, AnswerForm form, PortalUser user) {
        BargainingCase c = cases.find(caseId).orElseThrow();
        Offer offer = offer(caseId).orElseThrow();
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(form.getKind() != null, "kind", "answer.kind.required");
        boolean meeting = form.getKind() == AnswerKind.ACCEPT || form.getKind() == AnswerKind.OTHER_TIME;
        rules.check(!meeting || form.getMeetingAt() != null && form.getMeetingAt().isAfter(deadlines.now()),
                "meetingAt", "answer.meetingAt.future");
        rules.check(!meeting || notBlank(form.getMeetingPlace()), "meetingPlace", "answer.meetingPlace.required");
        rules.check(form.getKind() != AnswerKind.REFUSE || (notBlank(form.getReason()) && form.getReason().trim().length() >= 10),
                "reason", "answer.reason.required");
        rules.throwIfAny();
        LocalDate today = deadlines.today();
        boolean onTime = !today.isAfter(offer.answerDueOn());
        Map<String, Object> model = letterModel(c);
        model.put("offer", offer);
        model.put("answer", form);
        model.put("answeredOn", today);
        model.put("onTime", onTime);
        model.put("deadline", deadlines.compute(RESPONSE_CLOCK, offer.receivedOn(), caseParties.province(c)));
        StoredDocument letter = documents.generate(new DocumentService.Request(DocumentType.RESPONSE_LETTER, c.caseNo(),
                c.enterpriseId(), c.federationId(), DocumentType.RESPONSE_LETTER.title().zh() + "-" + c.partyName(), model,
                caseParties.bothSidesAndOfficials(c), user.userId()));
        jdbc.sql("""
                        insert into offer_answer (case_id, kind, meeting_at, meeting_place, reason, answered_on, answered_by,
                            on_time, document_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, form.getKind().name(), meeting ? Timestamp.valueOf(form.getMeetingAt()) : null,
                        meeting ? form.getMeetingPlace().trim() : null, blankToNull(form.getReason()),
                        java.sql.Date.valueOf(today), user.userId(), onTime, letter.id())
                .update();
        cases.moveTo(caseId, switch (form.getKind()) {
            case ACCEPT -> CaseStage.PREPARATION;
            case OTHER_TIME -> CaseStage.TIME_PROPOSED;
            case REFUSE -> CaseStage.REFUSAL_REVIEW;
        }, null);
        cases.record(caseId, "ANSWERED_" + form.getKind().name(), user.userId(), c.unionGroup(), RESPONSE_CLOCK,
                offer.answerDueOn(), letter.id());
        return answers(caseId).get(0);
    }

    public Optional<Offer> offer(long caseId) {
        return jdbc.sql("select * from offer where case_id = ?").param(caseId).query((rs, i) -> {
            java.sql.Date delivered = rs.getDate("delivered_on");
            java.sql.Date received = rs.getDate("received_on");
            java.sql.Date due = rs.getDate("answer_due_on");
            return new Offer(caseId, ContractType.valueOf(rs.getString("contract_type")),
                    Arrays.stream(rs.getString("subjects").split(",")).map(BargainingSubject::valueOf).toList(),
                    rs.getBigDecimal("wage_increase_percent"), rs.getBigDecimal("lowest_wage"),
                    rs.getTimestamp("proposed_at").toLocalDateTime(), rs.getString("proposed_place"),
                    rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("sent_by"),
                    delivered == null ? null : delivered.toLocalDate(), received == null ? null : received.toLocalDate(), due == null ? null : due.toLocalDate(),
                    rs.getObject("document_id", Long.class));
        }).optional();
    }

    /** Answers of the case, newest first. */
    public List<Answer> answers(long caseId) {
        return jdbc.sql("select * from offer_answer where case_id = ? order by id desc").param(caseId).query((rs, i) -> {
            Timestamp meetingAt = rs.getTimestamp("meeting_at");
            return new Answer(rs.getLong("id"), caseId, AnswerKind.valueOf(rs.getString("kind")),
                    meetingAt == null ? null : meetingAt.toLocalDateTime(), rs.getString("meeting_place"),
                    rs.getString("reason"), rs.getDate("answered_on").toLocalDate(), rs.getString("answered_by"),
                    rs.getBoolean("on_time"), rs.getObject("document_id", Long.class));
        }).list();
    }

    Map<String, Object> letterModel(BargainingCase c) {
        Map<String, Object> model = new HashMap<>();
        model.put("bargainingCase", c);
        model.put("unionName", caseParties.unionName(c));
        model.put("employerName", caseParties.employerName(c));
        return model;
    }

    /** How far back a paper receipt may be recorded. */
    static final int PAPER_DAYS_BACK = 90;

    boolean paperDateAcceptable(LocalDate date) {
        LocalDate today = deadlines.today();
        return !date.isAfter(today) && !date.isBefore(today.minusDays(PAPER_DAYS_BACK));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.trim() : null;
    }
}
