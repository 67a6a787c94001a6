package io.touchstone.cli.bench;

import java.time.Duration;

/** How many items a measured piece of work handled and how long it took. */
public record Measured(long items, Duration took) {

    static Measured since(long startNanos, long items) {
        return new Measured(items, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    public double seconds() {
        return took.toNanos() / 1e9;
    }
}
