package org.xieshang.deadlines;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("xieshang.deadlines")
record DeadlineProperties(String province, Map<String, Clock> clocks, Map<String, Map<String, Clock>> provinces) {

    DeadlineProperties {
        clocks = clocks == null ? Map.of() : clocks;
        provinces = provinces == null ? Map.of() : provinces;
    }
}
