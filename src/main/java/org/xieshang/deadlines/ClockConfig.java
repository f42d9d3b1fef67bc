package org.xieshang.deadlines;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock legal dates are read from, in the deployment's zone (tests replace it). */
@Configuration
class ClockConfig {

    @Bean
    java.time.Clock clock(@Value("${xieshang.zone}") String zone) {
        return java.time.Clock.system(ZoneId.of(zone));
    }
}
