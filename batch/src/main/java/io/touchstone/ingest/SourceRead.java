package io.touchstone.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One run's read of a feed from a database as kept in its ingest step's execution context: the
 * registration it loads under and the committed watermark it starts after. Written once by the
 * intake ({@link SourceIntakeListener}), read back by the reader on every open, restarts included,
 * so a restart reads from where its first attempt started.
 *
 * @param after the watermark the read starts after; {@code null} for a first read
 */
record SourceRead(long fileId, OffsetDateTime after) {

    private static final String AFTER = "watermark.after";
    private static final String HIGHEST = "watermark.highest";

    static boolean keptIn(ExecutionContext context) {
        return RegisteredFiles.keptIn(context);
    }

    static SourceRead of(ExecutionContext context) {
        List<Long> ids = RegisteredFiles.of(context).ids();
        String after = context.getString(AFTER, "");
        return new SourceRead(ids.get(0), after.isEmpty() ? null : OffsetDateTime.parse(after));
    }

    void keepIn(ExecutionContext context) {
        new RegisteredFiles(List.of(fileId)).keepIn(context);
        context.putString(AFTER, after == null ? "" : after.toString());
    }

    /** The watermark :last_watermark is bound to. */
    OffsetDateTime lastWatermark() {
        return after == null ? SourceQuery.BEGINNING : after;
    }

    /** The highest watermark the reader has read so far, kept as each chunk commits; {@code null}: none. */
    static OffsetDateTime highestIn(ExecutionContext context) {
        String highest = context.getString(HIGHEST, "");
        return highest.isEmpty() ? null : OffsetDateTime.parse(highest);
    }

    static void keepHighest(ExecutionContext context, OffsetDateTime highest) {
        context.putString(HIGHEST, highest == null ? "" : highest.toString());
    }
}
