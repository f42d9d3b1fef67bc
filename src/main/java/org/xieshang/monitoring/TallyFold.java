package org.xieshang.monitoring;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the steps' deltas into the counts once a minute, so the delta table stays short. One snapshot (repeatable
 * read) sums and deletes the same rows: a delta committed meanwhile waits for the next fold. The lock row keeps a
 * second node or a rebuild out while a fold runs; a fold that meets one of them gives way and folds next time.
 */
@Component
class TallyFold {

    private static final Logger log = LoggerFactory.getLogger(TallyFold.class);

    private final TallyTable table;
    private final TransactionTemplate snapshot;

    TallyFold(TallyTable table, PlatformTransactionManager transactions) {
        this.table = table;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Scheduled(fixedDelayString = "${xieshang.monitoring.fold-millis:60000}", initialDelayString = "${xieshang.monitoring.fold-millis:60000}")
    public void fold() {
        try {
            snapshot.executeWithoutResult(status -> foldNow());
        } catch (ConcurrencyFailureException e) {
            log.debug("Another fold or a rebuild held the figures; folding next time", e);
        }
    }

    private void foldNow() {
        table.lock();
        Optional<Long> last = table.lastDeltaId();
        if (last.isEmpty()) {
            return;
        }
        table.pendingDeltas().stream().filter(t -> t.value() != 0).forEach(table::add);
        table.deleteDeltasUpTo(last.get());
    }
}
