package org.xieshang.bargaining;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PortalUser;
import org.xieshang.system.ProcessVariable;
import org.xieshang.system.StepTasks;

/**
 * How a step service holds a task of a case's processes (collective-bargaining, its coordination and review, the
 * contract's term): the task the form was given, checked, then the case row locked, then the task read again, so
 * of two steps on one case the second waits for the first and then hears who did it. Every process of a case
 * carries its case number in {@code caseId}.
 */
@Component
public class CaseTasks {

    private final StepTasks tasks;
    private final BargainingCases cases;

    CaseTasks(StepTasks tasks, BargainingCases cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    /** For a step: the open task of one of these kinds and its case, locked until the step's transaction ends. */
    public CaseTask begin(String processKey, String taskId, PortalUser user, String... taskKeys) {
        var step = tasks.begin(processKey, taskId, user, List.of(taskKeys),
                task -> cases.lock(tasks.variable(task, CaseVariables.CASE_ID)));
        return new CaseTask(step.task(), step.record());
    }

    /** For a form's page: the same checks, nothing locked. */
    public CaseTask view(String processKey, String taskId, PortalUser user, String... taskKeys) {
        var task = tasks.open(processKey, taskId, user, List.of(taskKeys));
        return new CaseTask(task, cases.findByNo(tasks.variable(task, CaseVariables.CASE_ID)).orElseThrow());
    }

    /** Ends a step: the task becomes the user's and is done, in the step's transaction. */
    public void complete(CaseTask step, PortalUser user, Map<String, Object> variables) {
        tasks.complete(step.task(), user, variables);
    }

    public void complete(CaseTask step, PortalUser user) {
        complete(step, user, Map.of());
    }

    public <T> T variable(CaseTask step, ProcessVariable<T> variable) {
        return tasks.variable(step.task(), variable);
    }
}
