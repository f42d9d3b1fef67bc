package org.xieshang.offer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;

/**
 * The worker questionnaire (一卷): delegates and union members of the enterprise answer while the union keeps it
 * open; only the union side (and its instructor) ever reads answers or the tally.
 */
@Service
public class Questionnaire {

    private final JdbcClient jdbc;
    private final BargainingCases cases;
    private final DocumentService documents;
    private final CaseParties caseParties;
    private final AccessPolicy access;

    Questionnaire(JdbcClient jdbc, BargainingCases cases, DocumentService documents, CaseParties caseParties,
                  AccessPolicy access) {
        this.access = access;
        this.jdbc = jdbc;
        this.cases = cases;
        this.documents = documents;
        this.caseParties = caseParties;
    }

    public record Tally(int answers, Map<BargainingSubject, Integer> priorities, BigDecimal averageWageExpectation,
                        List<String> demands) {

        public List<Map.Entry<BargainingSubject, Integer>> ranked() {
            return priorities.entrySet().stream()
                    .sorted(Map.Entry.<BargainingSubject, Integer>comparingByValue(Comparator.reverseOrder())).toList();
        }
    }

    /** Who may answer: the delegates and the union side of the case's enterprise, while it is open. */
    public boolean canAnswer(BargainingCase c, PortalUser user) {
        return c.stage() == CaseStage.QUESTIONNAIRE && c.enterpriseId() != null
                && c.enterpriseId().equals(user.enterpriseId())
                && (user.partyKind() == PartyKind.DELEGATE || user.partyKind() == PartyKind.UNION);
    }

    @Transactional
    public void answer(BargainingCase c, PortalUser user, List<BargainingSubject> priorities, BigDecimal wageExpectation,
                       String demand) {
        if (!canAnswer(c, user)) {
            throw new NotFoundException("questionnaire of " + c.caseNo());
        }
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(priorities != null && !priorities.isEmpty() && priorities.size() <= 3, "priorities",
                "questionnaire.priorities.range");
        rules.check(wageExpectation == null || (wageExpectation.signum() >= 0 && wageExpectation.compareTo(BigDecimal.valueOf(100)) < 0),
                "wageExpectation", "offer.wageIncrease.range");
        rules.throwIfAny();
        jdbc.sql("delete from questionnaire_answer where case_id = ? and respondent = ?").params(c.id(), user.userId()).update();
        jdbc.sql("""
                        insert into questionnaire_answer (case_id, respondent, priorities, wage_expectation_percent, demand,
                            submitted_at) values (?, ?, ?, ?, ?, ?)""")
                .params(c.id(), user.userId(), String.join(",", priorities.stream().map(Enum::name).toList()),
                        wageExpectation, demand == null || demand.isBlank() ? null : demand.trim(),
                        Timestamp.from(Instant.now()))
                .update();
    }

    /** The tally, for the union side only. */
    public Tally tally(BargainingCase c, PortalUser user) {
        if (!access.readableDocumentParties(user).contains(c.unionGroup())) {
            throw new NotFoundException("questionnaire tally of " + c.caseNo());
        }
        return tally(c.id());
    }

    Tally tally(long caseId) {
        record Answer(String priorities, BigDecimal wage, String demand) {
        }
        List<Answer> answers = jdbc.sql("select priorities, wage_expectation_percent, demand from questionnaire_answer where case_id = ?")
                .param(caseId)
                .query((rs, i) -> new Answer(rs.getString("priorities"), rs.getBigDecimal("wage_expectation_percent"),
                        rs.getString("demand")))
                .list();
        Map<BargainingSubject, Integer> counts = new EnumMap<>(BargainingSubject.class);
        answers.forEach(a -> Arrays.stream(a.priorities().split(",")).map(BargainingSubject::valueOf)
                .forEach(s -> counts.merge(s, 1, Integer::sum)));
        List<BigDecimal> wages = answers.stream().map(Answer::wage).filter(w -> w != null).toList();
        BigDecimal average = wages.isEmpty() ? null : wages.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(wages.size()), 2, RoundingMode.HALF_UP);
        List<String> demands = answers.stream().map(Answer::demand).filter(d -> d != null).toList();
        return new Tally(answers.size(), counts, average, demands);
    }

    /** The subjects workers ranked highest, for the union's first agenda items. */
    public List<BargainingSubject> topSubjects(long caseId, int n) {
        return tally(caseId).ranked().stream().limit(n).map(Map.Entry::getKey).toList();
    }

    record Summary(BargainingCase bargainingCase, String unionName, Tally tally) implements DocumentModel {
    }

    /** Closes the questionnaire with its summary, readable by the union side only. */
    public void summarise(long caseId, String closedBy) {
        BargainingCase c = cases.find(caseId).orElseThrow();
        StoredDocument summary = documents.generate(new DocumentService.Request(DocumentType.QUESTIONNAIRE_SUMMARY,
                c.caseNo(), c.enterpriseId(), c.federationId(), DocumentType.QUESTIONNAIRE_SUMMARY.title().zh() + "-"
                + c.partyName(), caseParties.unionOnly(c), closedBy), new Summary(c, caseParties.unionName(c), tally(caseId)));
        cases.moveTo(caseId, CaseStage.DRAFT, null);
        cases.record(caseId, CaseEventKind.QUESTIONNAIRE_CLOSED, closedBy, null, null, null, summary.id());
    }
}
