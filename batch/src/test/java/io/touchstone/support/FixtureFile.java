package io.touchstone.support;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/**
 * Registers the delivered file that rows a test inserts directly into a feed's table claim to
 * come from (every feed row names its file), so warehouse fixtures need no real file.
 */
public final class FixtureFile {

    private FixtureFile() {
    }

    /** A loaded file of {@code feed}, run 1, received at {@code receivedAt}; returns its id. */
    public static long register(DSLContext dsl, String feed, LocalDate businessDate, OffsetDateTime receivedAt) {
        return dsl.insertInto(INGEST_FILE)
                .set(INGEST_FILE.FEED, feed)
                .set(INGEST_FILE.FILE_NAME, "fixture.csv")
                .set(INGEST_FILE.CONTENT_SHA256, "0".repeat(64))
                .set(INGEST_FILE.SIZE_BYTES, 1L)
                .set(INGEST_FILE.STATUS, "loaded")
                .set(INGEST_FILE.RUN_ID, 1L)
                .set(INGEST_FILE.BUSINESS_DATE, businessDate)
                .set(INGEST_FILE.RECEIVED_AT, receivedAt)
                .returning(INGEST_FILE.FILE_ID)
                .fetchSingle(INGEST_FILE.FILE_ID);
    }
}
