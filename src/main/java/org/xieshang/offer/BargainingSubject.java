package org.xieshang.offer;

import org.xieshang.system.Localized;

/** The subjects a collective contract may cover (CCR Art. 8). */
public enum BargainingSubject {
    REMUNERATION("劳动报酬", "Pay"),
    WORKING_HOURS("工作时间", "Working hours"),
    REST_AND_LEAVE("休息休假", "Rest and leave"),
    SAFETY_AND_HEALTH("劳动安全与卫生", "Safety and health"),
    INSURANCE_AND_WELFARE("补充保险和福利", "Supplementary insurance and welfare"),
    WOMEN_AND_MINORS("女职工和未成年工特殊保护", "Protection of women and minors"),
    TRAINING("职业技能培训", "Vocational training"),
    LABOUR_CONTRACTS("劳动合同管理", "Labour-contract management"),
    REWARDS_AND_DISCIPLINE("奖惩", "Rewards and discipline"),
    LAYOFFS("裁员", "Layoffs"),
    TERM("集体合同期限", "Term of the contract"),
    CHANGE_AND_TERMINATION("变更、解除集体合同的程序", "Change and termination"),
    PERFORMANCE_DISPUTES("履行集体合同发生争议时的协商处理办法", "Disputes over performance"),
    BREACH_LIABILITY("违反集体合同的责任", "Liability for breach"),
    OTHER("双方认为应当协商的其他内容", "Other agreed subjects");

    private final Localized label;

    BargainingSubject(String zh, String en) {
        this.label = new Localized(zh, en);
    }

    public Localized label() {
        return label;
    }
}
