package org.xieshang.bargaining;

import org.camunda.bpm.engine.task.Task;

/** A user task of a case's processes, with the case it works on (locked, when a step holds it). */
public record CaseTask(Task task, BargainingCase bargainingCase) {

    public String key() {
        return task.getTaskDefinitionKey();
    }

    public String id() {
        return task.getId();
    }
}
