package org.xieshang.system;

/**
 * Variables more than one process carries, declared once: what every case process sets when it starts (so the
 * inbox, deadlines and monitoring read any process the same way), the parties its candidate groups name, and the
 * call contracts between processes. Each process's own variables live in its constants class.
 */
public final class CaseVariables {

    public static final ProcessVariable<String> CASE_ID = new ProcessVariable<>("caseId", String.class);
    public static final ProcessVariable<Long> ENTERPRISE_ID = new ProcessVariable<>("enterpriseId", Long.class);
    /** Set instead of the enterprise for an industry or regional federation's case or congress. */
    public static final ProcessVariable<Long> FEDERATION_ID = new ProcessVariable<>("federationId", Long.class);
    /** GB/T 2260 province code whose clock overrides apply; absent: the deployment's province. */
    public static final ProcessVariable<String> PROVINCE = new ProcessVariable<>("province", String.class);

    public static final ProcessVariable<String> UNION_GROUP = new ProcessVariable<>("unionGroup", String.class);
    public static final ProcessVariable<String> EMPLOYER_GROUP = new ProcessVariable<>("employerGroup", String.class);
    public static final ProcessVariable<String> UPPER_UNION_GROUP = new ProcessVariable<>("upperUnionGroup", String.class);
    public static final ProcessVariable<String> LABOUR_BUREAU_GROUP = new ProcessVariable<>("labourBureauGroup", String.class);

    /** collective-bargaining calls workers-congress-session with the contract draft; the session answers. */
    public static final ProcessVariable<Long> DRAFT_DOCUMENT_ID = new ProcessVariable<>("draftDocumentId", Long.class);
    public static final ProcessVariable<Boolean> DRAFT_APPROVED = new ProcessVariable<>("draftApproved", Boolean.class);
    public static final ProcessVariable<Long> RESOLUTION_DOCUMENT_ID = new ProcessVariable<>("resolutionDocumentId", Long.class);

    /** The text being signed, filed, reviewed and kept in force (collective-bargaining, contract-review, collective-contract). */
    public static final ProcessVariable<Long> CONTRACT_ID = new ProcessVariable<>("contractId", Long.class);
    /** Out of contract-review: EFFECTIVE or OBJECTED. */
    public static final ProcessVariable<String> REVIEW_OUTCOME = new ProcessVariable<>("reviewOutcome", String.class);
    /** Out of bargaining-dispute-coordination: every item settled, or some left for further rounds. */
    public static final ProcessVariable<Boolean> ALL_SETTLED = new ProcessVariable<>("allSettled", Boolean.class);

    private CaseVariables() {
    }
}
