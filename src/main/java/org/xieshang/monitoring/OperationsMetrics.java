package org.xieshang.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.CaseStage;

/**
 * What an operator's Prometheus reads at /actuator/prometheus beside the JVM's and the pool's: the engine's job
 * counters, open cases by stage, clocks due and missed today, the notification outbox's backlog. The database figures
 * are read at most every {@link #FRESH} however often it scrapes.
 */
@Component
class OperationsMetrics implements MeterBinder {

    static final Duration FRESH = Duration.ofSeconds(30);
    private static final String[] JOB_METRICS = {Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_ACQUISITION_ATTEMPT,
            Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_LOCKED_EXCLUSIVE};

    private final OperationsTable table;
    private final ManagementService management;
    private final TaskService tasks;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(Instant at, Map<String, Long> stages, long missedToday, long dueToday, Map<String, Long> deliveries) {
    }

    OperationsMetrics(OperationsTable table, ManagementService management, TaskService tasks, Clock clock) {
        this.table = table;
        this.management = management;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : JOB_METRICS) {
            FunctionCounter.builder("camunda." + name, management, m -> m.createMetricsQuery().name(name).sum())
                    .description("The engine's job metric " + name + " (all nodes, as the engine reports it)").register(registry);
        }
        for (CaseStage stage : java.util.Arrays.stream(CaseStage.values()).filter(CaseStage::open).toList()) {
            gauge(registry, "xieshang.cases.open", () -> snapshot().stages().getOrDefault(stage.name(), 0L), "stage", stage.name(),
                    "Bargaining cases in this stage");
        }
        gauge(registry, "xieshang.clocks.missed.today", () -> snapshot().missedToday(), null, null, "Statutory clocks missed today");
        gauge(registry, "xieshang.clocks.due.today", () -> snapshot().dueToday(), null, null, "Open tasks whose legal day is today");
        for (String status : OperationsTable.DELIVERY_STATES) {
            gauge(registry, "xieshang.notifications.backlog", () -> snapshot().deliveries().getOrDefault(status, 0L), "status", status,
                    "Notification deliveries waiting (PENDING, SENDING) or given up (FAILED)");
        }
    }

    private static void gauge(MeterRegistry registry, String name, Supplier<Number> value, String tag, String tagValue, String description) {
        Gauge.Builder<Supplier<Number>> builder = Gauge.builder(name, value).description(description).strongReference(true);
        if (tag != null) {
            builder.tag(tag, tagValue);
        }
        builder.register(registry);
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.at().plus(FRESH).isBefore(now)) {
            LocalDate today = LocalDate.now(clock);
            Date start = Date.from(today.atStartOfDay(clock.getZone()).toInstant());
            // A task is due at the end of its legal day, which is the start of the next (DeadlineService.endOf).
            Date end = Date.from(today.plusDays(2).atStartOfDay(clock.getZone()).toInstant());
            long due = tasks.createTaskQuery().active().dueAfter(start).dueBefore(end).count();
            s = new Snapshot(now, table.openCasesByStage(), table.missedOn(today), due, table.deliveryBacklog());
            snapshot = s;
        }
        return s;
    }
}
