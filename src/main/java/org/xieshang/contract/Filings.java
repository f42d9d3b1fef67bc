package org.xieshang.contract;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * Filing the signed text with the labour bureau (CCR Art. 42): the employer files, the package is assembled from
 * the case, the bureau accepts it (受理) or returns it as incomplete, and the employer supplements it.
 */
@Service
public class Filings {

    private final JdbcClient jdbc;
    private final Contracts contracts;
    private final ContractDocuments contractDocuments;
    private final ContractSigning signing;
    private final BargainingCases cases;
    private final CollectiveBargainingProcess bargaining;
    private final ContractReviewProcess review;
    private final DocumentService documents;
    private final DeadlineService deadlines;

    Filings(JdbcClient jdbc, Contracts contracts, ContractDocuments contractDocuments, ContractSigning signing,
            BargainingCases cases, CollectiveBargainingProcess bargaining, ContractReviewProcess review,
            DocumentService documents, DeadlineService deadlines) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.contractDocuments = contractDocuments;
        this.signing = signing;
        this.cases = cases;
        this.bargaining = bargaining;
        this.review = review;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    public enum Status { FILED, RETURNED, ACCEPTED }

    public record Filing(long id, long contractId, int attempt, LocalDate filedOn, String filedBy, Long formDocumentId,
                         Status status, LocalDate returnedOn, String missing, LocalDate supplementDueOn,
                         LocalDate supplementedOn, String supplementNote, LocalDate acceptedOn) {
    }

    /** The employer files: the package is put together from the case and the filing form lists it. */
    @Transactional
    public Filing file(Contract k, PortalUser user) {
        BargainingCase c = cases.find(k.caseId()).orElseThrow();
        Task task = bargaining.task(c.caseNo(), CollectiveBargaining.TASK_FILE_CONTRACT, user);
        LocalDate today = deadlines.today();
        int attempt = jdbc.sql("select count(*) from contract_filing where contract_id = ?").param(k.id()).query(Integer.class).single() + 1;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into contract_filing (contract_id, attempt, filed_on, filed_by, status) values (?, ?, ?, ?, ?)")
                .params(k.id(), attempt, Date.valueOf(today), user.userId(), Status.FILED.name()).update(key, "id");
        long filingId = key.getKeyAs(Number.class).longValue();
        contracts.set(k.id(), "filed_on", today);
        contracts.setStatus(k.id(), ContractStatus.FILED);
        Contract filed = contracts.contract(k.id());
        List<ContractDocuments.Item> items = contractDocuments.filingPackage(filed, filed.wages() && hasWageData(k));
        items.forEach(i -> addItem(filingId, i.position(), i.kind(), i.label(), i.documentId()));
        var form = contractDocuments.filingForm(filed, filing(filingId), items, signing.signingAuthorisations(filed), user.displayName());
        jdbc.sql("update contract_filing set form_document_id = ? where id = ?").params(form.id(), filingId).update();
        contractDocuments.shareWithBureau(filed, items);
        cases.moveTo(c.id(), CaseStage.REVIEW, null);
        cases.record(c.id(), "CONTRACT_FILED", user.userId(), PartyDirectory.labourBureauOf(c.districtId()), filed.filingClock(),
                filed.filingDueOn(), form.id());
        bargaining.complete(task, user);
        return filing(filingId);
    }

    /** 受理: the package is complete; the review clock starts today. */
    @Transactional
    public void accept(Contract k, PortalUser user) {
        Task task = review.task(k.caseNo(), ContractReview.TASK_ACCEPT_FILING, user);
        LocalDate today = deadlines.today();
        Filing f = current(k.id());
        jdbc.sql("update contract_filing set status = ?, accepted_on = ? where id = ?")
                .params(Status.ACCEPTED.name(), Date.valueOf(today), f.id()).update();
        LocalDate due = deadlines.compute("contract-review", today).due();
        contracts.set(k.id(), "received_on", today);
        contracts.set(k.id(), "review_due_on", due);
        contracts.setStatus(k.id(), ContractStatus.UNDER_REVIEW);
        jdbc.sql("insert into contract_review (contract_id) values (?)").param(k.id()).update();
        cases.record(k.caseId(), "FILING_ACCEPTED", user.userId(), null, "contract-review", due, null);
        review.accepted(task, user);
    }

    /** Returned as incomplete with what is missing; the employer supplements within the clock. */
    @Transactional
    public void returnIncomplete(Contract k, String missing, PortalUser user) {
        Task task = review.task(k.caseNo(), ContractReview.TASK_ACCEPT_FILING, user);
        if (missing == null || missing.isBlank() || missing.trim().length() > 2000) {
            throw new BusinessRuleException("missing", "filing.missing.required");
        }
        LocalDate today = deadlines.today();
        LocalDate due = deadlines.compute("filing-supplement", today).due();
        jdbc.sql("update contract_filing set status = ?, returned_on = ?, missing = ?, supplement_due_on = ? where id = ?")
                .params(Status.RETURNED.name(), Date.valueOf(today), missing.trim(), Date.valueOf(due), current(k.id()).id())
                .update();
        contracts.setStatus(k.id(), ContractStatus.RETURNED);
        cases.record(k.caseId(), "FILING_RETURNED", user.userId(), ContractTerms.employerOf(k), "filing-supplement", due, null);
        review.returned(task, user);
    }

    /** The employer answers a return: what was added, with the scanned papers as a PDF where there are any. */
    @Transactional
    public void supplement(Contract k, String note, byte[] pdf, PortalUser user) {
        Task task = review.task(k.caseNo(), ContractReview.TASK_SUPPLEMENT_FILING, user);
        if (note == null || note.isBlank() || note.trim().length() > 2000) {
            throw new BusinessRuleException("note", "filing.supplement.required");
        }
        Filing f = current(k.id());
        Long documentId = null;
        if (pdf != null && pdf.length > 0) {
            documentId = documents.storeUpload(new DocumentService.Request(DocumentType.FILING_SUPPLEMENT, k.caseNo(),
                    k.enterpriseId(), k.federationId(), "报送补正材料·" + k.partyName(), java.util.Map.of(),
                    Set.of(ContractTerms.employerOf(k), ContractDocuments.bureau(k)), user.userId()), pdf).id();
        }
        int position = items(f.id()).size() + 1;
        addItem(f.id(), position, "SUPPLEMENT", "补正材料：" + note.trim(), documentId);
        jdbc.sql("update contract_filing set status = ?, supplemented_on = ?, supplement_note = ? where id = ?")
                .params(Status.FILED.name(), Date.valueOf(deadlines.today()), note.trim(), f.id()).update();
        contracts.setStatus(k.id(), ContractStatus.FILED);
        cases.record(k.caseId(), "FILING_SUPPLEMENTED", user.userId(), ContractDocuments.bureau(k), null, null, documentId);
        review.supplemented(task, user);
    }

    public List<Filing> filings(long contractId) {
        return jdbc.sql("select * from contract_filing where contract_id = ? order by attempt").param(contractId)
                .query(this::row).list();
    }

    List<ContractDocuments.Item> items(long filingId) {
        return jdbc.sql("select * from filing_item where filing_id = ? order by position").param(filingId)
                .query((rs, i) -> new ContractDocuments.Item(rs.getInt("position"), rs.getString("kind"), rs.getString("label"),
                        rs.getObject("document_id", Long.class)))
                .list();
    }

    Filing current(long contractId) {
        List<Filing> all = filings(contractId);
        if (all.isEmpty()) {
            throw new NotFoundException("filing of contract " + contractId);
        }
        return all.get(all.size() - 1);
    }

    private Filing filing(long id) {
        return jdbc.sql("select * from contract_filing where id = ?").param(id).query(this::row).single();
    }

    private void addItem(long filingId, int position, String kind, String label, Long documentId) {
        jdbc.sql("insert into filing_item (filing_id, position, kind, label, document_id) values (?, ?, ?, ?, ?)")
                .params(filingId, position, kind, label, documentId).update();
    }

    private boolean hasWageData(Contract k) {
        return jdbc.sql("select count(*) from wage_data where case_id = ?").param(k.caseId()).query(Integer.class).single() > 0;
    }

    private Filing row(ResultSet rs, int i) throws SQLException {
        return new Filing(rs.getLong("id"), rs.getLong("contract_id"), rs.getInt("attempt"), rs.getDate("filed_on").toLocalDate(),
                rs.getString("filed_by"), rs.getObject("form_document_id", Long.class), Status.valueOf(rs.getString("status")),
                day(rs, "returned_on"), rs.getString("missing"), day(rs, "supplement_due_on"), day(rs, "supplemented_on"),
                rs.getString("supplement_note"), day(rs, "accepted_on"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
