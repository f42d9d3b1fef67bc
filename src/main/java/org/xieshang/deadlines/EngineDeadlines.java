package org.xieshang.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;
import org.xieshang.system.CaseVariables;

/**
 * The engine's side of a calendar change: every waiting timer whose date a model computes (timeDate expressions
 * over the deadline service) is evaluated again on its execution and moved when the new calendar gives another
 * day; every open task with a legal deadline gets its due date again. Nothing else in the engine changes.
 */
@Component
class EngineDeadlines {

    private static final Pattern CLOCK_IN_EXPRESSION = Pattern.compile("timerFor\\('([a-z-]+)'");

    private final ManagementService management;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final ProcessEngineConfigurationImpl engine;
    private final DeadlineService deadlines;

    EngineDeadlines(ManagementService management, RepositoryService repository, TaskService tasks,
                    ProcessEngineConfigurationImpl engine, DeadlineService deadlines) {
        this.management = management;
        this.repository = repository;
        this.tasks = tasks;
        this.engine = engine;
        this.deadlines = deadlines;
    }

    List<MovedDeadline> recomputeTimers() {
        List<MovedDeadline> moved = new ArrayList<>();
        Map<String, JobDefinition> definitions = new HashMap<>();
        for (Job job : management.createJobQuery().timers().active().list()) {
            JobDefinition definition = job.getJobDefinitionId() == null ? null : definitions.computeIfAbsent(job.getJobDefinitionId(),
                    id -> management.createJobDefinitionQuery().jobDefinitionId(id).singleResult());
            if (definition == null || job.getExecutionId() == null) {
                continue;
            }
            timeDate(job.getProcessDefinitionId(), definition.getActivityId()).ifPresent(expression -> {
                Date now = evaluate(expression, job.getExecutionId());
                if (now != null && !now.equals(job.getDuedate())) {
                    management.setJobDuedate(job.getId(), now);
                    Matcher clock = CLOCK_IN_EXPRESSION.matcher(expression);
                    moved.add(new MovedDeadline(businessKey(job), clock.find() ? clock.group(1) : definition.getActivityId(),
                            MovedDeadline.Kind.TIMER, deadlines.toLocalDate(job.getDuedate()), deadlines.toLocalDate(now)));
                }
            });
        }
        return moved;
    }

    List<MovedDeadline> recomputeTasks() {
        List<MovedDeadline> moved = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().active().dueAfter(new Date(0)).list()) {
            Map<String, Object> variables = tasks.getVariables(task.getId());
            BaseElement element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            Object province = Objects.requireNonNullElse(variables.get(CaseVariables.PROVINCE.name()), deadlines.defaultProvince());
            deadlines.taskDeadline(element, variables::get, province.toString()).ifPresent(d -> {
                Date due = deadlines.endOf(d);
                if (!due.equals(task.getDueDate())) {
                    LocalDate old = deadlines.toLocalDate(task.getDueDate()).minusDays(1);
                    task.setDueDate(due);
                    tasks.saveTask(task);
                    Object key = variables.get(CaseVariables.CASE_ID.name());
                    moved.add(new MovedDeadline(key == null ? task.getProcessInstanceId() : key.toString(), d.clockId(),
                            MovedDeadline.Kind.TASK, old, d.due()));
                }
            });
        }
        return moved;
    }

    private Optional<String> timeDate(String processDefinitionId, String activityId) {
        BaseElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        if (element == null) {
            return Optional.empty();
        }
        return element.getChildElementsByType(TimerEventDefinition.class).stream().map(TimerEventDefinition::getTimeDate)
                .filter(Objects::nonNull).map(t -> t.getTextContent().trim()).filter(t -> t.startsWith("${")).findFirst();
    }

    /** The model's own expression on the timer's execution, so the rule that set the date is the rule that moves it. */
    private Date evaluate(String expression, String executionId) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
            Object value = engine.getExpressionManager().createExpression(expression).getValue(execution);
            return value instanceof Date d ? d : null;
        });
    }

    private String businessKey(Job job) {
        return Optional.ofNullable(job.getProcessInstanceId())
                .map(id -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult())
                .map(p -> p.getBusinessKey() == null ? p.getId() : p.getBusinessKey()).orElse(job.getId());
    }
}
