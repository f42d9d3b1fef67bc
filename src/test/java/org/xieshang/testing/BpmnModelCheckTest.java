package org.xieshang.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.stream.Stream;

/** The helper later process issues rely on, proven able to fail; then applied to every deployed model. */
@XieshangTest
class BpmnModelCheckTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_fixture_meets_every_convention() {
        BpmnModelCheck.ofClasspath(StatutoryDeadlineFixture.RESOURCE)
                .conventions(context).constants(StatutoryDeadlineFixture.class).verify();
    }

    @Test
    void a_constant_missing_from_the_model_is_reported() {
        String broken = fixture().replace("Task_AnswerOffer", "Task_ReplyToOffer");
        assertThat(BpmnModelCheck.ofXml("statutory-deadline-fixture.bpmn", broken)
                .constants(StatutoryDeadlineFixture.class).problems())
                .anySatisfy(p -> assertThat(p).contains("TASK_ANSWER_OFFER").contains("Task_AnswerOffer"));
    }

    @Test
    void a_delegate_or_called_bean_missing_from_the_context_is_reported() {
        String broken = fixture().replace("${statutoryDeadlineListener}", "${deadlineListenr}")
                .replace("${deadlines.timerFor", "${deadline.timerFor");
        assertThat(BpmnModelCheck.ofXml("statutory-deadline-fixture.bpmn", broken).beansExistIn(context).problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("'deadlineListenr'"))
                .anySatisfy(p -> assertThat(p).contains("'deadline'"));
    }

    @Test
    void a_process_variable_in_an_expression_is_not_taken_for_a_bean() {
        assertThat(BpmnModelCheck.ofClasspath(StatutoryDeadlineFixture.RESOURCE).beansExistIn(context).problems())
                .isEmpty();
    }

    @Test
    void a_node_without_a_shape_a_flow_without_an_edge_and_overlapping_shapes_are_reported() {
        String broken = fixture()
                .replaceAll("(?s)<bpmndi:BPMNShape id=\"Event_Answered_di\".*?</bpmndi:BPMNShape>", "")
                .replaceAll("(?s)<bpmndi:BPMNEdge id=\"Flow_ToAnswer_di\".*?</bpmndi:BPMNEdge>", "")
                .replace("<dc:Bounds x=\"402\" y=\"222\"", "<dc:Bounds x=\"250\" y=\"90\"");
        assertThat(BpmnModelCheck.ofXml("statutory-deadline-fixture.bpmn", broken).diagramComplete().problems())
                .containsExactlyInAnyOrder(
                        "flow node Event_Answered has no diagram shape",
                        "sequence flow Flow_ToAnswer has no diagram edge",
                        "shapes of Task_AnswerOffer and Event_ResponseOverdue overlap");
    }

    @Test
    void generated_ids_and_a_file_name_that_is_not_the_process_id_are_reported() {
        String broken = fixture().replace("Event_Answered", "Event_0x1y2z3");
        assertThat(BpmnModelCheck.ofXml("answer-offer.bpmn", broken).processIdMatchesFileName().readableIds().problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("Event_0x1y2z3"))
                .anySatisfy(p -> assertThat(p).contains("answer-offer"));
    }

    @TestFactory
    Stream<DynamicTest> every_deployed_model_meets_the_conventions() {
        return BpmnModelCheck.deployedModels().stream().map(path -> DynamicTest.dynamicTest(path.toString(),
                () -> BpmnModelCheck.of(path).conventions(context).verify()));
    }

    private static String fixture() {
        try (InputStream in = BpmnModelCheckTest.class.getClassLoader().getResourceAsStream(StatutoryDeadlineFixture.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
