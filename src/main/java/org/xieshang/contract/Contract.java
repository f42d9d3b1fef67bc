package org.xieshang.contract;

import java.time.Instant;
import java.time.LocalDate;

import org.xieshang.offer.ContractType;

/** One signed text of a collective contract with its legal dates; exactly one of enterprise and federation is set. */
public record Contract(long id, long caseId, String caseNo, long districtId, Long enterpriseId, Long federationId,
                       String partyName, ContractType type, Level level, Purpose purpose, Long previousContractId,
                       String title, Integer termYears, LocalDate termStartsOn, ContractStatus status, Congress congress,
                       Long unsignedDocumentId, Long documentId, String workerSignerName, Instant workerSignedAt,
                       String employerSignerName, Instant employerSignedAt, LocalDate signedOn, String filingClock,
                       LocalDate filingDueOn, LocalDate filedOn, LocalDate filingMissedOn, LocalDate receivedOn,
                       LocalDate reviewDueOn, LocalDate decidedOn, LocalDate effectiveOn, String effectiveBy,
                       LocalDate expiresOn, LocalDate publicationDueOn, LocalDate unionPublishedOn,
                       LocalDate employerPublishedOn, Long publicationDocumentId, LocalDate renewalOpensOn,
                       LocalDate renewalWindowOpenedOn, LocalDate endedOn, String endReason, int employeesCovered) {

    /** ENTERPRISE: one employer; INDUSTRY / REGIONAL: a federation's contract for all its member firms (LCL Art. 53). */
    public enum Level { ENTERPRISE, INDUSTRY, REGIONAL }

    /** Why the case was opened: a first contract, or renewing, amending or ending one in force (CCR Arts. 38, 41). */
    public enum Purpose { NEW, RENEWAL, AMENDMENT, TERMINATION }

    /** The workers' congress vote that approved the text (CCR Art. 36): date, all delegates, present and counts. */
    public record Congress(Long resolutionDocumentId, LocalDate heldOn, Integer delegates, Integer present,
                           Integer votesFor, Integer against, Integer abstain) {
    }

    /**
     * The status a user reads today: an effective contract is in force, in its renewal window, or expired. An
     * effective termination agreement has no term: it stays EFFECTIVE and covers no one (the contract it ended does
     * not either).
     */
    public ContractStatus phase(LocalDate today) {
        if (status != ContractStatus.EFFECTIVE || termination()) {
            return status;
        }
        if (expiresOn != null && today.isAfter(expiresOn)) {
            return ContractStatus.EXPIRED;
        }
        if (renewalOpensOn != null && !today.isBefore(renewalOpensOn)) {
            return ContractStatus.RENEWAL_WINDOW;
        }
        return ContractStatus.IN_FORCE;
    }

    /** A termination agreement (CCR Art. 40-41): no term, and the contract it names ends when it takes effect. */
    public boolean termination() {
        return purpose == Purpose.TERMINATION;
    }

    public boolean wages() {
        return type == ContractType.WAGES;
    }

    public boolean published() {
        return unionPublishedOn != null && employerPublishedOn != null;
    }

    public boolean workerSigned() {
        return workerSignedAt != null;
    }

    public boolean employerSigned() {
        return employerSignedAt != null;
    }
}
