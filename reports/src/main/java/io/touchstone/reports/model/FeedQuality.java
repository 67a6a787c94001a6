package io.touchstone.reports.model;

import java.time.Instant;
import java.util.List;

/**
 * What one feed delivered in the run: files, rows read, loaded and rejected, the rows that repeat
 * an id already in the same delivery, the most common reject rules (each already phrased with its
 * count, e.g. {@code "nps must be a whole number 0-10 (12 rows)"}, never quoting a rejected value),
 * and the data as-of time (latest record timestamp held for the feed, {@code null} if none).
 */
public record FeedQuality(
        String feed,
        int files,
        int filesQuarantined,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        long duplicateIds,
        List<String> topRejectReasons,
        Instant asOf) {
}
