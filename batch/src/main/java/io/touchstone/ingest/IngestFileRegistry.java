package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.DISPLACED_KEY;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.UNCLAIMED_FILE;

import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.Keys;
import io.touchstone.sql.generated.tables.records.IngestFileRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.InsertSetMoreStep;
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

    public Optional<IngestFileRecord> find(long fileId) {
        return dsl.selectFrom(INGEST_FILE).where(INGEST_FILE.FILE_ID.eq(fileId)).fetchOptional();
    }

    boolean wasLoaded(Feed feed, String sha256) {
        return find(feed, sha256).filter(known -> LOADED.equals(known.getStatus())).isPresent();
    }

    private Optional<IngestFileRecord> find(Feed feed, String sha256) {
        return dsl.selectFrom(INGEST_FILE)
                .where(INGEST_FILE.FEED.eq(feed.code()).and(INGEST_FILE.CONTENT_SHA256.eq(sha256)))
                .fetchOptional();
    }

    /**
     * Starts loading a file for a run. Content that an abandoned run left half loaded is taken
     * over and loaded from its first line again: its upserts are idempotent, and its counts and
     * rejects are reset so they are not counted twice.
     */
    long beginLoading(Feed feed, String fileName, FeedFileInspector.Inspection inspection, NightlyRun run) {
        Optional<IngestFileRecord> existing = find(feed, inspection.sha256());
        if (existing.isEmpty()) {
            return newDelivery(feed, fileName, inspection, run, LOADING)
                    .returning(INGEST_FILE.FILE_ID)
                    .fetchOne()
                    .getFileId();
        }
        long fileId = existing.get().getFileId();
        dsl.deleteFrom(REJECT).where(REJECT.FILE_ID.eq(fileId)).execute();
        dsl.update(INGEST_FILE)
                .set(claim(fileName, run, LOADING, null))
                .set(INGEST_FILE.ROWS_EXPECTED, inspection.rows())
                .set(INGEST_FILE.ROWS_READ, 0L)
                .set(INGEST_FILE.ROWS_LOADED, 0L)
                .set(INGEST_FILE.ROWS_REJECTED, 0L)
                .set(INGEST_FILE.DUPLICATE_IDS, 0L)
                .set(INGEST_FILE.RECEIVED_AT, now())
                .setNull(INGEST_FILE.FINISHED_AT)
                .where(INGEST_FILE.FILE_ID.eq(fileId))
                .execute();
        return fileId;
    }

    /**
     * Registers a run's read of a feed from a database, where a delivered file would stand. Its
     * "content hash" is made of the source, feed, run and the watermark it starts after: unique
     * per run as (feed, hash) must be, and a restart of the run keeps the registration it made.
     */
    long beginReading(Feed feed, String name, String readKey, NightlyRun run) {
        return dsl.insertInto(INGEST_FILE)
                .set(INGEST_FILE.FEED, feed.code())
                .set(INGEST_FILE.CONTENT_SHA256, readKey)
                .set(INGEST_FILE.SIZE_BYTES, 0L)
                .set(claim(name, run, LOADING, null))
                .set(INGEST_FILE.RECEIVED_AT, now())
                .returning(INGEST_FILE.FILE_ID)
                .fetchOne()
                .getFileId();
    }

    /**
     * Makes a read from a database start over, as a restart reads the source again from the
     * watermark its first attempt started after: the first attempt's counts and rejects go, so
     * the rows read again are not counted twice.
     */
    void restartReading(long fileId) {
        dsl.deleteFrom(REJECT).where(REJECT.FILE_ID.eq(fileId)).execute();
        dsl.update(INGEST_FILE)
                .set(INGEST_FILE.ROWS_READ, 0L)
                .set(INGEST_FILE.ROWS_LOADED, 0L)
                .set(INGEST_FILE.ROWS_REJECTED, 0L)
                .set(INGEST_FILE.DUPLICATE_IDS, 0L)
                .where(INGEST_FILE.FILE_ID.eq(fileId))
                .execute();
    }

    /** Keeps the column names of a read from a database, which its rejects' raw lines follow. */
    void noteHeader(long fileId, String header) {
        dsl.update(INGEST_FILE).set(INGEST_FILE.HEADER, header).where(INGEST_FILE.FILE_ID.eq(fileId)).execute();
    }

    /** Names a finished read from a database with the watermark range it read. */
    void rename(long fileId, String name) {
        dsl.update(INGEST_FILE).set(INGEST_FILE.FILE_NAME, name).where(INGEST_FILE.FILE_ID.eq(fileId)).execute();
    }

    /** Records a file that cannot be read, with the inspection's reason. */
    void quarantine(Feed feed, String fileName, FeedFileInspector.Inspection inspection, NightlyRun run) {
        newDelivery(feed, fileName, inspection, run, QUARANTINED)
                .set(INGEST_FILE.FINISHED_AT, now())
                .onConflictOnConstraint(Keys.INGEST_FILE_CONTENT_UK)
                .doUpdate()
                .set(claim(fileName, run, QUARANTINED, inspection.problem()))
                .set(INGEST_FILE.FINISHED_AT, now())
                .execute();
    }

    private InsertSetMoreStep<IngestFileRecord> newDelivery(Feed feed, String fileName,
            FeedFileInspector.Inspection inspection, NightlyRun run, String status) {
        return dsl.insertInto(INGEST_FILE)
                .set(INGEST_FILE.FEED, feed.code())
                .set(INGEST_FILE.CONTENT_SHA256, inspection.sha256())
                .set(INGEST_FILE.SIZE_BYTES, inspection.size())
                .set(INGEST_FILE.ROWS_EXPECTED, inspection.readable() ? inspection.rows() : null)
                .set(claim(fileName, run, status, inspection.problem()))
                .set(INGEST_FILE.RECEIVED_AT, now());
    }

    /** What a run writes about a file whether it is new or seen before: its name, run, status, reason. */
    private static Map<Field<?>, Object> claim(String fileName, NightlyRun run, String status, String reason) {
        Map<Field<?>, Object> claim = new HashMap<>();
        claim.put(INGEST_FILE.FILE_NAME, fileName);
        claim.put(INGEST_FILE.STATUS, status);
        claim.put(INGEST_FILE.REASON, reason);
        claim.put(INGEST_FILE.RUN_ID, run.runId());
        claim.put(INGEST_FILE.BUSINESS_DATE, run.businessDate());
        return claim;
    }

    /** The rows the files hold, as their inspection counted them; files never counted add none. */
    long expectedRows(List<Long> fileIds) {
        Long rows = dsl.select(DSL.sum(INGEST_FILE.ROWS_EXPECTED).cast(Long.class))
                .from(INGEST_FILE)
                .where(INGEST_FILE.FILE_ID.in(fileIds))
                .fetchOne(0, Long.class);
        return rows == null ? 0 : rows;
    }

    /** Adds one chunk's counts; runs in the chunk's transaction so a restart never counts twice. */
    void count(long fileId, LineCounts counts) {
        dsl.update(INGEST_FILE)
                .set(INGEST_FILE.ROWS_READ, INGEST_FILE.ROWS_READ.plus(counts.read()))
                .set(INGEST_FILE.ROWS_LOADED, INGEST_FILE.ROWS_LOADED.plus(counts.loaded()))
                .set(INGEST_FILE.ROWS_REJECTED, INGEST_FILE.ROWS_REJECTED.plus(counts.rejected()))
                .set(INGEST_FILE.DUPLICATE_IDS, INGEST_FILE.DUPLICATE_IDS.plus(counts.duplicateIds()))
                .where(INGEST_FILE.FILE_ID.eq(fileId))
                .execute();
    }

    /**
     * Notes a file in the inbox that no feed takes, once per run: whether it was new to the run,
     * so each is logged once however many intakes see it.
     */
    boolean recordUnclaimed(NightlyRun run, String fileName, long sizeBytes) {
        return dsl.insertInto(UNCLAIMED_FILE)
                .set(UNCLAIMED_FILE.RUN_ID, run.runId())
                .set(UNCLAIMED_FILE.FILE_NAME, fileName)
                .set(UNCLAIMED_FILE.SIZE_BYTES, sizeBytes)
                .set(UNCLAIMED_FILE.SEEN_AT, now())
                .onConflictDoNothing()
                .execute() == 1;
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
        // Its lines are all counted: what other files displaced of it is needed no more.
        dsl.deleteFrom(DISPLACED_KEY).where(DISPLACED_KEY.FILE_ID.eq(fileId)).execute();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
