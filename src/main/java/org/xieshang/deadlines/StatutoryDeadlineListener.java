package org.xieshang.deadlines;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xieshang.system.CaseVariables;

/**
 * Create listener for user tasks that carry a legal deadline ({@link TaskDeadline}): the due date comes from
 * the deadline service, never from the model.
 */
@Component("statutoryDeadlineListener")
class StatutoryDeadlineListener implements TaskListener {

    private final DeadlineService deadlines;

    StatutoryDeadlineListener(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        var element = task.getBpmnModelElementInstance();
        if (TaskDeadline.clockOf(element).isEmpty()) {
            throw new IllegalStateException(element.getId() + " has no " + TaskDeadline.CLOCK_PROPERTY);
        }
        var chosen = TaskDeadline.clockOf(element, task::getVariable);
        if (chosen.isEmpty()) {
            return;
        }
        String clock = chosen.get();
        String startVariable = TaskDeadline.startVariableOf(element).orElseThrow(
                () -> new IllegalStateException(element.getId() + " has no " + TaskDeadline.START_PROPERTY));
        Object start = task.getVariable(startVariable);
        if (start == null) {
            throw new IllegalStateException(element.getId() + ": variable " + startVariable + " is not set");
        }
        String province = CaseVariables.PROVINCE.from(task);
        task.setDueDate(deadlines.timerFor(clock, start, province == null ? deadlines.defaultProvince() : province));
    }
}
