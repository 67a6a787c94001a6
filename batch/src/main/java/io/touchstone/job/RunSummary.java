package io.touchstone.job;

import java.time.Duration;
import java.time.LocalDate;

/** One line of the run history: what ran, when, how it ended and on how much data. */
public record RunSummary(long runId, LocalDate businessDate, String period, String status, java.time.LocalDateTime startedAt,
        Duration duration, long rowsLoaded, long rowsRejected, int files) {
}
