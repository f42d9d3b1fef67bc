package org.xieshang.contract;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PartyTasks;
import org.xieshang.system.PortalUser;

/**
 * The only code that starts collective-contract, completes its tasks or tells it the contract was replaced.
 * Business key: the contract's key ("K" + id), so each signed text has its own instance.
 */
@Service
public class CollectiveContractProcess {

    private final RuntimeService runtime;
    private final PartyTasks partyTasks;
    private final DeadlineService deadlines;

    CollectiveContractProcess(RuntimeService runtime, PartyTasks partyTasks, DeadlineService deadlines) {
        this.runtime = runtime;
        this.partyTasks = partyTasks;
        this.deadlines = deadlines;
    }

    public static String key(long contractId) {
        return "K" + contractId;
    }

    ProcessInstance start(Contract k, String province) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID.name(), k.caseNo());
        if (k.enterpriseId() != null) {
            variables.put(CaseVariables.ENTERPRISE_ID.name(), k.enterpriseId());
        } else {
            variables.put(CaseVariables.FEDERATION_ID.name(), k.federationId());
        }
        variables.put(CollectiveBargaining.UNION_GROUP.name(), ContractTerms.unionOf(k));
        variables.put(CollectiveBargaining.EMPLOYER_GROUP.name(), ContractTerms.employerOf(k));
        variables.put(CaseVariables.PROVINCE.name(), province);
        variables.put(CollectiveContract.CONTRACT_ID.name(), k.id());
        variables.put(CollectiveContract.EFFECTIVE_ON.name(), deadlines.startOf(k.effectiveOn()));
        variables.put(CollectiveContract.PUBLICATION_CLOCK.name(), k.wages() ? "wage-publication" : "");
        variables.put(CollectiveContract.HAS_TERM.name(), k.purpose() != Contract.Purpose.TERMINATION);
        return runtime.startProcessInstanceByKey(CollectiveContract.PROCESS_ID, key(k.id()), variables);
    }

    public Task task(long contractId, String taskKey, PortalUser user) {
        return partyTasks.task(CollectiveContract.PROCESS_ID, key(contractId), taskKey, user);
    }

    public java.util.Optional<Task> openTask(long contractId, String taskKey, PortalUser user) {
        return partyTasks.find(CollectiveContract.PROCESS_ID, key(contractId), taskKey, user);
    }

    public Task task(String taskId, PortalUser user) {
        return partyTasks.task(CollectiveContract.PROCESS_ID, taskId, user);
    }

    void published(Task task, PortalUser user) {
        partyTasks.complete(task, user, Map.of());
    }

    /** A newer text (renewal, amendment) or a termination agreement took effect: this one's term ends now. */
    void replaced(long contractId) {
        runtime.createMessageCorrelation(CollectiveContract.MESSAGE_CONTRACT_REPLACED).processInstanceBusinessKey(key(contractId))
                .correlateAll();
    }
}
