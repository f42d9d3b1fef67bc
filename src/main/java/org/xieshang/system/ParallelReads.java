package org.xieshang.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The reads of a page that do not depend on each other run side by side, each on its own connection: a
 * page waits for its slowest read instead of the sum of them, as many at a time as the machine has cores (CorePool).
 */
@Component
public class ParallelReads implements DisposableBean {

    private final ExecutorService pool = CorePool.named("figures-read");

    public <T> CompletableFuture<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, pool);
    }

    /** The read's result; its failure as it was thrown. */
    public static <T> T result(CompletableFuture<T> read) {
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
