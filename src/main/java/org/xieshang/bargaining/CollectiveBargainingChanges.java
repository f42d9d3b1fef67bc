package org.xieshang.bargaining;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.system.ModelChange;

/** The changes of collective-bargaining.bpmn that running cases follow (README, "How to change a process"). */
@Configuration
class CollectiveBargainingChanges {

    /** 2026.12: the model is tagged, so that later changes can name the version they start from; no step changed. */
    @Bean
    ModelChange collectiveBargainingTagged() {
        return ModelChange.asItStands(CollectiveBargaining.PROCESS_ID, null, CollectiveBargaining.VERSION_TAG);
    }
}
