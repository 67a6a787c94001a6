package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.FEED_WATERMARK;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.sql.generated.tables.records.IngestFileRecord;
import io.touchstone.support.Inbox;
import io.touchstone.support.SimulatedOutage;
import io.touchstone.support.SourceDatabase;
import io.touchstone.support.WarehouseTest;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The responses feed read from a CRM database (a second database on the test server) with an
 * incremental watermark: each run reads only what changed since the last run that completed, a
 * failed run leaves the watermark where it was, and a restarted run ends as a clean one.
 */
@TestPropertySource(properties = {
        "touchstone.ingest.chunk-size=2",
        "touchstone.feeds.responses.source=crm",
        "touchstone.feeds.responses.columns.nps=likelihood",
        "touchstone.feeds.responses.query=select id as response_id, answered_at as responded_at, brand, touchpoint,"
                + " region, nps as likelihood, remark as comment, updated_at from survey_answer"
                + " where updated_at > :last_watermark",
        "touchstone.sources.crm.user=postgres",
        "touchstone.sources.crm.password-env=CRM_PASSWORD"})
@Import(DatabaseFeedTest.CrmPassword.class)
class DatabaseFeedTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);

    @TestConfiguration
    static class CrmPassword {
        /** The test JVM's environment cannot be set; the source's password variable is looked up here. */
        @Bean
        @Primary
        EnvironmentVariables crmPasswordEnvironment() {
            return new EnvironmentVariables(Map.of("CRM_PASSWORD", SourceDatabase.password())::get);
        }
    }

    @DynamicPropertySource
    static void crm(DynamicPropertyRegistry registry) {
        registry.add("touchstone.sources.crm.url", SourceDatabase::jdbcUrl);
    }

    @Autowired
    NightlyJobRunner runner;

    @BeforeAll
    static void createTheCrm() {
        SourceDatabase.recreate();
    }

    @BeforeEach
    void anEmptySurveyTable() {
        SourceDatabase.execute("drop table if exists survey_answer", """
                create table survey_answer (
                    id text primary key, answered_at timestamp with time zone not null, brand text, touchpoint text,
                    region text, nps integer, remark text, updated_at timestamp with time zone not null)""");
    }

    @AfterEach
    void noOutage() {
        dsl.execute("drop trigger if exists simulated_outage on response");
        dsl.execute("drop trigger if exists kpi_outage on kpi_value");
    }

    private RunResult run() {
        return runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
    }

    private static void answer(String id, int nps, String updatedAt) {
        SourceDatabase.execute("insert into survey_answer values ('" + id + "', '2026-10-05T09:30:00+01:00',"
                + " 'Northwind', 'Delivery', 'London', " + nps + ", 'remark of " + id + "', '" + updatedAt + "')");
    }

    private static void fiveAnswers() {
        answer("R1", 9, "2026-10-05T10:00:00Z");
        answer("R2", 6, "2026-10-06T10:00:00Z");
        answer("R3", 10, "2026-10-07T10:00:00Z");
        answer("R4", 3, "2026-10-08T10:00:00Z");
        answer("R5", 8, "2026-10-09T10:00:00Z");
    }

    private OffsetDateTime committedWatermark() {
        return new FeedWatermarks(dsl).committed(Feed.RESPONSES, "crm");
    }

    private Map<String, Short> npsById() {
        return dsl.select(RESPONSE.RESPONSE_ID, RESPONSE.NPS).from(RESPONSE).fetchMap(RESPONSE.RESPONSE_ID, RESPONSE.NPS);
    }

    private IngestFileRecord readOf(RunResult run) {
        return dsl.selectFrom(INGEST_FILE).where(INGEST_FILE.RUN_ID.eq(run.runId())).fetchSingle();
    }

    @Test
    void theFirstRunReadsEveryRowAndTheNextOnlyWhatChanged() {
        // given five answers in the CRM
        fiveAnswers();

        // when the first run reads them
        RunResult first = run();

        // then all five land, the read is registered with its range and the watermark is the latest change
        assertThat(first.published()).as(first.failure()).isTrue();
        assertThat(npsById()).containsOnly(Map.entry("R1", (short) 9), Map.entry("R2", (short) 6),
                Map.entry("R3", (short) 10), Map.entry("R4", (short) 3), Map.entry("R5", (short) 8));
        assertThat(readOf(first)).satisfies(read -> {
            assertThat(read.getFeed()).isEqualTo("responses");
            assertThat(read.getFileName()).isEqualTo("crm:responses (updated_at from the beginning up to"
                    + " 2026-10-09T10:00Z)");
            assertThat(read.getStatus()).isEqualTo("loaded");
            assertThat(read.getRowsRead()).isEqualTo(5);
            assertThat(read.getRowsLoaded()).isEqualTo(5);
        });
        assertThat(dsl.selectFrom(RESPONSE).where(RESPONSE.RESPONSE_ID.eq("R1")).fetchSingle())
                .satisfies(r1 -> {
                    assertThat(r1.getComment()).isEqualTo("remark of R1");
                    assertThat(r1.getTouchpoint()).isEqualTo("delivery");
                    assertThat(r1.getRespondedAt().toInstant()).isEqualTo(OffsetDateTime.parse(
                            "2026-10-05T08:30:00Z").toInstant());
                });
        assertThat(committedWatermark()).isEqualTo(OffsetDateTime.parse("2026-10-09T10:00:00Z"));

        // when one answer is corrected and one added, and the next run reads
        SourceDatabase.execute("update survey_answer set nps = 0, updated_at = '2026-10-10T10:00:00Z' where id = 'R2'");
        answer("R6", 7, "2026-10-11T10:00:00Z");
        RunResult second = run();

        // then it read only those two: the correction replaced the old row, the new one was added
        assertThat(second.published()).as(second.failure()).isTrue();
        assertThat(readOf(second).getRowsRead()).isEqualTo(2);
        assertThat(readOf(second).getFileName()).isEqualTo("crm:responses (updated_at after 2026-10-09T10:00Z up to"
                + " 2026-10-11T10:00Z)");
        assertThat(npsById()).hasSize(6).containsEntry("R2", (short) 0).containsEntry("R6", (short) 7)
                .containsEntry("R1", (short) 9);
        assertThat(committedWatermark()).isEqualTo(OffsetDateTime.parse("2026-10-11T10:00:00Z"));

        // when nothing changed, then the next run reads nothing and keeps the watermark
        RunResult third = run();
        assertThat(third.published()).as(third.failure()).isTrue();
        assertThat(readOf(third).getRowsRead()).isZero();
        assertThat(readOf(third).getFileName()).endsWith("(updated_at after 2026-10-11T10:00Z, no rows)");
        assertThat(committedWatermark()).isEqualTo(OffsetDateTime.parse("2026-10-11T10:00:00Z"));
    }

    @Test
    void aRunThatFailsAfterItsIngestLeavesTheWatermarkAndTheNextRunReadsTheSameRows() {
        // given a first run that completed, and three changes since
        fiveAnswers();
        assertThat(run().published()).isTrue();
        answer("R6", 7, "2026-10-11T10:00:00Z");
        answer("R7", 2, "2026-10-12T10:00:00Z");
        SourceDatabase.execute("update survey_answer set nps = 1, updated_at = '2026-10-13T10:00:00Z' where id = 'R1'");

        // when the next run reads them and then fails computing the KPIs
        dsl.execute("""
                create or replace function kpi_outage() returns trigger language plpgsql as $$
                begin raise exception 'simulated outage while storing KPIs'; end $$""");
        dsl.execute("create trigger kpi_outage before insert or update or delete on kpi_value for each statement"
                + " execute function kpi_outage()");
        RunResult failed = run();

        // then its read is pending and the committed watermark is still the first run's
        assertThat(failed.published()).isFalse();
        assertThat(failed.failure()).contains("outcomeKpiStep");
        assertThat(readOf(failed).getRowsRead()).isEqualTo(3);
        assertThat(dsl.selectFrom(FEED_WATERMARK).where(FEED_WATERMARK.RUN_ID.eq(failed.runId())).fetchSingle())
                .satisfies(read -> {
                    assertThat(read.getStatus()).isEqualTo("pending");
                    assertThat(read.getHighest().toInstant()).isEqualTo("2026-10-13T10:00:00Z");
                    assertThat(read.getRowsRead()).isEqualTo(3);
                });
        assertThat(committedWatermark()).isEqualTo(OffsetDateTime.parse("2026-10-09T10:00:00Z"));

        // when the cause is fixed and the next run starts
        dsl.execute("drop trigger kpi_outage on kpi_value");
        RunResult next = run();

        // then it reads the same three rows again, and stores none of them twice
        assertThat(next.published()).as(next.failure()).isTrue();
        assertThat(readOf(next).getRowsRead()).isEqualTo(3);
        assertThat(readOf(next).getDuplicateIds()).isZero();
        assertThat(npsById()).hasSize(7).containsEntry("R1", (short) 1).containsEntry("R7", (short) 2);
        assertThat(committedWatermark()).isEqualTo(OffsetDateTime.parse("2026-10-13T10:00:00Z"));
    }

    @Test
    void aRunRestartedAfterFailingMidReadEndsAsACleanRunDoes() {
        // given the result of a clean run over five answers, one of them bad
        fiveAnswers();
        answer("R9", 11, "2026-10-09T11:00:00Z");
        assertThat(run().published()).isTrue();
        Snapshot clean = snapshot();
        emptyWarehouse();

        // when the warehouse fails while the third chunk of two rows is stored
        RunResult failed;
        try (SimulatedOutage outage = SimulatedOutage.onInserting(dsl, "R5")) {
            failed = run();
        }

        // then the run failed with the first chunks committed and nothing pending
        assertThat(failed.published()).isFalse();
        assertThat(failed.failure()).contains("ingestResponsesStep");
        assertThat(npsById()).containsOnlyKeys("R1", "R2", "R3", "R4");
        assertThat(dsl.fetchCount(FEED_WATERMARK)).isZero();

        // when it is restarted (its read starts over from the watermark its first attempt started after)
        RunResult restarted = runner.restart(failed.runId());

        // then it ends as the clean run did: same rows, same counts and rejects, same watermark
        assertThat(restarted.published()).as(restarted.failure()).isTrue();
        assertThat(snapshot()).isEqualTo(clean);
    }

    @Test
    void aBadRowIsRejectedWithItsRowNumberRawValuesAndReason() {
        // given answers of which the third (by watermark) has an nps of 11
        answer("R1", 9, "2026-10-05T10:00:00Z");
        answer("R2", 6, "2026-10-06T10:00:00Z");
        answer("R3", 11, "2026-10-07T10:00:00Z");

        // when the run reads them
        RunResult result = run();

        // then the bad row is kept as a file's line would be, its raw text in the query's columns, the
        // reason naming the contract's column as it does for a file with a mapped header
        assertThat(result.published()).as(result.failure()).isTrue();
        assertThat(npsById()).containsOnlyKeys("R1", "R2");
        assertThat(dsl.select(REJECT.LINE_NO, REJECT.FEED, REJECT.RAW_LINE, REJECT.REASON).from(REJECT).fetch()
                .map(Record::intoList))
                .containsExactly(List.of(3L, "responses",
                        "R3,2026-10-05T08:30Z,Northwind,Delivery,London,11,remark of R3,2026-10-07T10:00Z",
                        "nps must be a whole number 0-10, got '11'"));
        assertThat(readOf(result)).satisfies(read -> {
            assertThat(read.getHeader())
                    .isEqualTo("response_id,responded_at,brand,touchpoint,region,likelihood,comment,updated_at");
            assertThat(read.getRowsRejected()).isEqualTo(1);
        });
        // a rejected row still counts as read: the watermark moves past it, and a corrected row comes with a new one
        assertThat(committedWatermark()).isEqualTo(OffsetDateTime.parse("2026-10-07T10:00:00Z"));
    }

    @Test
    void filesOfAFeedReadFromADatabaseAreLeftInTheInbox() {
        // given an answer in the CRM and a responses file in the inbox
        answer("R1", 9, "2026-10-05T10:00:00Z");
        Inbox.deliver(inbox(), "responses_20261031.csv", "response_id,responded_at,brand,touchpoint\n"
                + "F1,2026-10-05,Northwind,web\n");

        // when the run reads the feed
        RunResult result = run();

        // then the database was read, the file left untouched where it was
        assertThat(result.published()).as(result.failure()).isTrue();
        assertThat(npsById()).containsOnlyKeys("R1");
        assertThat(Files.exists(inbox().resolve("responses_20261031.csv"))).isTrue();
        assertThat(dsl.select(INGEST_FILE.FILE_NAME).from(INGEST_FILE).fetch(INGEST_FILE.FILE_NAME))
                .containsExactly("crm:responses (updated_at from the beginning up to 2026-10-05T10:00Z)");
    }

    private Snapshot snapshot() {
        return new Snapshot(
                dsl.select(RESPONSE.RESPONSE_ID, RESPONSE.NPS, RESPONSE.COMMENT, RESPONSE.LINE_NO)
                        .from(RESPONSE).orderBy(RESPONSE.RESPONSE_ID).fetch().map(Record::toString),
                dsl.select(INGEST_FILE.FILE_NAME, INGEST_FILE.STATUS, INGEST_FILE.ROWS_READ, INGEST_FILE.ROWS_LOADED,
                        INGEST_FILE.ROWS_REJECTED, INGEST_FILE.DUPLICATE_IDS, INGEST_FILE.HEADER)
                        .from(INGEST_FILE).fetch().map(Record::toString),
                dsl.select(REJECT.LINE_NO, REJECT.RAW_LINE, REJECT.REASON).from(REJECT).orderBy(REJECT.LINE_NO).fetch()
                        .map(Record::toString),
                dsl.select(FEED_WATERMARK.READ_AFTER, FEED_WATERMARK.HIGHEST, FEED_WATERMARK.ROWS_READ,
                        FEED_WATERMARK.STATUS).from(FEED_WATERMARK).fetch().map(Record::toString));
    }

    private record Snapshot(List<String> responses, List<String> reads, List<String> rejects,
            List<String> watermarks) {
    }
}
