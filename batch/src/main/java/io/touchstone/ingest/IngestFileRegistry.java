package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.REJECT;

import io.touchstone.sql.generated.tables.records.IngestFileRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The book of delivered files: which content was seen, by which run, with what result. A file
 * is known by its feed and content hash, so the same content delivered again under any name is
 * recognised and not loaded twice.
 */
@Component
public final class IngestFileRegistry {

    static final String LOADING = "loading";
    static final String LOADED = "loaded";
    static final String QUARANTINED = "quarantined";

    private final DSLContext dsl;

    public IngestFileRegistry(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<IngestFileRecord> find(Feed feed, String sha256) {
        return dsl.selectFrom(INGEST_FILE)
                .where(INGEST_FILE.FEED.eq(feed.code()).and(INGEST_FILE.CONTENT_SHA256.eq(sha256)))
                .fetchOptional();
    }

    public Optional<IngestFileRecord> find(long fileId) {
        return dsl.selectFrom(INGEST_FILE).where(INGEST_FILE.FILE_ID.eq(fileId)).fetchOptional();
    }

    /**
     * Starts loading a file for a run. Content that an abandoned run left half loaded is taken
     * over and loaded from its first line again: its upserts are idempotent, and its counts and
     * rejects are reset so they are not counted twice.
     */
    public long beginLoading(Feed feed, String fileName, String sha256, long size, long runId, LocalDate businessDate) {
        Optional<IngestFileRecord> existing = find(feed, sha256);
        if (existing.isPresent()) {
            long fileId = existing.get().getFileId();
            dsl.deleteFrom(REJECT).where(REJECT.FILE_ID.eq(fileId)).execute();
            dsl.update(INGEST_FILE)
                    .set(INGEST_FILE.FILE_NAME, fileName)
                    .set(INGEST_FILE.STATUS, LOADING)
                    .setNull(INGEST_FILE.REASON)
                    .set(INGEST_FILE.ROWS_READ, 0L)
                    .set(INGEST_FILE.ROWS_LOADED, 0L)
                    .set(INGEST_FILE.ROWS_REJECTED, 0L)
                    .set(INGEST_FILE.RUN_ID, runId)
                    .set(INGEST_FILE.BUSINESS_DATE, businessDate)
                    .set(INGEST_FILE.RECEIVED_AT, now())
                    .setNull(INGEST_FILE.FINISHED_AT)
                    .where(INGEST_FILE.FILE_ID.eq(fileId))
                    .execute();
            return fileId;
        }
        return dsl.insertInto(INGEST_FILE)
                .set(INGEST_FILE.FEED, feed.code())
                .set(INGEST_FILE.FILE_NAME, fileName)
                .set(INGEST_FILE.CONTENT_SHA256, sha256)
                .set(INGEST_FILE.SIZE_BYTES, size)
                .set(INGEST_FILE.STATUS, LOADING)
                .set(INGEST_FILE.RUN_ID, runId)
                .set(INGEST_FILE.BUSINESS_DATE, businessDate)
                .set(INGEST_FILE.RECEIVED_AT, now())
                .returning(INGEST_FILE.FILE_ID)
                .fetchOne()
                .getFileId();
    }

    public void quarantine(Feed feed, String fileName, String sha256, long size, long runId, LocalDate businessDate,
            String reason) {
        dsl.insertInto(INGEST_FILE)
                .set(INGEST_FILE.FEED, feed.code())
                .set(INGEST_FILE.FILE_NAME, fileName)
                .set(INGEST_FILE.CONTENT_SHA256, sha256)
                .set(INGEST_FILE.SIZE_BYTES, size)
                .set(INGEST_FILE.STATUS, QUARANTINED)
                .set(INGEST_FILE.REASON, reason)
                .set(INGEST_FILE.RUN_ID, runId)
                .set(INGEST_FILE.BUSINESS_DATE, businessDate)
                .set(INGEST_FILE.RECEIVED_AT, now())
                .set(INGEST_FILE.FINISHED_AT, now())
                .onConflictOnConstraint(io.touchstone.sql.generated.Keys.INGEST_FILE_CONTENT_UK)
                .doUpdate()
                .set(INGEST_FILE.FILE_NAME, fileName)
                .set(INGEST_FILE.STATUS, QUARANTINED)
                .set(INGEST_FILE.REASON, reason)
                .set(INGEST_FILE.RUN_ID, runId)
                .set(INGEST_FILE.BUSINESS_DATE, businessDate)
                .set(INGEST_FILE.FINISHED_AT, now())
                .execute();
    }

    /** Adds one chunk's counts; runs in the chunk's transaction so a restart never counts twice. */
    public void count(long fileId, long read, long loaded, long rejected) {
        dsl.update(INGEST_FILE)
                .set(INGEST_FILE.ROWS_READ, INGEST_FILE.ROWS_READ.plus(read))
                .set(INGEST_FILE.ROWS_LOADED, INGEST_FILE.ROWS_LOADED.plus(loaded))
                .set(INGEST_FILE.ROWS_REJECTED, INGEST_FILE.ROWS_REJECTED.plus(rejected))
                .where(INGEST_FILE.FILE_ID.eq(fileId))
                .execute();
    }

    public List<IngestFileRecord> loadingIn(long runId) {
        return dsl.selectFrom(INGEST_FILE)
                .where(INGEST_FILE.RUN_ID.eq(runId).and(INGEST_FILE.STATUS.eq(LOADING)))
                .orderBy(INGEST_FILE.FILE_ID)
                .fetch();
    }

    public void markLoaded(long fileId) {
        dsl.update(INGEST_FILE)
                .set(INGEST_FILE.STATUS, LOADED)
                .set(INGEST_FILE.FINISHED_AT, now())
                .where(INGEST_FILE.FILE_ID.eq(fileId))
                .execute();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
