package org.xieshang.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves running cases to a changed model once it is deployed, change by change (ModelChange), with Camunda's
 * migration API; a case the change does not allow (it waits where the new model has no such step) finishes on its
 * version, as every case of a model without a change does. Runs when a node has started; of nodes starting together,
 * the one that takes the change's row migrates, in chunks that are a transaction each, so a crash loses no case.
 */
@Component
public class ProcessVersions {

    private static final Logger log = LoggerFactory.getLogger(ProcessVersions.class);
    private static final int CHUNK = 500;
    private static final long LEASE_MINUTES = 30;

    /** What one run of a change did: cases moved, and cases left to finish on their version. */
    public record Outcome(int migrated, int left) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final List<ModelChange> changes;

    ProcessVersions(RepositoryService repository, RuntimeService runtime, JdbcClient jdbc, List<ModelChange> changes) {
        this.repository = repository;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void migrateAll() {
        changes.forEach(this::migrate);
    }

    /** Moves the cases running on the change's source versions to its target, if deployed; does nothing when none run. */
    public Outcome migrate(ModelChange change) {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().processDefinitionKey(change.processKey()).list();
        Optional<ProcessDefinition> target = definitions.stream()
                .filter(d -> change.toTag().equals(d.getVersionTag())).max(Comparator.comparingInt(ProcessDefinition::getVersion));
        if (target.isEmpty()) {
            return new Outcome(0, 0);
        }
        List<ProcessDefinition> sources = definitions.stream()
                .filter(d -> Objects.equals(change.fromTag(), d.getVersionTag()))
                .filter(d -> runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count() > 0).toList();
        if (sources.isEmpty() || !take(change)) {
            return new Outcome(0, 0);
        }
        int migrated = 0;
        int left = 0;
        try {
            for (ProcessDefinition source : sources) {
                List<String> ids = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
                        .map(ProcessInstance::getId).toList();
                Optional<MigrationPlan> plan = plan(change, source, target.get());
                if (plan.isEmpty()) {
                    left += ids.size();
                    continue;
                }
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    int moved = migrate(plan.get(), ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                    migrated += moved;
                    left += Math.min(CHUNK, ids.size() - from) - moved;
                }
            }
        } finally {
            jdbc.sql("""
                            update model_migration set taken_until = null, finished_at = ?, migrated = migrated + ?,
                                left_on_version = ? where process_key = ? and from_tag = ? and to_tag = ?""")
                    .params(Timestamp.from(Instant.now()), migrated, left, change.processKey(), tag(change.fromTag()), change.toTag())
                    .update();
        }
        log.info("Model {} {} -> {}: {} running cases moved to version {}, {} left to finish on their version",
                change.processKey(), tag(change.fromTag()), change.toTag(), migrated, target.get().getVersion(), left);
        return new Outcome(migrated, left);
    }

    private Optional<MigrationPlan> plan(ModelChange change, ProcessDefinition source, ProcessDefinition target) {
        try {
            return Optional.of(change.mapping().apply(runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities())
                    .build());
        } catch (MigrationPlanValidationException e) {
            log.warn("Model {} version {} -> {}: no plan ({}); its cases finish on their version", change.processKey(),
                    source.getVersion(), change.toTag(), e.getValidationReport());
            return Optional.empty();
        }
    }

    /** One chunk in one transaction; when one case of it cannot move, the others move one by one. */
    private int migrate(MigrationPlan plan, List<String> ids) {
        try {
            runtime.newMigration(plan).processInstanceIds(ids).skipCustomListeners().skipIoMappings().execute();
            return ids.size();
        } catch (ProcessEngineException chunkRefused) {
            int moved = 0;
            for (String id : ids) {
                try {
                    runtime.newMigration(plan).processInstanceIds(id).skipCustomListeners().skipIoMappings().execute();
                    moved++;
                } catch (ProcessEngineException e) {
                    log.info("Process instance {} stays on its version: {}", id, e.getMessage());
                }
            }
            return moved;
        }
    }

    /** The change's row, taken for this node unless another node holds it. */
    private boolean take(ModelChange change) {
        try {
            jdbc.sql("insert into model_migration (process_key, from_tag, to_tag) values (?, ?, ?)")
                    .params(change.processKey(), tag(change.fromTag()), change.toTag()).update();
        } catch (DuplicateKeyException taken) {
            // an earlier run or another node wrote it; its lease decides
        }
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                        update model_migration set taken_until = ? where process_key = ? and from_tag = ? and to_tag = ?
                        and (taken_until is null or taken_until < ?)""")
                .params(Timestamp.from(now.toInstant().plus(LEASE_MINUTES, ChronoUnit.MINUTES)), change.processKey(),
                        tag(change.fromTag()), change.toTag(), now)
                .update() == 1;
    }

    private static String tag(String versionTag) {
        return versionTag == null ? "" : versionTag;
    }
}
