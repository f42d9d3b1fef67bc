package org.xieshang.deadlines;

import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * How a user task names its legal deadline in the model: two camunda:properties, the clock id and the
 * process variable that holds the start event's date. The task listener sets the due date from them and the
 * portal reads the clock back to show the rule and its citation beside the countdown.
 */
public final class TaskDeadline {

    public static final String CLOCK_PROPERTY = "deadlineClock";
    public static final String START_PROPERTY = "deadlineStart";

    private TaskDeadline() {
    }

    public static Optional<String> clockOf(BaseElement element) {
        return property(element, CLOCK_PROPERTY);
    }

    /**
     * The clock with a variable reference resolved: {@code ${filingClock}} names the variable holding the clock id,
     * for a task whose clock the deployment or the contract type chooses. Empty when that variable is empty: the
     * task then has no legal deadline (publishing a contract "promptly").
     */
    public static Optional<String> clockOf(BaseElement element, java.util.function.Function<String, Object> variables) {
        return clockOf(element).flatMap(c -> {
            if (!c.startsWith("${") || !c.endsWith("}")) {
                return Optional.of(c);
            }
            Object value = variables.apply(c.substring(2, c.length() - 1).trim());
            return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
        });
    }

    public static Optional<String> startVariableOf(BaseElement element) {
        return property(element, START_PROPERTY);
    }

    private static Optional<String> property(BaseElement element, String name) {
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }
}
