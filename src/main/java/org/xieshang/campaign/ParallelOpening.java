package org.xieshang.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.system.CorePool;

/**
 * A campaign batch's cases are opened side by side, a share per core, each share in a transaction of its own: opening
 * a case is one database round trip after another, so a single thread left half the machine idle (CampaignBenchmark).
 * A share that fails fails the batch's job; shares already committed stay, and the job's retry opens only the cases
 * still missing, since a batch always asks the database which targets have no case of the campaign yet.
 */
@Component
class ParallelOpening implements DisposableBean {

    private final ExecutorService pool = CorePool.named("campaign-opening");
    private final TransactionTemplate ownTransaction;

    ParallelOpening(PlatformTransactionManager transactions) {
        ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs every opening and returns when all shares have ended; the first failure is thrown as it was. */
    void run(List<Runnable> openings) {
        int shares = Math.min(CorePool.THREADS, openings.size());
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < shares; s++) {
            List<Runnable> share = new ArrayList<>();
            for (int i = s; i < openings.size(); i += shares) {
                share.add(openings.get(i));
            }
            running.add(pool.submit(() -> ownTransaction.executeWithoutResult(status -> share.forEach(Runnable::run))));
        }
        RuntimeException failure = null;
        for (Future<?> share : running) {
            try {
                share.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("campaign opening interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
