package org.civicchat.shared;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a piece of one request's work on a core that would otherwise sit idle, so that a resident waits for the
 * longer of two halves instead of their sum. A task is taken only when a spare thread is free at that moment
 * (nothing is queued): under load every core is already busy with other requests, the caller then does the
 * work itself and no request waits behind another's half. One spare thread per core beyond the first; the
 * threads are daemons and end after a minute unused.
 */
public final class SpareCores {

    private static final ThreadPoolExecutor SPARE = spare(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    private SpareCores() {
    }

    /** The supplier started on a spare core, or empty when none is free now (run it on the calling thread). */
    public static <T> Optional<CompletableFuture<T>> trySupply(Supplier<T> work) {
        try {
            return Optional.of(CompletableFuture.supplyAsync(work, SPARE));
        } catch (RejectedExecutionException allBusy) {
            return Optional.empty();
        }
    }

    private static ThreadPoolExecutor spare(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(0, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "spare-core-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        return executor;
    }
}
