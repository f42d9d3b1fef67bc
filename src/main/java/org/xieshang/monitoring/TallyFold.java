package org.xieshang.monitoring;

import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the steps' deltas into the counts once a minute, so the delta table stays short. One snapshot (repeatable
 * read) sums and deletes the same rows: a delta committed meanwhile waits for the next fold. The lock row keeps a
 * second node or a rebuild out while a fold runs.
 */
@Component
class TallyFold {

    private final TallyTable table;

    TallyFold(TallyTable table) {
        this.table = table;
    }

    @Scheduled(fixedDelayString = "${xieshang.monitoring.fold-millis:60000}", initialDelayString = "${xieshang.monitoring.fold-millis:60000}")
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void fold() {
        table.lock();
        Optional<Long> last = table.lastDeltaId();
        if (last.isEmpty()) {
            return;
        }
        table.pendingDeltas().stream().filter(t -> t.value() != 0).forEach(table::add);
        table.deleteDeltasUpTo(last.get());
    }
}
