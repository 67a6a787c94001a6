package io.touchstone.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A step's helper threads: a fixed pool of named daemon threads (a failed run never waits on them
 * to exit), and waiting for a task with its failure passed on as it was thrown.
 */
public final class HelperThreads {

    private HelperThreads() {
    }

    /** {@code count} daemon threads named {@code <name>-1}, {@code <name>-2}, … */
    public static ExecutorService named(String name, int count) {
        AtomicInteger started = new AtomicInteger();
        return Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, name + "-" + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Waits for {@code task}; its runtime failure is rethrown as it was, any other named by {@code doing}. */
    public static void await(Future<?> task, String doing) {
        result(task, doing);
    }

    /**
     * Runs independent {@code tasks} on up to {@code count} threads named {@code <name>-…} and gives
     * their results in the tasks' order. Every task has ended when this returns or throws, so nothing
     * a failed task's neighbours write goes on behind the caller's back; the first failure in task
     * order is rethrown as {@link #await} does.
     */
    public static <T> List<T> each(List<? extends Callable<T>> tasks, int count, String name, String doing) {
        if (count <= 1 || tasks.size() <= 1) {
            List<T> results = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                results.add(call(task, doing));
            }
            return results;
        }
        ExecutorService threads = named(name, Math.min(count, tasks.size()));
        try {
            List<Future<T>> running = threads.invokeAll(tasks);
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> task : running) {
                results.add(result(task, doing));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + doing, e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task, String doing) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(doing + " failed: " + e, e);
        }
    }

    private static <T> T result(Future<T> task, String doing) {
        try {
            return task.get();
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
