package io.touchstone.reports.model;

import java.time.Instant;
import java.util.List;

/**
 * What one feed delivered in the run: files, rows read, loaded and rejected, the most common
 * reject reasons (each already phrased with its count, e.g. {@code "nps must be 0-10 (12 rows)"}),
 * and the data as-of time (latest record timestamp held for the feed, {@code null} if none).
 */
public record FeedQuality(
        String feed,
        int files,
        int filesQuarantined,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        List<String> topRejectReasons,
        Instant asOf) {
}
