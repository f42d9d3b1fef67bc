package org.xieshang.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.offer.AnswerForm;
import org.xieshang.offer.AnswerKind;
import org.xieshang.offer.OfferSteps;
import org.xieshang.system.ModelChange;
import org.xieshang.system.ProcessVersions;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.ServedOffers;
import org.xieshang.testing.XieshangTest;

/**
 * A changed collective-bargaining.bpmn deployed while cases run: the cases move to the new version where the change
 * allows (a ModelChange's plan, Camunda's migration API) and finish there; a case waiting at a step the new version
 * no longer has finishes on its own version.
 */
@XieshangTest
class CollectiveBargainingVersionsTest {

    private static final Path MODEL = Path.of("processes", "collective-bargaining.bpmn");
    private static final String TAG = " camunda:versionTag=\"" + CollectiveBargaining.VERSION_TAG + "\"";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessVersions versions;
    @Autowired
    ModelChange collectiveBargainingTagged;
    @Autowired
    FreshDistrict districts;
    @Autowired
    ServedOffers offers;
    @Autowired
    CollectiveBargainingProcess bargaining;
    @Autowired
    OfferSteps steps;

    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void init() {
        ProcessTestSupport.init(engine);
    }

    @AfterEach
    void undeploy() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true, true));
    }

    @Test
    void cases_running_on_the_untagged_model_move_to_version_2026_12_keep_their_timers_and_finish_there() throws Exception {
        String current = Files.readString(MODEL);
        assertThat(current).contains(TAG);
        // The model as every deployment ran it before this version: the same file without its tag.
        ProcessDefinition before = deploy(current.replace(TAG, ""));
        BargainingCase drafting = offers.open(districts.create());
        FreshDistrict.District d = districts.create();
        BargainingCase waiting = offers.serve(d, BargainingOffers.wageOffer());
        assertThat(instance(drafting).getProcessDefinitionId()).isEqualTo(before.getId());
        Job responseDue = ProcessTestSupport.jobAt(engine, instance(waiting), CollectiveBargaining.TIMER_RESPONSE_DUE);

        ProcessDefinition after = deploy(current);
        ProcessVersions.Outcome outcome = versions.migrate(collectiveBargainingTagged);

        assertThat(outcome).isEqualTo(new ProcessVersions.Outcome(2, 0));
        assertThat(instance(drafting).getProcessDefinitionId()).isEqualTo(after.getId());
        assertThat(instance(waiting).getProcessDefinitionId()).isEqualTo(after.getId());
        // The statutory clock runs on: the timer is the same job with the same due instant.
        Job moved = ProcessTestSupport.jobAt(engine, instance(waiting), CollectiveBargaining.TIMER_RESPONSE_DUE);
        assertThat(moved.getId()).isEqualTo(responseDue.getId());
        assertThat(moved.getDuedate()).isEqualTo(responseDue.getDuedate());
        assertThat(moved.getProcessDefinitionId()).isEqualTo(after.getId());

        ProcessTestSupport.fireTimer(engine, instance(waiting), CollectiveBargaining.TIMER_FIRST_REMINDER);
        refuseAndAcceptTheRefusal(waiting, d);
        assertThat(ended(waiting).getProcessDefinitionId()).isEqualTo(after.getId());
        // A second run finds nothing left to move.
        assertThat(versions.migrate(collectiveBargainingTagged)).isEqualTo(new ProcessVersions.Outcome(0, 0));
    }

    @Test
    void a_case_waiting_at_a_step_the_new_version_renamed_finishes_on_its_own_version_while_the_others_move() throws Exception {
        String current = Files.readString(MODEL);
        ProcessDefinition before = deploy(current.replace(TAG, " camunda:versionTag=\"test-before\""));
        BargainingCase drafting = offers.open(districts.create());
        FreshDistrict.District d = districts.create();
        BargainingCase waiting = offers.serve(d, BargainingOffers.wageOffer());
        // The change renames the answer step; no plan maps the old name to the new one.
        ProcessDefinition after = deploy(current.replace(TAG, " camunda:versionTag=\"test-renamed\"")
                .replace("\"" + CollectiveBargaining.TASK_ANSWER_OFFER + "\"", "\"Task_AnswerOfferInWriting\""));

        ProcessVersions.Outcome outcome = versions.migrate(ModelChange.asItStands(CollectiveBargaining.PROCESS_ID, "test-before",
                "test-renamed"));

        assertThat(outcome).isEqualTo(new ProcessVersions.Outcome(1, 1));
        assertThat(instance(drafting).getProcessDefinitionId()).isEqualTo(after.getId());
        assertThat(instance(waiting).getProcessDefinitionId()).isEqualTo(before.getId());
        refuseAndAcceptTheRefusal(waiting, d);
        assertThat(ended(waiting).getProcessDefinitionId()).isEqualTo(before.getId());
    }

    private void refuseAndAcceptTheRefusal(BargainingCase c, FreshDistrict.District d) {
        AnswerForm refusal = new AnswerForm();
        refusal.setKind(AnswerKind.REFUSE);
        refusal.setReason("公司正在进行资产重组，暂不具备开展工资集体协商的条件。");
        steps.answerOffer(bargaining.task(c.caseNo(), CollectiveBargaining.TASK_ANSWER_OFFER, d.hr()).getId(), refusal, d.hr());
        bargaining.runDueSteps(c.caseNo());
        steps.reviewRefusal(bargaining.task(c.caseNo(), CollectiveBargaining.TASK_REVIEW_REFUSAL, d.unionChair()).getId(), false,
                d.unionChair());
        bargaining.runDueSteps(c.caseNo());
    }

    private ProcessDefinition deploy(String xml) {
        String id = engine.getRepositoryService().createDeployment().name("collective-bargaining (test)")
                .addString("collective-bargaining.bpmn", xml).deploy().getId();
        deployments.add(id);
        return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(id).singleResult();
    }

    private ProcessInstance instance(BargainingCase c) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).singleResult();
    }

    private HistoricProcessInstance ended(BargainingCase c) {
        HistoricProcessInstance h = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(c.caseNo()).singleResult();
        assertThat(h.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        return h;
    }
}
