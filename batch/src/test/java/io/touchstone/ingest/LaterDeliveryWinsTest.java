package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.sql.generated.tables.records.ResponseRecord;
import io.touchstone.sql.generated.tables.records.TargetRecord;
import io.touchstone.support.HeldLoad;
import io.touchstone.support.Inbox;
import io.touchstone.support.WarehouseTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Of two deliveries of a feed holding the same key, the later one's row stays, as when they
 * were loaded one after the other, though their partitions read and check side by side and their
 * merges may come in either order.
 */
class LaterDeliveryWinsTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);
    private static final String HEADER = "response_id,responded_at,brand,touchpoint,region,channel,customer_id,"
            + "nps,csat,ces,comment,language\n";

    @Autowired
    NightlyJobRunner runner;

    @Autowired
    ResponseSink responses;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void releaseTheLoad() {
        HeldLoad.release(dsl);
    }

    @Test
    void theLaterFilesRowStaysWhicheverFilesMergeComesFirst() throws Exception {
        // given two deliveries with response R9, the earlier one held in the middle of its first merge
        Inbox.deliver(inbox(), "responses_2026-10-30.csv", HEADER
                + "R0,2026-10-30T09:00:00Z,Northwind,store,London,email,C0,8,4,5,,en\n"
                + "R9,2026-10-30T10:00:00Z,Northwind,store,London,email,C9,0,1,1,First answer,en\n");
        Inbox.deliver(inbox(), "responses_2026-10-31.csv", HEADER
                + "R9,2026-10-31T10:00:00Z,Northwind,store,London,email,C9,10,5,7,Corrected answer,en\n");
        HeldLoad.atResponse(dsl, "R0");
        CompletableFuture<RunResult> going;
        try (HeldLoad held = HeldLoad.take(dataSource)) {
            going = CompletableFuture.supplyAsync(() -> runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out()));
            HeldLoad.awaitHeld(dsl);

            // when the later file's partition, read and checked beside it, has merged first or
            // waits for its turn
            awaitTheLaterFileMergedOrWaiting();
        }
        RunResult result = going.get(120, TimeUnit.SECONDS);

        // then the later file's R9 stayed, and each file counts its own lines
        assertThat(result.published()).isTrue();
        assertThat(dsl.select(RESPONSE.NPS, RESPONSE.COMMENT, INGEST_FILE.FILE_NAME).from(RESPONSE)
                .join(INGEST_FILE).on(INGEST_FILE.FILE_ID.eq(RESPONSE.FILE_ID))
                .where(RESPONSE.RESPONSE_ID.eq("R9")).fetchOne().intoList())
                .containsExactly((short) 10, "Corrected answer", "responses_2026-10-31.csv");
        assertThat(dsl.select(INGEST_FILE.FILE_NAME, INGEST_FILE.ROWS_LOADED, INGEST_FILE.DUPLICATE_IDS)
                .from(INGEST_FILE).orderBy(INGEST_FILE.FILE_NAME).fetch().map(row -> row.intoList()))
                .containsExactly(List.of("responses_2026-10-30.csv", 2L, 0L), List.of("responses_2026-10-31.csv", 1L, 0L));
    }

    @Test
    void anEarlierFilesResponseNeverReplacesALaterFilesOne() {
        // given R9 stored from the later of two files
        long earlier = file("responses", "responses_1.csv");
        long later = file("responses", "responses_2.csv");
        upsertInAChunk(response("R9", 10, later, 1));

        // when the earlier file's R9 arrives after it, then a corrected line of the later file
        upsertInAChunk(response("R9", 0, earlier, 5));
        assertThat(dsl.select(RESPONSE.NPS, RESPONSE.FILE_ID).from(RESPONSE).fetchOne().intoList())
                .containsExactly((short) 10, later);
        upsertInAChunk(response("R9", 7, later, 3));

        // then the later file's last line is the row
        assertThat(dsl.select(RESPONSE.NPS, RESPONSE.FILE_ID, RESPONSE.LINE_NO).from(RESPONSE).fetchOne().intoList())
                .containsExactly((short) 7, later, 3L);
    }

    @Test
    void anEarlierFilesTargetNeverReplacesALaterFilesOne() {
        // given a target stored from the later of two files
        long earlier = file("targets", "targets_1.csv");
        long later = file("targets", "targets_2.csv");
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        sink.upsert(List.of(target("35", later, 2)));

        // when the earlier file's target for the same period and metric arrives after it
        sink.upsert(List.of(target("30", earlier, 2)));

        // then the later file's target stays
        assertThat(dsl.selectFrom(TARGET).fetch())
                .extracting(row -> row.getTarget().stripTrailingZeros().toPlainString(), TargetRecord::getFileId)
                .containsExactly(tuple("35", later));
    }

    /** As a chunk does: the sink's staging table lives for one transaction. */
    private void upsertInAChunk(ResponseRecord row) {
        new TransactionTemplate(transactionManager).executeWithoutResult(chunk -> responses.upsert(List.of(row)));
    }

    /**
     * Until the later file's row is stored, or its merge waits for the lock a feed's merges take
     * turns by (in pg_locks, classid is the lock's first key).
     */
    private void awaitTheLaterFileMergedOrWaiting() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (dsl.fetch("select 1 from pg_locks where locktype = 'advisory' and not granted and classid = "
                + UpsertSink.ADVISORY_LOCKS).isEmpty()
                && dsl.fetchCount(RESPONSE.join(INGEST_FILE).on(INGEST_FILE.FILE_ID.eq(RESPONSE.FILE_ID)),
                        INGEST_FILE.FILE_NAME.eq("responses_2026-10-31.csv")) == 0) {
            assertThat(Instant.now()).as("the later file's partition waits to merge").isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private long file(String feed, String name) {
        return dsl.insertInto(INGEST_FILE)
                .set(INGEST_FILE.FEED, feed)
                .set(INGEST_FILE.FILE_NAME, name)
                .set(INGEST_FILE.CONTENT_SHA256, name)
                .set(INGEST_FILE.SIZE_BYTES, 100L)
                .set(INGEST_FILE.STATUS, "loading")
                .set(INGEST_FILE.RUN_ID, 1L)
                .set(INGEST_FILE.BUSINESS_DATE, BUSINESS_DATE)
                .set(INGEST_FILE.RECEIVED_AT, OffsetDateTime.of(2026, 10, 31, 6, 0, 0, 0, ZoneOffset.UTC))
                .returning(INGEST_FILE.FILE_ID)
                .fetchSingle()
                .getFileId();
    }

    private static ResponseRecord response(String id, int nps, long fileId, long lineNo) {
        ResponseRecord row = new ResponseRecord();
        row.setResponseId(id);
        row.setRespondedAt(OffsetDateTime.of(2026, 10, 30, 10, 0, 0, 0, ZoneOffset.UTC));
        row.setBrand("Northwind");
        row.setTouchpoint("store");
        row.setRegion("London");
        row.setChannel("email");
        row.setNps((short) nps);
        row.setLanguage("en");
        row.setFileId(fileId);
        row.setLineNo(lineNo);
        return row;
    }

    private static TargetRecord target(String value, long fileId, long lineNo) {
        TargetRecord row = new TargetRecord();
        row.setPeriod("2026-10");
        row.setMetric("NPS");
        row.setRegion("ALL");
        row.setTouchpoint("ALL");
        row.setTarget(new BigDecimal(value));
        row.setFileId(fileId);
        row.setLineNo(lineNo);
        return row;
    }
}
