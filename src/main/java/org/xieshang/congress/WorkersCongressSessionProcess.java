package org.xieshang.congress;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PartyTasks;
import org.xieshang.system.PortalUser;

/** The only code that starts workers-congress-session or completes its tasks. Business key = session number. */
@Service
public class WorkersCongressSessionProcess {

    private final RuntimeService runtime;
    private final PartyTasks partyTasks;
    private final CongressSessions sessions;
    private final DeadlineService deadlines;

    WorkersCongressSessionProcess(RuntimeService runtime, PartyTasks partyTasks,
                                  CongressSessions sessions, DeadlineService deadlines) {
        this.runtime = runtime;
        this.partyTasks = partyTasks;
        this.sessions = sessions;
        this.deadlines = deadlines;
    }

    /** The union convenes a session of its own (annual or extraordinary). */
    @Transactional
    public CongressSession convene(CongressOwner owner, CongressSessions.Plan plan, PortalUser user) {
        CongressSession session = sessions.session(sessions.convene(owner, plan, null, user));
        Map<String, Object> variables = sessionVariables(session);
        variables.put(WorkersCongressSession.CONVENED.name(), true);
        variables.put(WorkersCongressSession.UNION_GROUP.name(), owner.unionGroup());
        if (owner.enterpriseId() != null) {
            variables.put(CaseVariables.ENTERPRISE_ID.name(), owner.enterpriseId());
        } else {
            variables.put(CaseVariables.FEDERATION_ID.name(), owner.federationId());
        }
        variables.put(CaseVariables.PROVINCE.name(), deadlines.defaultProvince());
        runtime.startProcessInstanceByKey(WorkersCongressSession.PROCESS_ID, session.sessionNo(), variables);
        return session;
    }

    /** The owner of a session a bargaining case called, read from the call's variables. */
    public CongressOwner ownerOf(Task task) {
        Object enterprise = runtime.getVariable(task.getExecutionId(), CaseVariables.ENTERPRISE_ID.name());
        return enterprise != null ? CongressOwner.enterprise(((Number) enterprise).longValue())
                : CongressOwner.federation(((Number) runtime.getVariable(task.getExecutionId(),
                CaseVariables.FEDERATION_ID.name())).longValue());
    }

    /** The contract draft a calling case put before the congress. */
    public CongressSessions.Draft draftOf(Task task, String title) {
        return new CongressSessions.Draft(
                (String) runtime.getVariable(task.getExecutionId(), WorkersCongressSession.BARGAINING_CASE_NO.name()),
                ((Number) runtime.getVariable(task.getExecutionId(), WorkersCongressSession.DRAFT_DOCUMENT_ID.name())).longValue(),
                title);
    }

    /** A called session: the union sets date, place and agenda; the draft is the first item. */
    @Transactional
    public CongressSession conveneCalled(Task task, CongressSessions.Plan plan, CongressSessions.Draft draft, PortalUser user) {
        CongressSession session = sessions.session(sessions.convene(ownerOf(task), plan, draft, user));
        partyTasks.complete(task, user, sessionVariables(session));
        return session;
    }

    @Transactional
    public void sendNotice(Task task, PortalUser user) {
        sessions.sendNotice(sessionId(task));
        partyTasks.complete(task, user, Map.of());
    }

    @Transactional
    public void reschedule(Task task, LocalDateTime startsAt, String place, PortalUser user) {
        long id = sessionId(task);
        sessions.reschedule(id, startsAt, place);
        Map<String, Object> variables = sessionVariables(sessions.session(id));
        variables.put(WorkersCongressSession.RESCHEDULED.name(), true);
        partyTasks.complete(task, user, variables);
    }

    @Transactional
    public void cancel(Task task, String reason, PortalUser user) {
        sessions.cancel(sessionId(task), reason);
        partyTasks.complete(task, user, Map.of(WorkersCongressSession.RESCHEDULED.name(), false));
    }

    @Transactional
    public void close(Task task, PortalUser user) {
        sessions.close(sessionId(task));
        partyTasks.complete(task, user, Map.of(WorkersCongressSession.SESSION_HELD.name(), true));
    }

    @Transactional
    public void adjourn(Task task, String reason, PortalUser user) {
        sessions.adjourn(sessionId(task), reason);
        partyTasks.complete(task, user, Map.of(WorkersCongressSession.SESSION_HELD.name(), false));
    }

    public Task task(String taskId, PortalUser user) {
        return partyTasks.task(WorkersCongressSession.PROCESS_ID, taskId, user);
    }

    public Task task(String sessionNo, String taskKey, PortalUser user) {
        return partyTasks.task(WorkersCongressSession.PROCESS_ID, sessionNo, taskKey, user);
    }

    /** The session a task belongs to; absent while a called session is not yet convened. */
    public Long sessionId(Task task) {
        Object id = runtime.getVariable(task.getExecutionId(), WorkersCongressSession.SESSION_ID.name());
        return id == null ? null : ((Number) id).longValue();
    }

    private Map<String, Object> sessionVariables(CongressSession session) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(WorkersCongressSession.SESSION_ID.name(), session.id());
        variables.put(CaseVariables.CASE_ID.name(), session.sessionNo());
        variables.put(WorkersCongressSession.SESSION_STARTS_AT.name(),
                java.util.Date.from(session.startsAt().atZone(deadlines.zone()).toInstant()));
        return variables;
    }
}
