package org.xieshang.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool of as many daemon threads as the machine has cores (at least two), for work that goes to the database side by
 * side: the database runs on the same cores, so more threads would only wait for each other (measured with the
 * benchmarks).
 */
public final class CorePool {

    public static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private CorePool() {
    }

    /** Threads named {@code name-1}, {@code name-2}, … */
    public static ExecutorService named(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
