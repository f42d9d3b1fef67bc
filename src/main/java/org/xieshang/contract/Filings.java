package org.xieshang.contract;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.bargaining.CaseStage;
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
    private final PartyDirectory parties;
    private final DocumentService documents;
    private final DeadlineService deadlines;
    private final ContractClocks clocks;

    Filings(JdbcClient jdbc, Contracts contracts, ContractDocuments contractDocuments, ContractSigning signing,
            BargainingCases cases, PartyDirectory parties, DocumentService documents, DeadlineService deadlines,
            ContractClocks clocks) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.contractDocuments = contractDocuments;
        this.signing = signing;
        this.cases = cases;
        this.parties = parties;
        this.documents = documents;
        this.deadlines = deadlines;
        this.clocks = clocks;
    }

    public enum Status { FILED, RETURNED, ACCEPTED }

    public record Filing(long id, long contractId, int attempt, LocalDate filedOn, String filedBy, Long formDocumentId,
                         Status status, LocalDate returnedOn, String missing, LocalDate supplementDueOn,
                         LocalDate supplementedOn, String supplementNote, LocalDate acceptedOn) {
    }

    /**
     * The employer files today through the portal, so the bureau receives it today: the 15-day review runs from
     * now whatever the bureau does (CCR Art. 47; LCL Art. 54). The package follows (assemblePackage).
     */
    void file(Contract k, PortalUser user) {
        LocalDate today = deadlines.today();
        int attempt = jdbc.sql("select count(*) from contract_filing where contract_id = ?").param(k.id()).query(Integer.class).single() + 1;
        jdbc.sql("insert into contract_filing (contract_id, attempt, filed_on, filed_by, status) values (?, ?, ?, ?, ?)")
                .params(k.id(), attempt, Date.valueOf(today), user.userId(), Status.FILED.name()).update();
        contracts.filed(k.id(), today);
        received(k, today);
        cases.moveTo(k.caseId(), CaseStage.REVIEW, null);
        cases.record(k.caseId(), CaseEventKind.CONTRACT_FILED, user.userId(), ContractDocuments.bureau(k), k.filingClock(),
                k.filingDueOn(), null);
    }

    /**
     * The package is put together from the case, the filing form lists it, and the bureau may read all of it. Runs
     * after the filing's step (Service_AssembleFilingPackage), so a failed PDF is retried and the filing stands.
     */
    public void assemblePackage(long contractId) {
        Contract k = contracts.contract(contractId);
        Filing f = current(contractId);
        if (f.formDocumentId() != null) {
            return;
        }
        List<ContractDocuments.Item> items = contractDocuments.filingPackage(k, k.wages() && hasWageData(k));
        items.forEach(i -> addItem(f.id(), i));
        var form = contractDocuments.filingForm(k, f, items, signing.signingAuthorisations(k), parties.displayName(f.filedBy()));
        jdbc.sql("update contract_filing set form_document_id = ? where id = ?").params(form.id(), f.id()).update();
        contractDocuments.shareWithBureau(k, items);
        cases.attachDocument(k.caseId(), CaseEventKind.CONTRACT_FILED, form.id());
    }

    /** 受理: the package is complete. The review clock has run since receipt; acceptance does not restart it. */
    void accept(Contract k, PortalUser user) {
        Filing f = current(k.id());
        jdbc.sql("update contract_filing set status = ?, accepted_on = ? where id = ?")
                .params(Status.ACCEPTED.name(), Date.valueOf(deadlines.today()), f.id()).update();
        contracts.setStatus(k.id(), ContractStatus.UNDER_REVIEW);
        jdbc.sql("insert into contract_review (contract_id) values (?)").param(k.id()).update();
        cases.record(k.caseId(), CaseEventKind.FILING_ACCEPTED, user.userId(), null, ContractClocks.REVIEW, k.reviewDueOn(), null);
    }

    private void received(Contract k, LocalDate on) {
        contracts.received(k.id(), on, clocks.compute(k, ContractClocks.REVIEW, on).due());
    }

    /** Returned as incomplete with what is missing; the employer supplements within the clock. */
    void returnIncomplete(Contract k, String missing, PortalUser user) {
        if (missing == null || missing.isBlank() || missing.trim().length() > 2000) {
            throw new BusinessRuleException("missing", "filing.missing.required");
        }
        LocalDate today = deadlines.today();
        LocalDate due = clocks.compute(k, ContractClocks.SUPPLEMENT, today).due();
        jdbc.sql("update contract_filing set status = ?, returned_on = ?, missing = ?, supplement_due_on = ? where id = ?")
                .params(Status.RETURNED.name(), Date.valueOf(today), missing.trim(), Date.valueOf(due), current(k.id()).id())
                .update();
        contracts.setStatus(k.id(), ContractStatus.RETURNED);
        contracts.received(k.id(), null, null);
        cases.record(k.caseId(), CaseEventKind.FILING_RETURNED, user.userId(), ContractTerms.employerOf(k), ContractClocks.SUPPLEMENT, due, null);
    }

    /** The employer answers a return: what was added, with the scanned papers as a PDF where there are any. */
    void supplement(Contract k, String note, byte[] pdf, PortalUser user) {
        if (note == null || note.isBlank() || note.trim().length() > 300) {
            throw new BusinessRuleException("note", "filing.supplement.required");
        }
        Filing f = current(k.id());
        Long documentId = null;
        if (pdf != null && pdf.length > 0) {
            documentId = documents.storeUpload(new DocumentService.Request(DocumentType.FILING_SUPPLEMENT, k.caseNo(),
                    k.enterpriseId(), k.federationId(), DocumentType.FILING_SUPPLEMENT.title().zh() + "·" + k.partyName(),
                    Set.of(ContractTerms.employerOf(k), ContractDocuments.bureau(k)), user.userId()), pdf).id();
        }
        addItem(f.id(), new ContractDocuments.Item(items(f.id()).size() + 1, FilingItem.SUPPLEMENT, note.trim(), documentId));
        jdbc.sql("update contract_filing set status = ?, supplemented_on = ?, supplement_note = ? where id = ?")
                .params(Status.FILED.name(), Date.valueOf(deadlines.today()), note.trim(), f.id()).update();
        contracts.setStatus(k.id(), ContractStatus.FILED);
        received(k, deadlines.today());
        cases.record(k.caseId(), CaseEventKind.FILING_SUPPLEMENTED, user.userId(), ContractDocuments.bureau(k), null, null, documentId);
    }

    public List<Filing> filings(long contractId) {
        return jdbc.sql("select * from contract_filing where contract_id = ? order by attempt").param(contractId)
                .query(this::row).list();
    }

    List<ContractDocuments.Item> items(long filingId) {
        return jdbc.sql("select * from filing_item where filing_id = ? order by position").param(filingId)
                .query((rs, i) -> new ContractDocuments.Item(rs.getInt("position"), FilingItem.valueOf(rs.getString("kind")),
                        rs.getString("detail"), rs.getObject("document_id", Long.class)))
                .list();
    }

    Filing current(long contractId) {
        List<Filing> all = filings(contractId);
        if (all.isEmpty()) {
            throw new NotFoundException("filing of contract " + contractId);
        }
        return all.get(all.size() - 1);
    }

    private void addItem(long filingId, ContractDocuments.Item item) {
        jdbc.sql("insert into filing_item (filing_id, position, kind, detail, document_id) values (?, ?, ?, ?, ?)")
                .params(filingId, item.position(), item.kind().name(), item.detail(), item.documentId()).update();
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
