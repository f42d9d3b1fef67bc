package org.xieshang.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.contract.CollectiveContract;
import org.xieshang.contract.CollectiveContractProcess;
import org.xieshang.contract.Contract;
import org.xieshang.contract.ContractReview;
import org.xieshang.contract.ContractReviewProcess;
import org.xieshang.contract.ContractSteps;
import org.xieshang.contract.Reviews;
import org.xieshang.contract.ReviewSteps;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * The contract's steps as each person takes them in the portal: the open task of the right kind is found for the
 * user (as the page's button carries it) and handed to the step services.
 */
@Component
public class ContractWork {

    private final ContractSteps steps;
    private final ReviewSteps reviewSteps;
    private final CollectiveBargainingProcess bargaining;
    private final ContractReviewProcess review;
    private final CollectiveContractProcess term;
    private final ProcessEngine engine;

    ContractWork(ContractSteps steps, ReviewSteps reviewSteps, CollectiveBargainingProcess bargaining, ContractReviewProcess review,
                 CollectiveContractProcess term, ProcessEngine engine) {
        this.steps = steps;
        this.reviewSteps = reviewSteps;
        this.bargaining = bargaining;
        this.review = review;
        this.term = term;
        this.engine = engine;
    }

    public long prepare(BargainingCase c, PortalUser union) {
        return steps.prepare(bargaining.task(c.caseNo(), CollectiveBargaining.TASK_PREPARE_CONTRACT, union).getId(), union);
    }

    /** The signer's side is the one he acts for: the worker chief's task for the union side, else the employer's. */
    public void sign(Contract k, byte[] seal, PortalUser signer) {
        String key = unionSide(k, signer) ? CollectiveBargaining.TASK_SIGN_WORKER_CHIEF : CollectiveBargaining.TASK_SIGN_EMPLOYER_CHIEF;
        steps.sign(bargaining.task(k.caseNo(), key, signer).getId(), seal, signer);
    }

    /** The employer files; the package is then assembled by its job, as the job executor would, and the review starts. */
    public void file(Contract k, PortalUser employer) {
        steps.file(bargaining.task(k.caseNo(), CollectiveBargaining.TASK_FILE_CONTRACT, employer).getId(), employer);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(k.caseNo())
                .processDefinitionKey(CollectiveBargaining.PROCESS_ID).singleResult();
        ProcessTestSupport.executeJobFor(engine, instance, CollectiveBargaining.SERVICE_ASSEMBLE_FILING_PACKAGE);
    }

    public void accept(Contract k, PortalUser bureau) {
        reviewSteps.accept(review.task(k.caseNo(), ContractReview.TASK_ACCEPT_FILING, bureau).getId(), bureau);
    }

    public void returnIncomplete(Contract k, String missing, PortalUser bureau) {
        reviewSteps.returnIncomplete(review.task(k.caseNo(), ContractReview.TASK_ACCEPT_FILING, bureau).getId(), missing, bureau);
    }

    public void supplement(Contract k, String note, byte[] pdf, PortalUser employer) {
        reviewSteps.supplement(review.task(k.caseNo(), ContractReview.TASK_SUPPLEMENT_FILING, employer).getId(), note, pdf, employer);
    }

    public void decide(Contract k, Reviews.Decision decision, PortalUser bureau) {
        reviewSteps.decide(review.task(k.caseNo(), ContractReview.TASK_REVIEW_CONTRACT, bureau).getId(), decision, bureau);
    }

    public void publish(Contract k, PortalUser side) {
        String key = unionSide(k, side) ? CollectiveContract.TASK_PUBLISH_UNION_SIDE : CollectiveContract.TASK_PUBLISH_EMPLOYER_SIDE;
        steps.publish(term.task(k.id(), key, side).getId(), side);
    }

    private static boolean unionSide(Contract k, PortalUser user) {
        String union = k.enterpriseId() != null ? PartyDirectory.unionOf(k.enterpriseId())
                : PartyDirectory.federationUnionOf(k.federationId());
        return union.equals(user.partyId());
    }
}
