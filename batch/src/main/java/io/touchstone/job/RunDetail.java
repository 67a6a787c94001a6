package io.touchstone.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.BatchStatus;

/**
 * One run in detail: its summary, how many times it was started (1 + restarts), every step of
 * every attempt, and why its last attempt failed.
 *
 * @param failure the first line of the failure, {@code null} unless the run failed
 */
public record RunDetail(RunSummary summary, int attempts, List<StepRecord> steps, String failure) {

    /**
     * A step of one attempt. {@code read} and {@code written} grow as the step commits its chunks,
     * so a step still going shows the rows so far.
     */
    public record StepRecord(String name, String status, int attempt, LocalDateTime startedAt, Duration took,
            long read, long written) {

        public boolean going() {
            return BatchStatus.valueOf(status).isRunning();
        }
    }

    /**
     * The steps going now, in the order they started: more than one while the run's flows go side
     * by side (the responses beside the other feeds, the KPIs beside the text mining).
     */
    public List<StepRecord> goingSteps() {
        return steps.stream().filter(StepRecord::going).toList();
    }

    public boolean going() {
        return summary.going();
    }
}
