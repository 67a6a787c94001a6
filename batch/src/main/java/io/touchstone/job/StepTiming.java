package io.touchstone.job;

import java.time.Duration;

/** How long one step of a run took and how many items it read and wrote. */
public record StepTiming(String step, long read, long written, Duration duration) {

    /** Items per second: rows read for a loading step, rows written for a computing one. */
    public double itemsPerSecond() {
        double seconds = Math.max(duration.toMillis(), 1) / 1000.0;
        return Math.max(read, written) / seconds;
    }
}
