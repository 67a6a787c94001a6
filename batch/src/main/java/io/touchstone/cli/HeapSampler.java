package io.touchstone.cli;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap in use on a daemon thread and keeps the highest reading: the peak the
 * benchmark reports. Per-pool peaks cannot simply be added, since they happen at different times.
 */
final class HeapSampler {

    private static final long INTERVAL_MILLIS = 50;

    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        Runtime runtime = Runtime.getRuntime();
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops sampling and returns the peak in bytes. */
    long stop() {
        thread.interrupt();
        return peak.get();
    }
}
