package org.xieshang.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The fold of the read model runs on Spring's scheduler (the engine's job executor is for process jobs). */
@Configuration
@EnableScheduling
class MonitoringConfiguration {
}
