package org.xieshang.congress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyTasks;
import org.xieshang.system.PortalUser;

/** The only code that starts congress-proposal or completes its tasks. Business key = proposal number. */
@Service
public class CongressProposalProcess {

    private final RuntimeService runtime;
    private final PartyTasks partyTasks;
    private final Proposals proposals;
    private final CongressSessions sessions;
    private final DeadlineService deadlines;

    CongressProposalProcess(RuntimeService runtime, PartyTasks partyTasks, Proposals proposals, CongressSessions sessions,
                            DeadlineService deadlines) {
        this.runtime = runtime;
        this.partyTasks = partyTasks;
        this.proposals = proposals;
        this.sessions = sessions;
        this.deadlines = deadlines;
    }

    @Transactional
    public Proposal file(long sessionId, String title, String body, PortalUser user) {
        Proposal p = proposals.file(sessionId, title, body, user);
        if (p.status() == Proposal.Status.SUBMITTED) {
            start(p);
        }
        return p;
    }

    /** A co-signature; the last one needed submits the proposal to the union's review. */
    @Transactional
    public void cosign(long proposalId, PortalUser user) {
        if (proposals.cosign(proposalId, user)) {
            start(proposals.get(proposalId));
        }
    }

    @Transactional
    public void register(Task task, String department, LocalDate dueOn, PortalUser user) {
        long id = proposalId(task);
        proposals.register(id, department, dueOn);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CongressProposal.REGISTERED.name(), true);
        variables.put(CongressProposal.REPLY_DUE_AT.name(), deadlines.startOf(dueOn.plusDays(1)));
        partyTasks.complete(task, user, variables);
    }

    @Transactional
    public void decline(Task task, String reason, PortalUser user) {
        proposals.decline(proposalId(task), reason);
        partyTasks.complete(task, user, Map.of(CongressProposal.REGISTERED.name(), false));
    }

    @Transactional
    public void reply(Task task, String body, PortalUser user) {
        proposals.reply(proposalId(task), body, user);
        partyTasks.complete(task, user, Map.of());
    }

    @Transactional
    public void rate(Task task, Proposal.Rating rating, PortalUser user) {
        boolean reopen = proposals.rate(proposalId(task), rating);
        partyTasks.complete(task, user, Map.of(CongressProposal.REOPEN.name(), reopen));
    }

    public Task task(String taskId, PortalUser user) {
        return partyTasks.task(CongressProposal.PROCESS_ID, taskId, user);
    }

    public Task task(String proposalNo, String taskKey, PortalUser user) {
        return partyTasks.task(CongressProposal.PROCESS_ID, proposalNo, taskKey, user);
    }

    public long proposalId(Task task) {
        return ((Number) runtime.getVariable(task.getExecutionId(), CongressProposal.PROPOSAL_ID.name())).longValue();
    }

    private void start(Proposal p) {
        CongressOwner owner = sessions.ownerOf(sessions.session(p.sessionId()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(CongressProposal.PROPOSAL_ID.name(), p.id());
        variables.put(CaseVariables.CASE_ID.name(), p.proposalNo());
        variables.put(CongressProposal.UNION_GROUP.name(), owner.unionGroup());
        variables.put(CongressProposal.EMPLOYER_GROUP.name(), owner.enterpriseId() != null
                ? PartyDirectory.employerOf(owner.enterpriseId()) : PartyDirectory.federationEmployerOf(owner.federationId()));
        variables.put(CongressProposal.PROPOSER_USER_ID.name(), proposals.proposerUserId(p.id()));
        if (owner.enterpriseId() != null) {
            variables.put(CaseVariables.ENTERPRISE_ID.name(), owner.enterpriseId());
        } else {
            variables.put(CaseVariables.FEDERATION_ID.name(), owner.federationId());
        }
        runtime.startProcessInstanceByKey(CongressProposal.PROCESS_ID, p.proposalNo(), variables);
    }
}
