package org.xieshang.monitoring;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The reads of an officials' page that do not depend on each other run side by side, each on its own connection: a
 * page waits for its slowest read instead of the sum of them. As many at a time as the machine has cores: the
 * database runs on them too, and more would only make the reads wait for each other (measured with ProvinceBenchmark).
 */
@Component
class ParallelReads implements DisposableBean {

    private static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final ExecutorService pool;

    ParallelReads() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "figures-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    <T> CompletableFuture<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, pool);
    }

    /** The read's result; its failure as it was thrown. */
    static <T> T result(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
