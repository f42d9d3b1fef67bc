package org.xieshang.offer;

import org.xieshang.system.Localized;

/** Comprehensive contract or one of the special contracts (CCR Art. 3; LCL Art. 52). */
public enum ContractType {
    COMPREHENSIVE("集体合同", "Collective contract"),
    WAGES("工资专项集体合同", "Special contract on wages"),
    WOMEN_WORKERS("女职工权益保护专项集体合同", "Special contract on women workers' rights"),
    SAFETY("劳动安全卫生专项集体合同", "Special contract on labour safety and health");

    private final Localized label;

    ContractType(String zh, String en) {
        this.label = new Localized(zh, en);
    }

    public Localized label() {
        return label;
    }
}
