package io.touchstone.job;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;

/** One line of the run history: what ran, when, how it ended and on how much data. */
public record RunSummary(long runId, LocalDate businessDate, String period, String status, LocalDateTime startedAt,
        Duration duration, long rowsLoaded, long rowsRejected, int files) {

    /** Starting, started or stopping: the run has not ended. */
    public boolean going() {
        return BatchStatus.valueOf(status).isRunning();
    }
}
