package org.xieshang.system;

import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.migration.MigrationPlanBuilder;

/**
 * A change of a process model that running cases follow: from the definitions tagged {@code fromTag} (null: deployed
 * without a tag) to the one tagged {@code toTag}. Activities with the same id and type map by themselves;
 * {@code mapping} adds what the change renamed or replaced ({@code plan -> plan.mapActivities("Old", "New")}).
 * A capability declares one bean per change of its models (README, "How to change a process").
 */
public record ModelChange(String processKey, String fromTag, String toTag, UnaryOperator<MigrationPlanBuilder> mapping) {

    /** A change that renamed nothing: every case moves as it stands. */
    public static ModelChange asItStands(String processKey, String fromTag, String toTag) {
        return new ModelChange(processKey, fromTag, toTag, UnaryOperator.identity());
    }
}
