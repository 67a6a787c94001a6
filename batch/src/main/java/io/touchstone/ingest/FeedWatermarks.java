package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.FEED_WATERMARK;
import static org.jooq.impl.DSL.max;

import io.touchstone.sql.generated.Keys;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The incremental watermarks of the feeds read from databases, kept with the runs that read them
 * ({@code feed_watermark}). A run's read is recorded as pending when its ingest step has read
 * everything and committed when the whole run completes; a feed's watermark is the highest value
 * a committed read saw, so a run that fails anywhere leaves it where it was.
 */
@Component
public final class FeedWatermarks {

    static final String PENDING = "pending";
    static final String COMMITTED = "committed";

    private final DSLContext dsl;

    public FeedWatermarks(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The watermark the next read of the feed from the source starts after; {@code null} before the first. */
    public OffsetDateTime committed(Feed feed, String source) {
        OffsetDateTime committed = dsl.select(max(FEED_WATERMARK.HIGHEST))
                .from(FEED_WATERMARK)
                .where(FEED_WATERMARK.FEED.eq(feed.code())
                        .and(FEED_WATERMARK.SOURCE.eq(source))
                        .and(FEED_WATERMARK.STATUS.eq(COMMITTED)))
                .fetchOne()
                .value1();
        // In UTC whatever the session's zone, so a read's name and its bound value read alike every run.
        return committed == null ? null : committed.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Records what a run read, pending until the run completes; a restarted read replaces its earlier record. */
    void readPending(Feed feed, String source, long runId, OffsetDateTime after, OffsetDateTime highest, long rows) {
        dsl.insertInto(FEED_WATERMARK)
                .set(FEED_WATERMARK.FEED, feed.code())
                .set(FEED_WATERMARK.SOURCE, source)
                .set(FEED_WATERMARK.RUN_ID, runId)
                .set(FEED_WATERMARK.READ_AFTER, after)
                .set(FEED_WATERMARK.HIGHEST, highest)
                .set(FEED_WATERMARK.ROWS_READ, rows)
                .set(FEED_WATERMARK.STATUS, PENDING)
                .set(FEED_WATERMARK.RECORDED_AT, now())
                .onConflictOnConstraint(Keys.FEED_WATERMARK_PK)
                .doUpdate()
                .set(FEED_WATERMARK.READ_AFTER, after)
                .set(FEED_WATERMARK.HIGHEST, highest)
                .set(FEED_WATERMARK.ROWS_READ, rows)
                .set(FEED_WATERMARK.STATUS, PENDING)
                .set(FEED_WATERMARK.RECORDED_AT, now())
                .execute();
    }

    /** Commits the pending reads of a run that completed: the next runs start after what it read. */
    int commit(long runId) {
        return dsl.update(FEED_WATERMARK)
                .set(FEED_WATERMARK.STATUS, COMMITTED)
                .set(FEED_WATERMARK.RECORDED_AT, now())
                .where(FEED_WATERMARK.RUN_ID.eq(runId).and(FEED_WATERMARK.STATUS.eq(PENDING)))
                .execute();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
