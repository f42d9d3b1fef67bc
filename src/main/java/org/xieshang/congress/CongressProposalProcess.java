package org.xieshang.congress;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.StepTasks;

/**
 * The engine side of congress-proposal: starts it once a proposal is submitted and finds its tasks. Business key
 * = proposal number. Its tasks are completed by ProposalSteps.
 */
@Service
public class CongressProposalProcess {

    private final RuntimeService runtime;
    private final StepTasks tasks;

    CongressProposalProcess(RuntimeService runtime, StepTasks tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void start(Proposal p, CongressOwner owner, String proposerUserId) {
        Map<String, Object> variables = new HashMap<>();
        CongressProposal.PROPOSAL_ID.put(variables, p.id());
        CaseVariables.CASE_ID.put(variables, p.proposalNo());
        CaseVariables.UNION_GROUP.put(variables, owner.unionGroup());
        CaseVariables.EMPLOYER_GROUP.put(variables, owner.enterpriseId() != null
                ? PartyDirectory.employerOf(owner.enterpriseId()) : PartyDirectory.federationEmployerOf(owner.federationId()));
        CongressProposal.PROPOSER_USER_ID.put(variables, proposerUserId);
        if (owner.enterpriseId() != null) {
            CaseVariables.ENTERPRISE_ID.put(variables, owner.enterpriseId());
        } else {
            CaseVariables.FEDERATION_ID.put(variables, owner.federationId());
        }
        runtime.startProcessInstanceByKey(CongressProposal.PROCESS_ID, p.proposalNo(), variables);
    }

    public Task task(String proposalNo, String taskKey, PortalUser user) {
        return tasks.get(CongressProposal.PROCESS_ID, proposalNo, taskKey, user);
    }
}
