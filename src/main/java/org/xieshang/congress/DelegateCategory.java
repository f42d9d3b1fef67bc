package org.xieshang.congress;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Delegate categories (EDM); managers and leaders together may be at most 20 % of the delegates. */
public enum DelegateCategory {
    WORKER("工人", "职工", "一线职工"), TECHNICIAN("技术人员", "专业技术人员"), MANAGER("管理人员", "中层管理人员"),
    LEADER("领导人员", "企业领导人员"), OTHER("其他");

    private final List<String> csvNames;

    DelegateCategory(String... csvNames) {
        this.csvNames = List.of(csvNames);
    }

    boolean management() {
        return this == MANAGER || this == LEADER;
    }

    /** The category a CSV cell names, in Chinese or by its code. */
    static Optional<DelegateCategory> parse(String cell) {
        String value = cell.trim();
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(value) || c.csvNames.contains(value)).findFirst();
    }
}
