package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.TARGET;
import static io.touchstone.sql.generated.Tables.UNCLAIMED_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.length;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.sql.generated.tables.records.IngestFileRecord;
import io.touchstone.sql.generated.tables.records.RejectRecord;
import io.touchstone.support.Inbox;
import io.touchstone.support.SimulatedOutage;
import io.touchstone.support.WarehouseTest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Issue 9: no value, row or file a sender gets wrong stops the run, and each says what was wrong. */
@TestPropertySource(properties = "touchstone.ingest.chunk-size=3")
class BadInputIngestTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);
    private static final String HEADER = "response_id,responded_at,brand,touchpoint,nps\n";

    @Autowired
    NightlyJobRunner runner;

    private RunResult run() {
        RunResult result = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        assertThat(result.published()).as(String.valueOf(result.failure())).isTrue();
        return result;
    }

    private static String rows(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "X-" + i + ",2026-10-15,Northwind,store,8\n")
                .collect(Collectors.joining());
    }

    private List<RejectRecord> rejects() {
        return dsl.selectFrom(REJECT).orderBy(REJECT.FILE_ID, REJECT.LINE_NO).fetch();
    }

    @Test
    void aStrayQuoteInANumericColumnRejectsOneRowAndLoadsTheRest() {
        // given the good row X-1, then X-2 whose nps opens a quote that never closes
        Inbox.deliver(inbox(), "responses_q.csv", HEADER + rows(1, 1) + "X-2,2026-10-15,Northwind,store,\"8\n"
                + rows(3, 300));

        // when
        run();

        // then
        assertThat(dsl.fetchCount(RESPONSE)).isEqualTo(299);
        assertThat(dsl.fetchCount(RESPONSE, RESPONSE.RESPONSE_ID.eq("X-2"))).isZero();
        assertThat(dsl.select(RESPONSE.LINE_NO).from(RESPONSE).where(RESPONSE.RESPONSE_ID.eq("X-300")).fetchSingle()
                .value1()).as("swallowed rows keep their own line numbers").isEqualTo(301L);
        assertThat(rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.getLineNo()).isEqualTo(3L);
            assertThat(reject.getReason()).isEqualTo("nps holds a line break, so the quote that opens it on line 3 is a"
                    + " stray one: it swallowed lines 4-301, which were read again as rows of their own; remove the"
                    + " quote and send this row again");
            assertThat(reject.getRule()).isEqualTo("nps holds a line break: a stray quote swallowed the lines after it");
            assertThat(reject.getRawLine()).isEqualTo("X-2,2026-10-15,Northwind,store,8");
        });
        assertThat(dsl.selectFrom(INGEST_FILE).fetchSingle())
                .extracting(IngestFileRecord::getStatus, IngestFileRecord::getRowsLoaded, IngestFileRecord::getRowsRejected)
                .containsExactly("loaded", 299L, 1L);
    }

    @Test
    void aLineBreakInAWorkbookCellIsTheCellsTextNotAStrayQuote() throws IOException {
        // given
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(inbox().resolve("targets_lines.xlsx"))) {
            Sheet sheet = workbook.createSheet("targets");
            String[][] cells = {{"period", "metric", "region", "target"}, {"2026", "NPS", "North\nWest", "30"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
        }

        // when
        run();

        // then
        assertThat(rejects()).isEmpty();
        assertThat(dsl.select(TARGET.REGION).from(TARGET).fetchSingle().value1()).isEqualTo("North\nWest");
    }

    @Test
    void aValueOfFiveThousandCharactersIsRejectedWithAShortQuotedReasonAndItsRule() {
        // given
        String longNps = "9".repeat(5_000);
        Inbox.deliver(inbox(), "responses_long.csv", HEADER + rows(1, 2) + "X-3,2026-10-15,Northwind,store," + longNps
                + "\n" + rows(4, 5));

        // when
        run();

        // then
        assertThat(dsl.fetchCount(RESPONSE)).isEqualTo(4);
        assertThat(rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.getReason()).isEqualTo("nps must be a whole number 0-10, got '" + "9".repeat(100)
                    + "…' (5,000 characters)");
            assertThat(reject.getRule()).isEqualTo("nps must be a whole number 0-10");
            assertThat(reject.getRawLine()).as("stored in full").endsWith(longNps);
        });
    }

    @Test
    void anOverLongBrandRegionOrIdIsRejectedNamingTheColumnAndItsLimit() {
        // given
        String header = "response_id,responded_at,brand,touchpoint,region,nps,comment\n";
        String longText = "W".repeat(300);
        String megabyteComment = "A long story. ".repeat(80_000).strip();
        Inbox.deliver(inbox(), "responses_wide.csv", header
                + "Y-1,2026-10-15," + longText + ",store,London,8,\n"
                + "Y-2,2026-10-15,Northwind,store," + longText + ",8,\n"
                + longText + ",2026-10-15,Northwind,store,London,8,\n"
                + "Y-4,2026-10-15,Northwind," + "İ".repeat(100) + ",London,8,\n"
                + "Y-5,2026-10-15,Northwind,store,London,8," + megabyteComment + "\n");
        Inbox.deliver(inbox(), "posts_wide.csv", "post_id,posted_at,source,brand,text\n"
                + "P-1,2026-10-15,social," + longText + ",Nice\n");

        // when
        run();

        // then
        // (the two feeds load side by side, so which file was registered first is not fixed)
        List<RejectRecord> responses = rejects().stream().filter(reject -> reject.getFeed().equals("responses"))
                .toList();
        assertThat(responses).extracting(RejectRecord::getRule).containsExactly(
                "brand is longer than 128 characters",
                "region is longer than 128 characters",
                "response_id is longer than 256 characters",
                "touchpoint is longer than 128 characters");
        assertThat(rejects()).filteredOn(reject -> reject.getFeed().equals("posts"))
                .extracting(RejectRecord::getRule).containsExactly("brand is longer than 128 characters");
        assertThat(responses.get(0).getReason()).isEqualTo("brand is longer than 128 characters, got '"
                + "W".repeat(100) + "…' (300 characters)");
        assertThat(dsl.select(RESPONSE.RESPONSE_ID, RESPONSE.COMMENT).from(RESPONSE).fetchSingle())
                .as("a comment may be of any length").satisfies(row -> {
                    assertThat(row.value1()).isEqualTo("Y-5");
                    assertThat(row.value2()).isEqualTo(megabyteComment);
                });
    }

    @Test
    void aFileNoFeedTakesIsRecordedOnceAndLeftInPlace() {
        // given files no feed takes beside responses whose load fails mid-way
        Inbox.deliver(inbox(), "survey_responses.csv", HEADER + rows(1, 2));
        Inbox.deliver(inbox(), "responses_export.xlsx", "not really a workbook");
        Inbox.deliver(inbox(), "responses_a.csv", HEADER + rows(1, 10));
        RunResult failed;
        try (SimulatedOutage outage = SimulatedOutage.onInserting(dsl, "X-8")) {
            failed = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        }
        assertThat(failed.published()).isFalse();

        // when
        RunResult restarted = runner.restart(failed.runId());

        // then
        assertThat(restarted.published()).as(String.valueOf(restarted.failure())).isTrue();
        assertThat(dsl.select(UNCLAIMED_FILE.RUN_ID, UNCLAIMED_FILE.FILE_NAME, UNCLAIMED_FILE.SIZE_BYTES)
                .from(UNCLAIMED_FILE).orderBy(UNCLAIMED_FILE.FILE_NAME).fetch().map(row -> row.intoList()))
                .containsExactly(
                        List.of(failed.runId(), "responses_export.xlsx", 21L),
                        List.of(failed.runId(), "survey_responses.csv", (long) (HEADER + rows(1, 2)).length()));
        assertThat(inbox().resolve("survey_responses.csv")).exists();
        assertThat(inbox().resolve("responses_export.xlsx")).exists();
        assertThat(dsl.fetchCount(RESPONSE)).isEqualTo(10);
    }

    @Test
    void farFutureAndFarPastTimestampsAreRejectedWithTheWindowInTheReason() {
        // given the business date 2026-10-31 and the default window of 20 years back, 2 days ahead
        Inbox.deliver(inbox(), "responses_dates.csv", HEADER
                + "T-1,9999-12-31,Northwind,store,8\n"
                + "T-2,0001-01-01T00:00:00Z,Northwind,store,8\n"
                + "T-3,2026-11-02T23:59:59Z,Northwind,store,8\n"
                + "T-4,2026-11-03,Northwind,store,8\n"
                + "T-5,2006-10-31,Northwind,store,8\n");
        Inbox.deliver(inbox(), "employee_dates.csv", "feedback_id,submitted_at,text\nE-1,9999-12-31,Too many forms\n");

        // when
        run();

        // then
        assertThat(dsl.select(RESPONSE.RESPONSE_ID).from(RESPONSE).orderBy(RESPONSE.RESPONSE_ID).fetch(RESPONSE.RESPONSE_ID))
                .containsExactly("T-3", "T-5");
        assertThat(rejects()).extracting(RejectRecord::getReason).containsExactly(
                "responded_at 9999-12-31 is more than 2 days after the business date 2026-10-31"
                        + " (touchstone.ingest.oldest and .newest set the window)",
                "responded_at 0001-01-01T00:00:00Z is more than 20 years before the business date 2026-10-31"
                        + " (touchstone.ingest.oldest and .newest set the window)",
                "responded_at 2026-11-03 is more than 2 days after the business date 2026-10-31"
                        + " (touchstone.ingest.oldest and .newest set the window)",
                "submitted_at 9999-12-31 is more than 2 days after the business date 2026-10-31"
                        + " (touchstone.ingest.oldest and .newest set the window)");
        assertThat(rejects()).extracting(RejectRecord::getRule).containsExactly(
                "responded_at is more than 2 days after the business date",
                "responded_at is more than 20 years before the business date",
                "responded_at is more than 2 days after the business date",
                "submitted_at is more than 2 days after the business date");
    }

    @Test
    void aTruncatedGzipAndASemicolonFileAreQuarantinedWithThoseReasons() throws IOException {
        // given
        Path whole = Inbox.deliverGzip(inbox(), "responses_whole.csv.gz", HEADER + rows(1, 5_000));
        byte[] gzip = Files.readAllBytes(whole);
        Files.delete(whole);
        Inbox.deliver(inbox(), "responses_cut.csv.gz", Arrays.copyOf(gzip, gzip.length / 2));
        Inbox.deliver(inbox(), "responses_semicolons.csv", HEADER.replace(',', ';') + rows(1, 3).replace(',', ';'));

        // when
        run();

        // then
        assertThat(dsl.fetchCount(RESPONSE)).isZero();
        assertThat(dsl.select(INGEST_FILE.FILE_NAME, INGEST_FILE.STATUS, INGEST_FILE.REASON).from(INGEST_FILE)
                .orderBy(INGEST_FILE.FILE_NAME).fetch().map(row -> row.intoList()))
                .containsExactly(
                        List.of("responses_cut.csv.gz", "quarantined",
                                "gzip data ends early (truncated download?); send the file again"),
                        List.of("responses_semicolons.csv", "quarantined",
                                "separator is ';', expected ','; export the file again as CSV with commas"));
        assertThat(HOME.resolve("quarantine/responses_cut.csv.gz.reason.txt")).content(StandardCharsets.UTF_8)
                .contains("truncated download");
    }

    @Test
    void aFieldOverSixteenMegabytesDoesNotQuarantineItsFile() throws IOException {
        // given a comment of 17 Mi characters, written as it streams, between two ordinary rows
        int length = 17 * 1024 * 1024;
        Path file = inbox().resolve("responses_huge.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("response_id,responded_at,brand,touchpoint,nps,comment\n");
            out.write("H-1,2025-01-15,Contoso,store,8,short\n");
            out.write("H-2,2025-01-15,Contoso,store,8,\"");
            String words = "slow again ";
            for (int written = 0; written < length; written += words.length()) {
                out.write(words);
            }
            out.write("\"\nH-3,2025-01-15,Contoso,store,9,\n");
        }

        // when
        run();

        // then
        assertThat(dsl.selectFrom(INGEST_FILE).fetchSingle().getStatus()).isEqualTo("loaded");
        assertThat(dsl.select(RESPONSE.RESPONSE_ID).from(RESPONSE).orderBy(RESPONSE.RESPONSE_ID).fetch(RESPONSE.RESPONSE_ID))
                .containsExactly("H-1", "H-2", "H-3");
        assertThat(dsl.select(length(RESPONSE.COMMENT)).from(RESPONSE)
                .where(RESPONSE.RESPONSE_ID.eq("H-2")).fetchSingle().value1()).isGreaterThan(16 * 1024 * 1024);
    }

    @Test
    void duplicateIdsInOneDeliveryAreCountedAndTheLastRowWins() {
        // given R-1 on lines 2, 5 and 9 (three chunks of three lines), R-2 twice in the first chunk
        Inbox.deliver(inbox(), "responses_dupes.csv", HEADER
                + "R-1,2026-10-15,Northwind,store,1\n"
                + "R-2,2026-10-15,Northwind,store,2\n"
                + "R-2,2026-10-15,Northwind,store,3\n"
                + "R-1,2026-10-15,Northwind,store,4\n"
                + "R-3,2026-10-15,Northwind,store,5\n"
                + "R-4,2026-10-15,Northwind,store,6\n"
                + "R-5,2026-10-15,Northwind,store,7\n"
                + "R-1,2026-10-15,Northwind,store,10\n");
        Inbox.deliver(inbox(), "posts_dupes.csv", "post_id,posted_at,source,brand,text\n"
                + "P-1,2026-10-15,social,Contoso,first\n"
                + "P-2,2026-10-15,social,Contoso,other\n"
                + "P-3,2026-10-15,social,Contoso,other\n"
                + "P-1,2026-10-15,social,Contoso,last\n");
        Inbox.deliver(inbox(), "responses_other.csv", HEADER + "R-1,2026-10-16,Northwind,store,9\n");

        // when
        run();

        // then
        assertThat(dsl.select(INGEST_FILE.FILE_NAME, INGEST_FILE.DUPLICATE_IDS).from(INGEST_FILE)
                .orderBy(INGEST_FILE.FILE_NAME).fetch().map(row -> row.intoList()))
                .containsExactly(List.of("posts_dupes.csv", 1L), List.of("responses_dupes.csv", 3L),
                        List.of("responses_other.csv", 0L));
        assertThat(dsl.select(RESPONSE.NPS).from(RESPONSE).where(RESPONSE.RESPONSE_ID.eq("R-2")).fetchSingle().value1())
                .isEqualTo((short) 3);
        assertThat(dsl.select(POST.TEXT).from(POST).where(POST.POST_ID.eq("P-1")).fetchSingle().value1())
                .isEqualTo("last");
    }
}
