package org.xieshang.contract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PortalUser;
import org.xieshang.system.StepTasks;

/**
 * The engine side of collective-contract: starts it when a text takes effect, tells it the text was replaced, and
 * finds its tasks (completed by ContractSteps). Business key: the contract's key ("K" + id), so each signed text has
 * its own instance.
 */
@Service
public class CollectiveContractProcess {

    private final RuntimeService runtime;
    private final StepTasks tasks;
    private final DeadlineService deadlines;

    CollectiveContractProcess(RuntimeService runtime, StepTasks tasks, DeadlineService deadlines) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.deadlines = deadlines;
    }

    public static String key(long contractId) {
        return "K" + contractId;
    }

    ProcessInstance start(Contract k, String province) {
        Map<String, Object> variables = new HashMap<>();
        CaseVariables.CASE_ID.put(variables, k.caseNo());
        if (k.enterpriseId() != null) {
            CaseVariables.ENTERPRISE_ID.put(variables, k.enterpriseId());
        } else {
            CaseVariables.FEDERATION_ID.put(variables, k.federationId());
        }
        CaseVariables.UNION_GROUP.put(variables, ContractTerms.unionOf(k));
        CaseVariables.EMPLOYER_GROUP.put(variables, ContractTerms.employerOf(k));
        CaseVariables.PROVINCE.put(variables, province);
        CaseVariables.CONTRACT_ID.put(variables, k.id());
        CollectiveContract.EFFECTIVE_ON.put(variables, deadlines.startOf(k.effectiveOn()));
        CollectiveContract.PUBLICATION_CLOCK.put(variables, ContractClocks.publication(k));
        CollectiveContract.HAS_TERM.put(variables, k.purpose() != Contract.Purpose.TERMINATION);
        return runtime.startProcessInstanceByKey(CollectiveContract.PROCESS_ID, key(k.id()), variables);
    }

    public Task task(long contractId, String taskKey, PortalUser user) {
        return tasks.get(CollectiveContract.PROCESS_ID, key(contractId), taskKey, user);
    }

    public Optional<Task> openTask(long contractId, String taskKey, PortalUser user) {
        return tasks.find(CollectiveContract.PROCESS_ID, key(contractId), taskKey, user);
    }

    /** A newer text (renewal, amendment) or a termination agreement took effect: this one's term ends now. */
    void replaced(long contractId) {
        runtime.createMessageCorrelation(CollectiveContract.MESSAGE_CONTRACT_REPLACED).processInstanceBusinessKey(key(contractId))
                .correlateAll();
    }
}
