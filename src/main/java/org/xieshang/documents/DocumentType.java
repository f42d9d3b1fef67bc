package org.xieshang.documents;

import org.xieshang.system.Localized;

/**
 * The formal documents (documents.md); each renders templates/&lt;template&gt;.html. Later capabilities add
 * their documents here.
 */
public enum DocumentType {
    ENTERPRISE_PROFILE("enterprise-profile", new Localized("企业集体协商建制情况表",
            "Collective bargaining establishment sheet")),
    QUESTIONNAIRE_SUMMARY("questionnaire-summary", new Localized("职工意见征集汇总", "Worker questionnaire summary")),
    OFFER_LETTER("offer-letter", new Localized("集体协商要约书", "Offer to bargain")),
    RESPONSE_LETTER("response-letter", new Localized("集体协商回应书", "Response to the offer")),
    REMINDER_LETTER("supervision-letter", new Localized("工会劳动法律监督提示函", "Union reminder letter")),
    OPINION_LETTER("supervision-letter", new Localized("工会劳动法律监督意见书", "Union opinion letter")),
    RECOMMENDATION_LETTER("supervision-letter", new Localized("工会劳动法律监督建议书", "Union recommendation letter")),
    CAMPAIGN_REPORT("campaign-report", new Localized("要约行动情况汇总表", "Offer campaign report")),
    ANNUAL_REPORT("annual-report", new Localized("集体合同工作年度统计表", "Annual collective contract statistics")),
    CONGRESS_NOTICE("congress-notice", new Localized("职工代表大会会议通知及议程", "Congress session notice and agenda")),
    CONGRESS_RESOLUTION("congress-resolution", new Localized("职工代表大会决议", "Workers' congress resolution")),
    PROPOSAL("proposal", new Localized("职工代表提案及答复", "Delegate's proposal and reply")),
    PROPOSAL_REPORT("proposal-report", new Localized("职工代表提案办理情况报告", "Report on the handling of proposals")),
    DISCLOSURE_NOTICE("disclosure-notice", new Localized("厂务公开公告", "Factory-affairs disclosure notice")),
    DELEGATION_LIST("delegation-list", new Localized("协商代表名单及授权委托书", "Delegations and authorisations")),
    MEETING_NOTICE("meeting-notice", new Localized("集体协商会议通知", "Negotiation meeting notice")),
    NEGOTIATION_MINUTES("negotiation-minutes", new Localized("集体协商会议记录", "Negotiation minutes")),
    ITEM_COMPARISON("item-comparison", new Localized("议题协商对照表", "Agenda-item comparison")),
    CONTRACT_DRAFT("contract-draft", new Localized("集体合同（草案）", "Collective contract draft")),
    COORDINATION_APPLICATION("coordination-application", new Localized("集体协商争议协调处理申请书",
            "Application for dispute coordination")),
    COORDINATION_AGREEMENT("coordination-agreement", new Localized("协调处理协议书", "Coordination agreement")),
    COLLECTIVE_CONTRACT("collective-contract", new Localized("集体合同", "Collective contract")),
    FILING_FORM("filing-form", new Localized("集体合同报送审查登记表", "Contract filing form")),
    /** Scanned papers the employer adds when the bureau returns a filing as incomplete; uploaded, not generated. */
    FILING_SUPPLEMENT(null, new Localized("报送补正材料", "Filing supplement")),
    /** The scan of a contract in force recorded from its paper; uploaded, not generated. */
    PAPER_CONTRACT(null, new Localized("集体合同文本（纸质扫描件）", "Contract text (scan of the paper)")),
    /** The scan of a past congress session's resolution recorded from its paper; uploaded, not generated. */
    PAPER_RESOLUTION(null, new Localized("职工代表大会决议（纸质扫描件）", "Congress resolution (scan of the paper)")),
    REVIEW_OPINION("review-opinion", new Localized("审查意见书", "Review opinion")),
    PUBLICATION_NOTICE("publication-notice", new Localized("集体合同公示", "Publication notice"));

    private final String template;
    private final Localized title;

    DocumentType(String template, Localized title) {
        this.template = template;
        this.title = title;
    }

    public String template() {
        return template;
    }

    public Localized title() {
        return title;
    }
}
