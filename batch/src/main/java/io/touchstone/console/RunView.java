package io.touchstone.console;

import io.touchstone.reports.model.ReportSlice;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.batch.core.BatchStatus;

/**
 * A run as {@code GET /api/runs} and the runs page show it: the files are those the viewer may
 * open, each with its SHA-256 and, for a burst copy, its slice.
 *
 * @param replacedBy the later run of the same period whose files replaced this run's, or {@code null}
 */
record RunView(long id, LocalDate businessDate, String period, String status, OffsetDateTime startedAt,
        long durationSeconds, long rowsLoaded, long rowsRejected, List<FileView> files, Long replacedBy) {

    /** A published file of the run. */
    record FileView(String name, String sha256, long bytes, ReportSlice slice) {
    }

    boolean going() {
        return BatchStatus.valueOf(status).isRunning();
    }
}
