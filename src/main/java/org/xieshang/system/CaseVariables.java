package org.xieshang.system;

/**
 * Variables every case process sets when it starts, so the inbox, deadlines and monitoring can read any
 * process the same way.
 */
public final class CaseVariables {

    public static final ProcessVariable<String> CASE_ID = new ProcessVariable<>("caseId", String.class);
    public static final ProcessVariable<Long> ENTERPRISE_ID = new ProcessVariable<>("enterpriseId", Long.class);
    /** Set instead of the enterprise for an industry or regional federation's case or congress. */
    public static final ProcessVariable<Long> FEDERATION_ID = new ProcessVariable<>("federationId", Long.class);
    /** GB/T 2260 province code whose clock overrides apply; absent: the deployment's province. */
    public static final ProcessVariable<String> PROVINCE = new ProcessVariable<>("province", String.class);

    private CaseVariables() {
    }
}
