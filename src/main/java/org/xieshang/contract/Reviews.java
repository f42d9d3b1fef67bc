package org.xieshang.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xieshang.congress.Majority;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.negotiation.Delegations;
import org.xieshang.negotiation.WageCheck;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;

/**
 * The bureau's review of a filed contract (CCR Art. 44): the reviewer records the three checks and decides; the
 * product pre-checks what it knows from the case and shows its findings beside the form. A finding never decides:
 * the bureau does.
 */
@Service
public class Reviews {

    private final JdbcClient jdbc;
    private final Contracts contracts;
    private final Delegations delegations;
    private final WageCheck wageCheck;
    private final DocumentService documents;
    private final DeadlineService deadlines;
    private final ContractClocks clocks;

    Reviews(JdbcClient jdbc, Contracts contracts, Delegations delegations, WageCheck wageCheck, DocumentService documents,
            DeadlineService deadlines, ContractClocks clocks) {
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.delegations = delegations;
        this.wageCheck = wageCheck;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    public enum Check { STANDING, PROCEDURE, CONTENT }

    /** OK: the rule holds; WARNING: advisory (a guideline line); PROBLEM: a legal rule does not hold. */
    public enum Level { OK, WARNING, PROBLEM }

    /** One pre-check: message key review.finding.KEY with its arguments. */
    public record Finding(Check check, Level level, String key, Object... args) {
    }

    public record Review(long contractId, Boolean standingOk, Boolean procedureOk, Boolean contentOk, String remarks,
                         String decision, String objectedClauses, String opinion, Long opinionDocumentId, String decidedBy) {

        public Set<Integer> objectedPositions() {
            return objectedClauses == null || objectedClauses.isBlank() ? Set.of()
                    : Arrays.stream(objectedClauses.split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toSet());
        }
    }

    public record Decision(Boolean standingOk, Boolean procedureOk, Boolean contentOk, String remarks, boolean objection,
                           List<Integer> objectedClauses, String opinion) {
    }

    public List<Finding> findings(Contract k) {
        List<Finding> findings = new ArrayList<>();
        try {
            delegations.requireReady(k.caseId(), clocks.province(k));
            findings.add(new Finding(Check.STANDING, Level.OK, "delegations"));
        } catch (BusinessRuleException e) {
            findings.add(new Finding(Check.STANDING, Level.PROBLEM, "delegations.broken", e.violations().size()));
        }
        findings.add(new Finding(Check.STANDING, Level.OK, "signers", k.workerSignerName(), k.employerSignerName()));
        Contract.Congress v = k.congress();
        int total = v.delegates() == null ? 0 : v.delegates();
        int present = v.present() == null ? 0 : v.present();
        int votesFor = v.votesFor() == null ? 0 : v.votesFor();
        findings.add(new Finding(Check.PROCEDURE, Majority.quorum(present, total) ? Level.OK : Level.PROBLEM, "quorum",
                present, total, Majority.quorumOf(total)));
        findings.add(new Finding(Check.PROCEDURE, Majority.passes(votesFor, total) ? Level.OK : Level.PROBLEM, "majority",
                votesFor, total, Majority.passMark(total)));
        int minutes = (int) documents.ofCase(k.caseNo()).stream().filter(d -> d.type() == DocumentType.NEGOTIATION_MINUTES).count();
        findings.add(new Finding(Check.PROCEDURE, minutes > 0 ? Level.OK : Level.PROBLEM, "minutes", minutes));
        if (k.filedOn() != null && k.filingDueOn() != null) {
            findings.add(new Finding(Check.PROCEDURE, k.filedOn().isAfter(k.filingDueOn()) ? Level.WARNING : Level.OK,
                    "filedOnTime", k.filedOn(), k.filingDueOn()));
        }
        if (k.termination()) {
            findings.add(new Finding(Check.CONTENT, Level.OK, "term.termination"));
        } else {
            findings.add(new Finding(Check.CONTENT, k.termYears() >= 1 && k.termYears() <= 3 ? Level.OK : Level.WARNING, "term",
                    k.termYears()));
            if (k.wages() && k.termYears() != 1) {
                // WBM: wage talks are held once a year, so a wage agreement normally runs one year.
                findings.add(new Finding(Check.CONTENT, Level.WARNING, "term.wageYear", k.termYears()));
            }
        }
        contracts.clauses(k.id()).stream().filter(Contracts.Clause::wages).forEach(c -> findings.addAll(wageFindings(k, c)));
        return findings;
    }

    private List<Finding> wageFindings(Contract k, Contracts.Clause clause) {
        BigDecimal increase = WageCheck.increaseIn(clause.text());
        BigDecimal lowest = WageCheck.lowestWageIn(clause.text());
        int year = k.signedOn() == null ? deadlines.today().getYear() : k.signedOn().getYear();
        Optional<WageCheck.Guideline> guideline = wageCheck.guideline(k.districtId(), year);
        List<Finding> findings = new ArrayList<>();
        if (guideline.isEmpty()) {
            // Without the year's minimum wage the floor of LCL Art. 55 cannot be checked: a problem, not a silent pass.
            findings.add(new Finding(Check.CONTENT, Level.PROBLEM, "wage.noGuideline", clause.position(), String.valueOf(year)));
            return findings;
        }
        WageCheck.Finding f = WageCheck.check(increase, lowest, guideline, Optional.empty());
        WageCheck.Guideline g = guideline.get();
        if (lowest == null) {
            findings.add(new Finding(Check.CONTENT, Level.WARNING, "wage.noMinimum", clause.position(), g.minimumWage()));
        } else {
            boolean below = f.flags().contains(WageCheck.Flag.BELOW_MINIMUM_WAGE);
            findings.add(new Finding(Check.CONTENT, below ? Level.PROBLEM : Level.OK, below ? "wage.belowMinimum" : "wage.minimum",
                    clause.position(), lowest, g.minimumWage()));
        }
        if (increase != null) {
            boolean outside = f.flags().contains(WageCheck.Flag.BELOW_LOWER_LINE) || f.flags().contains(WageCheck.Flag.ABOVE_UPPER_LINE);
            findings.add(new Finding(Check.CONTENT, outside ? Level.WARNING : Level.OK, "wage.guideline", clause.position(),
                    increase, g.lowerPercent(), g.baselinePercent(), g.upperPercent()));
        }
        return findings;
    }

    public Optional<Review> review(long contractId) {
        return jdbc.sql("select * from contract_review where contract_id = ?").param(contractId)
                .query((rs, i) -> new Review(contractId, (Boolean) rs.getObject("standing_ok"), (Boolean) rs.getObject("procedure_ok"),
                        (Boolean) rs.getObject("content_ok"), rs.getString("remarks"), rs.getString("decision"),
                        rs.getString("objected_clauses"), rs.getString("opinion"), rs.getObject("opinion_document_id", Long.class),
                        rs.getString("decided_by")))
                .optional();
    }

    /**
     * The reviewer's three checks and decision. An objection names the clauses and the opinion served on both sides;
     * no objection needs all three checks passed.
     */
    void decide(Contract k, Decision d, PortalUser user) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(d.standingOk() != null && d.procedureOk() != null && d.contentOk() != null, "checks", "review.checks.required");
        rules.check(d.remarks() == null || d.remarks().trim().length() <= 2000, "remarks", "review.remarks.length");
        boolean allPassed = Boolean.TRUE.equals(d.standingOk()) && Boolean.TRUE.equals(d.procedureOk()) && Boolean.TRUE.equals(d.contentOk());
        Set<Integer> positions = contracts.clauses(k.id()).stream().map(Contracts.Clause::position).collect(Collectors.toSet());
        List<Integer> objected = d.objectedClauses() == null ? List.of() : d.objectedClauses().stream().distinct().sorted().toList();
        if (d.objection()) {
            rules.check(!objected.isEmpty() && positions.containsAll(objected), "objectedClauses", "review.objection.clauses");
            rules.check(d.opinion() != null && !d.opinion().isBlank() && d.opinion().trim().length() <= 4000, "opinion",
                    "review.objection.opinion");
            rules.check(!allPassed, "checks", "review.objection.checks");
        } else {
            rules.check(allPassed || d.standingOk() == null, "checks", "review.noObjection.checks");
            // LCL Art. 55: a clause below the minimum wage is void; the bureau must object to it, not confirm it.
            rules.check(findings(k).stream().noneMatch(f -> f.level() == Level.PROBLEM && f.key().startsWith("wage.")),
                    "objection", "review.floor.mustObject");
        }
        rules.throwIfAny();
        jdbc.sql("""
                        update contract_review set standing_ok = ?, procedure_ok = ?, content_ok = ?, remarks = ?, decision = ?,
                            objected_clauses = ?, opinion = ?, decided_by = ? where contract_id = ?""")
                .params(d.standingOk(), d.procedureOk(), d.contentOk(), blankToNull(d.remarks()),
                        d.objection() ? "OBJECTION" : "NO_OBJECTION",
                        d.objection() ? objected.stream().map(String::valueOf).collect(Collectors.joining(",")) : null,
                        d.objection() ? d.opinion().trim() : null, user.userId(), k.id())
                .update();
        contracts.decided(k.id(), deadlines.today());
    }

    void setOpinionDocument(long contractId, long documentId) {
        jdbc.sql("update contract_review set opinion_document_id = ? where contract_id = ?").params(documentId, contractId).update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
