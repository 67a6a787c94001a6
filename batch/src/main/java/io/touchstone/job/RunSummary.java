package io.touchstone.job;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of the run history: what ran, when, how it ended and on how much data. */
public record RunSummary(long runId, LocalDate businessDate, String period, String status, LocalDateTime startedAt,
        Duration duration, long rowsLoaded, long rowsRejected, int files) {
}
