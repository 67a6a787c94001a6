package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.FOLLOWUP;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.INTERACTION;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.touchstone.sql.generated.tables.records.BenchmarkRecord;
import io.touchstone.sql.generated.tables.records.FollowupRecord;
import io.touchstone.sql.generated.tables.records.InteractionRecord;
import io.touchstone.sql.generated.tables.records.ResponseRecord;
import io.touchstone.sql.generated.tables.records.TargetRecord;
import io.touchstone.support.WarehouseTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpsertSinkTest extends WarehouseTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    private long fileId;

    @BeforeEach
    void aDeliveredFile() {
        fileId = deliveredFile("targets.csv", "0");
    }

    @Test
    void aCorrectedRowReplacesTheOldOneWithoutADuplicate() {
        // given
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        sink.upsert(List.of(target("NPS", "30", 2), target("CES", "5.5", 3)));

        // when
        sink.upsert(List.of(target("NPS", "35", 7)));

        // then
        assertThat(dsl.selectFrom(TARGET).orderBy(TARGET.METRIC).fetch())
                .extracting(TargetRecord::getMetric, row -> row.getTarget().stripTrailingZeros().toPlainString(),
                        TargetRecord::getLineNo)
                .containsExactly(tuple("CES", "5.5", 3L), tuple("NPS", "35", 7L));
    }

    @Test
    void aChunkOfNewKeysBesideStoredOnesInsertsTheNewAndReplacesTheStored() {
        // given a chunk of new keys only (merged as a plain insert), then one mixing new and stored
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        sink.upsert(List.of(target("NPS", "30", 2), target("CES", "5.5", 3)));

        // when
        sink.upsert(List.of(target("CSAT", "80", 4), target("NPS", "35", 5), target("CSAT", "82", 6)));

        // then
        assertThat(dsl.selectFrom(TARGET).orderBy(TARGET.METRIC).fetch())
                .extracting(TargetRecord::getMetric, row -> row.getTarget().stripTrailingZeros().toPlainString(),
                        TargetRecord::getLineNo)
                .containsExactly(tuple("CES", "5.5", 3L), tuple("CSAT", "82", 6L), tuple("NPS", "35", 5L));
    }

    @Test
    void ofTwoRowsWithOneKeyInAChunkTheLaterWins() {
        // given
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);

        // when
        sink.upsert(List.of(target("NPS", "30", 2), target("NPS", "31", 3)));

        // then
        assertThat(dsl.selectFrom(TARGET).fetchSingle().getLineNo()).isEqualTo(3L);
    }

    @Test
    void aChunkOfTenThousandBenchmarksIsUpserted() {
        // given more bind values than one PostgreSQL statement takes (12 columns a row)
        UpsertSink<BenchmarkRecord> sink = new UpsertSink<>(dsl, BENCHMARK);
        List<BenchmarkRecord> rows = IntStream.range(0, 10_000).mapToObj(this::benchmark).toList();

        // when
        sink.upsert(rows);
        sink.upsert(rows);

        // then
        assertThat(dsl.fetchCount(BENCHMARK)).isEqualTo(10_000);
    }

    @Test
    void aKeyAnEarlierLineOfTheSameFileHadIsCountedOnceInTheChunkAndAcrossChunks() {
        // given lines 2 and 3 repeat one key in the first chunk, line 9 repeats it in the next
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        Map<Long, Long> first = sink.upsert(List.of(target("NPS", "30", 2), target("NPS", "31", 3),
                target("CES", "5.5", 4)));

        // when
        Map<Long, Long> second = sink.upsert(List.of(target("NPS", "32", 9), target("CSAT", "80", 10)));

        // then
        assertThat(first).containsExactly(entry(fileId, 1L));
        assertThat(second).containsExactly(entry(fileId, 1L));
        assertThat(dsl.selectFrom(TARGET).where(TARGET.METRIC.eq("NPS")).fetchSingle().getTarget())
                .isEqualByComparingTo("32");
    }

    @Test
    void aFileLoadedAgainFromItsFirstLineDoesNotCountItsOwnEarlierAttempt() {
        // given an abandoned attempt stored lines 2-3
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        sink.upsert(List.of(target("NPS", "30", 2), target("CES", "5.5", 3)));

        // when the takeover loads the same lines again
        Map<Long, Long> again = sink.upsert(List.of(target("NPS", "30", 2), target("CES", "5.5", 3)));

        // then
        assertThat(again).isEmpty();
        assertThat(dsl.fetchCount(TARGET)).isEqualTo(2);
    }

    @Test
    void everyKindOfValueSurvivesTheCopyAsWritten() {
        // given text with the CSV format's own characters, an empty string, nulls, booleans, a
        // timestamp with an offset and a decimal that Java would print in exponent notation
        UpsertSink<InteractionRecord> sink = new UpsertSink<>(dsl, INTERACTION);
        InteractionRecord written = new InteractionRecord()
                .setInteractionId("I-1, \"quoted\"\nand a new line")
                .setCustomerId("")
                .setOpenedAt(OffsetDateTime.of(2026, 10, 31, 23, 59, 59, 123_000_000, ZoneOffset.ofHours(2)))
                .setClosedAt(null)
                .setChannel("chat")
                .setTouchpoint("Delivery")
                .setRegion("Île-de-France")
                .setWaitSeconds(0)
                .setHandleSeconds(null)
                .setFirstContactResolved(false)
                .setCallbackOffered(true)
                .setCsatBefore((short) 1)
                .setAgentTeam("Ops \\ Nord")
                .setFileId(fileId)
                .setLineNo(2L);

        // when
        sink.upsert(List.of(written));

        // then
        InteractionRecord stored = dsl.selectFrom(INTERACTION).fetchSingle();
        assertThat(stored.getInteractionId()).isEqualTo("I-1, \"quoted\"\nand a new line");
        assertThat(stored.getCustomerId()).isEmpty();
        assertThat(stored.getOpenedAt().toInstant()).isEqualTo(written.getOpenedAt().toInstant());
        assertThat(stored.getClosedAt()).isNull();
        assertThat(stored.getHandleSeconds()).isNull();
        assertThat(stored.getFirstContactResolved()).isFalse();
        assertThat(stored.getCallbackOffered()).isTrue();
        assertThat(stored.getRegion()).isEqualTo("Île-de-France");
        assertThat(stored.getAgentTeam()).isEqualTo("Ops \\ Nord");
    }

    @Test
    void anAmountIsStoredExactly() {
        // given 1E+3 is how BigDecimal prints a thousand scaled this way
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        TargetRecord thousand = target("REVENUE_AT_RISK", "0", 2).setTarget(new BigDecimal("1E+3"));

        // when
        sink.upsert(List.of(thousand));

        // then
        assertThat(dsl.selectFrom(TARGET).fetchSingle().getTarget()).isEqualByComparingTo("1000");
    }

    @Test
    void aRepeatIsCountedWhenALaterDeliveryLoadingBesideItCommittedTheKeyFirst() {
        // given the later file of the same run stored NPS before the earlier file's first NPS line
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        long later = anotherDeliveredFile();
        sink.upsert(List.of(target("NPS", "40", 2).setFileId(later)));
        Map<Long, Long> first = sink.upsert(List.of(target("NPS", "30", 2), target("CES", "5.5", 3)));

        // when the earlier file's next chunk repeats NPS
        Map<Long, Long> second = sink.upsert(List.of(target("NPS", "31", 9)));

        // then the later delivery's row stays, and the earlier file's repeat is counted
        assertThat(first).isEmpty();
        assertThat(second).containsExactly(entry(fileId, 1L));
        assertThat(dsl.selectFrom(TARGET).where(TARGET.METRIC.eq("NPS")).fetchSingle().getTarget())
                .isEqualByComparingTo("40");
    }

    @Test
    void aRepeatIsCountedWhenALaterDeliveryReplacedTheKeyBetweenTwoChunks() {
        // given the earlier file stored NPS, then the later file of the same run replaced it
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        long later = anotherDeliveredFile();
        sink.upsert(List.of(target("NPS", "30", 2)));
        sink.upsert(List.of(target("NPS", "40", 2).setFileId(later)));

        // when the earlier file's next chunk repeats NPS
        Map<Long, Long> again = sink.upsert(List.of(target("NPS", "31", 9)));

        // then
        assertThat(again).containsExactly(entry(fileId, 1L));
        assertThat(dsl.selectFrom(TARGET).where(TARGET.METRIC.eq("NPS")).fetchSingle().getTarget())
                .isEqualByComparingTo("40");
    }

    @Test
    void aRowOfAFileTheRegistryDoesNotHoldIsRefusedWithTheChunk() {
        // given
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        TargetRecord stray = target("NPS", "30", 2).setFileId(fileId + 1000);

        // when / then
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> sink.upsert(List.of(target("CES", "5.5", 3), stray)))
                .withMessageContaining("file ids [" + (fileId + 1000) + "]");
        assertThat(dsl.fetchCount(TARGET)).isZero();
    }

    @Test
    void aChunkLooksUpTheStoredRowsByKeyInsteadOfReadingTheWholeTable() {
        // given ten thousand stored benchmarks
        UpsertSink<BenchmarkRecord> sink = new UpsertSink<>(dsl, BENCHMARK);
        sink.upsert(IntStream.range(0, 10_000).mapToObj(this::benchmark).toList());

        // when a chunk of a hundred rows, half of them stored already, is loaded
        TableScans scans = scansOfBenchmarksWhile(
                () -> sink.upsert(IntStream.range(9_950, 10_050).mapToObj(this::benchmark).toList()));

        // then no statement of the chunk read the table from end to end: a join the planner
        // turned into hashing every stored row for each chunk made loading quadratic
        assertThat(scans.sequential()).isZero();
        assertThat(scans.index()).isPositive();
        assertThat(dsl.fetchCount(BENCHMARK)).isEqualTo(10_050);
    }

    @Test
    void aChunkOfNewKeysIsInsertedWithoutLookingUpEachKeyFirst() {
        // given ten thousand stored benchmarks
        UpsertSink<BenchmarkRecord> sink = new UpsertSink<>(dsl, BENCHMARK);
        sink.upsert(IntStream.range(0, 10_000).mapToObj(this::benchmark).toList());

        // when a chunk of a hundred new keys is loaded
        TableScans scans = scansOfBenchmarksWhile(
                () -> sink.upsert(IntStream.range(10_000, 10_100).mapToObj(this::benchmark).toList()));

        // then the primary key's own check on insert was the only look-up: probing each key in the
        // index first would have counted one index scan per staged row
        assertThat(scans.index()).isZero();
        assertThat(scans.sequential()).isZero();
        assertThat(dsl.fetchCount(BENCHMARK)).isEqualTo(10_100);
    }

    @Test
    void aChunkOfNewKeysGoesStraightIntoTheTableAndOneRepeatingAKeyThroughTheStage() {
        // given stored benchmarks
        UpsertSink<BenchmarkRecord> sink = new UpsertSink<>(dsl, BENCHMARK);
        sink.upsert(IntStream.range(0, 100).mapToObj(this::benchmark).toList());

        // when a chunk of new keys is loaded, then one of new keys holding one of them twice
        TableScans fresh = scansOfBenchmarksWhile(
                () -> sink.upsert(IntStream.range(100, 200).mapToObj(this::benchmark).toList()));
        TableScans repeating = scansOfBenchmarksWhile(() -> sink.upsert(List.of(benchmark(200), benchmark(201),
                benchmark(200).setLineNo(500L))));

        // then the first never touched the stage; the second was found repeating in memory, staged,
        // and inserted as new keys without a look-up of the table (a repeat missed in memory would
        // have failed the copy and sent the chunk through the probe's look-ups)
        assertThat(fresh.staged()).isZero();
        assertThat(repeating.staged()).isEqualTo(3);
        assertThat(repeating.index()).isZero();
        assertThat(dsl.fetchCount(BENCHMARK)).isEqualTo(202);
        assertThat(dsl.select(BENCHMARK.LINE_NO).from(BENCHMARK).where(BENCHMARK.BRAND.eq("Competitor 200")).fetchOne(
                BENCHMARK.LINE_NO)).isEqualTo(500L);
    }

    @Test
    void twoKeysWithTheSameHashAreNotTakenForARepeat() {
        // given two brands whose names hash alike ("Aa" and "BB"), so their keys do
        UpsertSink<BenchmarkRecord> sink = new UpsertSink<>(dsl, BENCHMARK);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

        // when
        TableScans scans = scansOfBenchmarksWhile(
                () -> sink.upsert(List.of(benchmark(1).setBrand("Aa"), benchmark(2).setBrand("BB"))));

        // then both went straight into the table
        assertThat(scans.staged()).isZero();
        assertThat(dsl.select(BENCHMARK.BRAND).from(BENCHMARK).orderBy(BENCHMARK.BRAND).fetch(BENCHMARK.BRAND))
                .containsExactly("Aa", "BB");
    }

    @Test
    void aChunkOfNewKeysFromTwoFilesCountsEachFilesOwnRepeats() {
        // given
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        long later = anotherDeliveredFile();

        // when one chunk holds NPS twice from the first file and CSAT three times from the later one
        Map<Long, Long> repeats = sink.upsert(List.of(target("NPS", "30", 2), target("NPS", "31", 3),
                target("CES", "5.5", 4), target("CSAT", "80", 2).setFileId(later),
                target("CSAT", "81", 3).setFileId(later), target("CSAT", "82", 4).setFileId(later)));

        // then
        assertThat(repeats).containsOnly(entry(fileId, 1L), entry(later, 2L));
        assertThat(dsl.selectFrom(TARGET).orderBy(TARGET.METRIC).fetch())
                .extracting(TargetRecord::getMetric, row -> row.getTarget().stripTrailingZeros().toPlainString())
                .containsExactly(tuple("CES", "5.5"), tuple("CSAT", "82"), tuple("NPS", "31"));
    }

    @Test
    void oneInstantWrittenAtTwoOffsetsInAChunkIsOneKeyRepeatedOnce() {
        // given a follow-up whose action time is the same instant written in UTC and in CET
        UpsertSink<FollowupRecord> sink = new UpsertSink<>(dsl, FOLLOWUP);
        OffsetDateTime utc = OffsetDateTime.of(2026, 10, 12, 9, 0, 0, 0, ZoneOffset.UTC);
        FollowupRecord first = followup(utc, "Ann", 2);
        FollowupRecord again = followup(utc.withOffsetSameInstant(ZoneOffset.ofHours(1)), "Bob", 3);

        // when
        Map<Long, Long> repeats = sink.upsert(List.of(first, again));

        // then the database's key, not Java's equality, decides: one row, the later line's
        assertThat(repeats).containsExactly(entry(fileId, 1L));
        assertThat(dsl.selectFrom(FOLLOWUP).fetch()).extracting(FollowupRecord::getOwner, FollowupRecord::getLineNo)
                .containsExactly(tuple("Bob", 3L));
    }

    @Test
    void aChunkRepeatingAKeyAfterChunksOfNewKeysKeepsItsLaterLineAndCountsTheRepeat() {
        // given two chunks of new keys
        UpsertSink<TargetRecord> sink = new UpsertSink<>(dsl, TARGET);
        sink.upsert(List.of(target("NPS", "30", 2)));
        sink.upsert(List.of(target("CES", "5.5", 3)));

        // when the next chunk holds new keys, one of them twice
        Map<Long, Long> repeats = sink.upsert(List.of(target("CSAT", "80", 4), target("FCR", "70", 5),
                target("CSAT", "81", 6)));

        // then
        assertThat(repeats).containsExactly(entry(fileId, 1L));
        assertThat(dsl.selectFrom(TARGET).orderBy(TARGET.METRIC).fetch())
                .extracting(TargetRecord::getMetric, TargetRecord::getLineNo)
                .containsExactly(tuple("CES", 3L), tuple("CSAT", 6L), tuple("FCR", 5L), tuple("NPS", 2L));
    }

    @Test
    void aChunkBrokenOtherwiseThanByAStoredKeyFailsWhole() {
        // given a row the table's own check refuses (the loader's validators keep such rows out)
        UpsertSink<ResponseRecord> sink = new UpsertSink<>(dsl, RESPONSE);
        ResponseRecord outOfScale = response("R-2", 2).setNps((short) 11);

        // when / then the failure is not taken for a stored key: nothing is stored, the chunk fails
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> sink.upsert(List.of(response("R-1", 1), outOfScale)))
                .withMessageContaining("response_nps_ck");
        assertThat(dsl.fetchCount(RESPONSE)).isZero();
    }

    @Test
    void aLoadedTableIsVacuumedAndAnalyzedForTheQueriesThatFollow() {
        // given
        UpsertSink<BenchmarkRecord> sink = new UpsertSink<>(dsl, BENCHMARK);
        sink.upsert(IntStream.range(0, 2_000).mapToObj(this::benchmark).toList());
        Record2<Long, Long> before = maintenanceOf("benchmark");

        // when
        sink.loaded();

        // then PostgreSQL counts a vacuum and an analyze asked for (not autovacuum's) and knows the rows
        Record2<Long, Long> after = maintenanceOf("benchmark");
        assertThat(after.value1()).isEqualTo(before.value1() + 1);
        assertThat(after.value2()).isEqualTo(before.value2() + 1);
        assertThat(dsl.fetchValue("select reltuples::bigint from pg_class where oid = 'benchmark'::regclass"))
                .isEqualTo(2_000L);
    }

    @Test
    void aTableWithoutPrimaryKeyIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UpsertSink<>(dsl, DSL.table("staging")))
                .withMessageContaining("no primary key");
    }

    /** The benchmark table's sequential and index scans, and the rows its stage took in. */
    private record TableScans(long sequential, long index, long staged) {
    }

    /**
     * The scans of the benchmark table that {@code load} made: the connection's own counts before
     * and after it, in one transaction around it (the chunk joins it). The server's cumulative
     * counters are shared with every other test and each connection reports to them up to seconds
     * late; a connection's own counts move only with its own statements while a transaction is open.
     */
    private TableScans scansOfBenchmarksWhile(Runnable load) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            TableScans before = ownScansOfBenchmarks();
            load.run();
            TableScans after = ownScansOfBenchmarks();
            return new TableScans(after.sequential() - before.sequential(), after.index() - before.index(),
                    after.staged() - before.staged());
        });
    }

    private TableScans ownScansOfBenchmarks() {
        Record3<Long, Long, Long> counts = dsl.resultQuery(
                        "select coalesce(sum(seq_scan) filter (where relname = 'benchmark'), 0) as seq_scan,"
                                + " coalesce(sum(idx_scan) filter (where relname = 'benchmark'), 0) as idx_scan,"
                                + " coalesce(sum(n_tup_ins) filter (where relname = 'benchmark_stage'), 0) as staged"
                                + " from pg_stat_xact_all_tables where relname in ('benchmark', 'benchmark_stage')")
                .coerce(DSL.field("seq_scan", Long.class), DSL.field("idx_scan", Long.class),
                        DSL.field("staged", Long.class))
                .fetchSingle();
        return new TableScans(counts.value1(), counts.value2(), counts.value3());
    }

    /** A later delivery of the same run, still loading. */
    private long anotherDeliveredFile() {
        return deliveredFile("targets_later.csv", "1");
    }

    private long deliveredFile(String name, String hashDigit) {
        return dsl.insertInto(INGEST_FILE)
                .set(INGEST_FILE.FEED, "targets")
                .set(INGEST_FILE.FILE_NAME, name)
                .set(INGEST_FILE.CONTENT_SHA256, hashDigit.repeat(64))
                .set(INGEST_FILE.SIZE_BYTES, 100L)
                .set(INGEST_FILE.STATUS, "loading")
                .set(INGEST_FILE.RUN_ID, 1L)
                .set(INGEST_FILE.BUSINESS_DATE, LocalDate.of(2026, 10, 31))
                .set(INGEST_FILE.RECEIVED_AT, OffsetDateTime.of(2026, 10, 31, 6, 0, 0, 0, ZoneOffset.UTC))
                .returning(INGEST_FILE.FILE_ID)
                .fetchSingle()
                .getFileId();
    }

    private TargetRecord target(String metric, String value, long lineNo) {
        return new TargetRecord()
                .setPeriod("2026-10")
                .setMetric(metric)
                .setRegion("ALL")
                .setTouchpoint("ALL")
                .setTarget(new BigDecimal(value))
                .setFileId(fileId)
                .setLineNo(lineNo);
    }

    private BenchmarkRecord benchmark(int competitor) {
        return new BenchmarkRecord()
                .setPeriod("2026-10")
                .setPeriodStart(LocalDate.of(2026, 10, 1))
                .setPeriodEnd(LocalDate.of(2026, 10, 31))
                .setBrand("Competitor " + competitor)
                .setRegion("ALL")
                .setTouchpoint("ALL")
                .setMetric("NPS")
                .setValue(BigDecimal.valueOf(competitor % 200 - 100))
                .setSampleSize(400)
                .setFileId(fileId)
                .setLineNo(competitor + 2L);
    }

    private FollowupRecord followup(OffsetDateTime at, String owner, long lineNo) {
        return new FollowupRecord()
                .setResponseId("R-1")
                .setAction("contacted")
                .setActionAt(at)
                .setOwner(owner)
                .setFileId(fileId)
                .setLineNo(lineNo);
    }

    private ResponseRecord response(String id, long lineNo) {
        return new ResponseRecord()
                .setResponseId(id)
                .setRespondedAt(OffsetDateTime.of(2026, 10, 12, 9, 0, 0, 0, ZoneOffset.UTC))
                .setBrand("Acme")
                .setTouchpoint("Delivery")
                .setRegion("North")
                .setNps((short) 9)
                .setLanguage("en")
                .setFileId(fileId)
                .setLineNo(lineNo);
    }
}
