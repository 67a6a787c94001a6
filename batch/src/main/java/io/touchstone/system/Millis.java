package io.touchstone.system;

/**
 * Milliseconds between two {@link System#nanoTime()} readings, for the log lines that say where
 * a step's time went.
 */
public final class Millis {

    private Millis() {
    }

    public static long between(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
