package org.xieshang.contract;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.xieshang.offer.ContractType;

/** A row of {@link Contracts#SELECT} as a {@link Contract}. */
final class ContractRows {

    private ContractRows() {
    }

    static Contract row(ResultSet rs, int n) throws SQLException {
        return new Contract(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_no"), rs.getLong("district_id"),
                rs.getObject("enterprise_id", Long.class), rs.getObject("federation_id", Long.class), rs.getString("party_name"),
                ContractType.valueOf(rs.getString("contract_type")), Contract.Level.valueOf(rs.getString("level")),
                Contract.Purpose.valueOf(rs.getString("purpose")), rs.getObject("previous_contract_id", Long.class),
                rs.getString("title"), rs.getObject("term_years", Integer.class), day(rs, "term_starts_on"), ContractStatus.valueOf(rs.getString("status")),
                new Contract.Congress(rs.getObject("resolution_document_id", Long.class), day(rs, "congress_held_on"),
                        rs.getObject("congress_delegates", Integer.class), rs.getObject("congress_present", Integer.class),
                        rs.getObject("congress_for", Integer.class), rs.getObject("congress_against", Integer.class),
                        rs.getObject("congress_abstain", Integer.class)),
                rs.getObject("unsigned_document_id", Long.class), rs.getObject("document_id", Long.class),
                rs.getString("worker_signer_name"), instant(rs, "worker_signed_at"), rs.getString("employer_signer_name"),
                instant(rs, "employer_signed_at"), day(rs, "signed_on"), rs.getString("filing_clock"), day(rs, "filing_due_on"),
                day(rs, "filed_on"), day(rs, "filing_missed_on"), day(rs, "received_on"), day(rs, "review_due_on"),
                day(rs, "decided_on"), day(rs, "effective_on"), rs.getString("effective_by"), day(rs, "expires_on"),
                day(rs, "publication_due_on"), day(rs, "union_published_on"), day(rs, "employer_published_on"),
                rs.getObject("publication_document_id", Long.class), day(rs, "renewal_opens_on"),
                day(rs, "renewal_window_opened_on"), day(rs, "ended_on"), rs.getString("end_reason"),
                rs.getInt("employees_covered"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
