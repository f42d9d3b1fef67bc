package org.xieshang.congress;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PortalUser;
import org.xieshang.system.StepTasks;

/**
 * The engine side of workers-congress-session: starts a session the union convenes itself, reads the variables of
 * a task and finds tasks. Business key = session number. Its tasks are completed by SessionSteps.
 */
@Service
public class WorkersCongressSessionProcess {

    private final RuntimeService runtime;
    private final StepTasks tasks;
    private final DeadlineService deadlines;
    private final EnterpriseRegistry registry;

    WorkersCongressSessionProcess(RuntimeService runtime, StepTasks tasks, DeadlineService deadlines, EnterpriseRegistry registry) {
        this.registry = registry;
        this.runtime = runtime;
        this.tasks = tasks;
        this.deadlines = deadlines;
    }

    /** The union convened a session of its own (annual or extraordinary): its notice, sign-in and close follow. */
    void start(CongressSession session, CongressOwner owner) {
        Map<String, Object> variables = sessionVariables(session);
        WorkersCongressSession.CONVENED.put(variables, true);
        CaseVariables.UNION_GROUP.put(variables, owner.unionGroup());
        if (owner.enterpriseId() != null) {
            CaseVariables.ENTERPRISE_ID.put(variables, owner.enterpriseId());
        } else {
            CaseVariables.FEDERATION_ID.put(variables, owner.federationId());
        }
        CaseVariables.PROVINCE.put(variables, registry.provinceOf(owner.enterpriseId(), owner.federationId()));
        runtime.startProcessInstanceByKey(WorkersCongressSession.PROCESS_ID, session.sessionNo(), variables);
    }

    /** What a task completes with once its session exists (or has a new date): its id, number and day. */
    Map<String, Object> sessionVariables(CongressSession session) {
        Map<String, Object> variables = new HashMap<>();
        WorkersCongressSession.SESSION_ID.put(variables, session.id());
        CaseVariables.CASE_ID.put(variables, session.sessionNo());
        WorkersCongressSession.SESSION_STARTS_AT.put(variables,
                java.util.Date.from(session.startsAt().atZone(deadlines.zone()).toInstant()));
        return variables;
    }

    /** The owner of a task's session: the enterprise or federation the process (or the case that called it) names. */
    public CongressOwner ownerOf(Task task) {
        Long enterprise = tasks.variable(task, CaseVariables.ENTERPRISE_ID);
        return enterprise != null ? CongressOwner.enterprise(enterprise)
                : CongressOwner.federation(tasks.variable(task, CaseVariables.FEDERATION_ID));
    }

    /** The contract draft a calling case put before the congress, under the title the union gives it. */
    public Agenda.Draft draftOf(Task task, String title) {
        return new Agenda.Draft(tasks.variable(task, WorkersCongressSession.BARGAINING_CASE_NO),
                tasks.variable(task, CaseVariables.DRAFT_DOCUMENT_ID), title);
    }

    /** The session a task belongs to; absent while a called session is not yet convened. */
    public Optional<Long> sessionId(Task task) {
        return Optional.ofNullable(tasks.variable(task, WorkersCongressSession.SESSION_ID));
    }

    public Task task(String sessionNo, String taskKey, PortalUser user) {
        return tasks.get(WorkersCongressSession.PROCESS_ID, sessionNo, taskKey, user);
    }

    public Optional<Task> openTask(String sessionNo, String taskKey, PortalUser user) {
        return tasks.find(WorkersCongressSession.PROCESS_ID, sessionNo, taskKey, user);
    }
}
