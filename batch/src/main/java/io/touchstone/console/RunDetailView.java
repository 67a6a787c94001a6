package io.touchstone.console;

import io.touchstone.reports.model.FeedQuality;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One run as {@code GET /api/runs/{id}} and the run page show it: the summary, every step of
 * every attempt, the feeds it read with their data as-of, and the step going now.
 */
record RunDetailView(RunView run, int attempts, String failure, List<StepView> steps, List<FeedQuality> feeds,
        ProgressView progress) {

    /** A step of one attempt; {@code rows} is what it wrote (read, for a step that writes nothing). */
    record StepView(String name, String status, int attempt, OffsetDateTime startedAt, double seconds, long rows,
            long read, long written) {
    }

    /** Where a run going stands: its status, the step it is in, the rows that step has so far, time so far. */
    record ProgressView(long runId, String status, boolean going, String step, long rows, long seconds) {
    }
}
