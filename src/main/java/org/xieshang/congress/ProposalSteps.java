package org.xieshang.congress;

import static org.xieshang.congress.CongressProposal.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.PortalUser;
import org.xieshang.system.StepTasks;

/**
 * A proposal's steps, one transaction each: filing and co-signing by delegates (the last co-signature submits it
 * and starts its process), then the union's review, the department's reply and the proposer's rating, each on its
 * task with the proposal row locked.
 */
@Service
public class ProposalSteps {

    private final StepTasks tasks;
    private final Proposals proposals;
    private final Sessions sessions;
    private final CongressProposalProcess process;
    private final DeadlineService deadlines;

    ProposalSteps(StepTasks tasks, Proposals proposals, Sessions sessions, CongressProposalProcess process,
                  DeadlineService deadlines) {
        this.tasks = tasks;
        this.proposals = proposals;
        this.sessions = sessions;
        this.process = process;
        this.deadlines = deadlines;
    }

    /** A proposal task with its proposal, locked for the step. */
    public record ProposalTask(Task task, Proposal proposal) {
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
        proposals.lock(proposalId);
        if (proposals.cosign(proposalId, user)) {
            start(proposals.get(proposalId));
        }
    }

    /** The union registers the proposal with the department that answers it and the day it must. */
    @Transactional
    public long register(String taskId, String department, LocalDate dueOn, PortalUser user) {
        ProposalTask step = begin(taskId, user, TASK_REVIEW_PROPOSAL);
        proposals.register(step.proposal().id(), department, dueOn);
        Map<String, Object> variables = REGISTERED.put(new HashMap<>(), true);
        tasks.complete(step.task(), user, REPLY_DUE_AT.put(variables, deadlines.startOf(dueOn.plusDays(1))));
        return step.proposal().id();
    }

    @Transactional
    public long decline(String taskId, String reason, PortalUser user) {
        ProposalTask step = begin(taskId, user, TASK_REVIEW_PROPOSAL);
        proposals.decline(step.proposal().id(), reason);
        tasks.complete(step.task(), user, REGISTERED.put(new HashMap<>(), false));
        return step.proposal().id();
    }

    @Transactional
    public long reply(String taskId, String body, PortalUser user) {
        ProposalTask step = begin(taskId, user, TASK_REPLY_TO_PROPOSAL);
        proposals.reply(step.proposal().id(), body, user);
        tasks.complete(step.task(), user, Map.of());
        return step.proposal().id();
    }

    /** The proposer rates the reply; the first "not satisfied" sends it back to the department once. */
    @Transactional
    public long rate(String taskId, Proposal.Rating rating, PortalUser user) {
        ProposalTask step = begin(taskId, user, TASK_RATE_REPLY);
        boolean reopen = proposals.rate(step.proposal().id(), rating);
        tasks.complete(step.task(), user, REOPEN.put(new HashMap<>(), reopen));
        return step.proposal().id();
    }

    /** For a form's page: the open task of one of these kinds and its proposal. */
    public ProposalTask view(String taskId, PortalUser user, String... taskKeys) {
        Task task = tasks.open(PROCESS_ID, taskId, user, List.of(taskKeys));
        return new ProposalTask(task, proposals.get(tasks.variable(task, PROPOSAL_ID)));
    }

    private ProposalTask begin(String taskId, PortalUser user, String taskKey) {
        var step = tasks.begin(PROCESS_ID, taskId, user, List.of(taskKey),
                task -> proposals.lock(tasks.variable(task, PROPOSAL_ID)));
        return new ProposalTask(step.task(), step.record());
    }

    private void start(Proposal p) {
        process.start(p, sessions.ownerOf(sessions.session(p.sessionId())), proposals.proposerUserId(p.id()));
    }
}
