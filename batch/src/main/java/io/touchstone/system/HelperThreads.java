package io.touchstone.textmining;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The text mining's helper threads: a fixed pool of named daemon threads (a failed run never
 * waits on them to exit), and waiting for a task with its failure passed on as it was thrown.
 */
final class HelperThreads {

    private HelperThreads() {
    }

    /** {@code count} daemon threads named {@code <name>-1}, {@code <name>-2}, … */
    static ExecutorService named(String name, int count) {
        AtomicInteger started = new AtomicInteger();
        return Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, name + "-" + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Waits for {@code task}; its runtime failure is rethrown as it was, any other named by {@code doing}. */
    static void await(Future<?> task, String doing) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + doing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(doing + " failed: " + e.getCause(), e.getCause());
        }
    }
}
