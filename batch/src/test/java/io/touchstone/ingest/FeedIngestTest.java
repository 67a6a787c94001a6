package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.run.StepProgress;
import io.touchstone.period.PeriodKind;
import io.touchstone.sql.generated.tables.records.ResponseRecord;
import io.touchstone.sql.generated.tables.records.TargetRecord;
import io.touchstone.support.Inbox;
import io.touchstone.support.WarehouseTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.Record2;
import org.jooq.Record3;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {
        "touchstone.feeds.responses.columns.nps=Likelihood to recommend",
        "touchstone.ingest.chunk-size=3"})
class FeedIngestTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);
    private static final String HEADER = "response_id,responded_at,brand,touchpoint,region,channel,customer_id,"
            + "Likelihood to recommend,csat,ces,comment,language\n";

    @Autowired
    NightlyJobRunner runner;

    private RunResult run() {
        return runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
    }

    @Autowired
    JobRepository jobRepository;

    @Test
    void eachFilesPartitionKnowsTheRowsItWillReadSoItsProgressCanTellTheTimeLeft() {
        // given two deliveries of 3 and 2 rows
        Inbox.deliver(inbox(), "responses_a.csv", HEADER
                + "R1,2026-10-05,Northwind,Delivery,London,email,C1,9,,,,\n"
                + "R2,2026-10-06,Northwind,store,London,,,3,,,,\n"
                + "R3,2026-10-07,Northwind,web,London,web,,8,,,,\n");
        Inbox.deliver(inbox(), "responses_b.csv", HEADER
                + "R4,2026-10-05,Northwind,Delivery,London,email,C1,9,,,,\n"
                + "R5,2026-10-06,Northwind,store,London,,,3,,,,\n");

        // when
        RunResult result = run();

        // then
        assertThat(dsl.select(INGEST_FILE.FILE_NAME, INGEST_FILE.ROWS_EXPECTED).from(INGEST_FILE)
                .where(INGEST_FILE.FEED.eq("responses")).orderBy(INGEST_FILE.FILE_NAME).fetch().map(Record2::intoList))
                .containsExactly(List.of("responses_a.csv", 3L), List.of("responses_b.csv", 2L));
        JobExecution execution = jobRepository.getLastJobExecution(jobRepository.getJobInstance(result.runId()));
        assertThat(execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("ingestResponsesStep:partition"))
                .map(step -> step.getExecutionContext().getLong(StepProgress.TOTAL_ROWS))
                .sorted().toList())
                .containsExactly(2L, 3L);
    }

    @Test
    void aFeedsTableIsVacuumedAndAnalyzedOnceItsStepHasLoadedItsFiles() {
        // given two deliveries, loaded in two partitions of two chunks each
        Inbox.deliver(inbox(), "responses_a.csv", HEADER
                + "R1,2026-10-05,Northwind,Delivery,London,email,C1,9,,,,\n"
                + "R2,2026-10-06,Northwind,store,London,,,3,,,,\n"
                + "R3,2026-10-07,Northwind,web,London,web,,8,,,,\n"
                + "R4,2026-10-08,Northwind,web,London,web,,7,,,,\n");
        Inbox.deliver(inbox(), "responses_b.csv", HEADER
                + "R5,2026-10-05,Northwind,Delivery,London,email,C1,9,,,,\n");
        long vacuums = maintenanceOf("response").value1();
        long analyzes = maintenanceOf("response").value2();

        // when
        RunResult result = run();

        // then once for the step, not per chunk or partition, so the KPI queries plan for the rows just loaded
        assertThat(result.published()).as(String.valueOf(result.failure())).isTrue();
        assertThat(maintenanceOf("response").value1()).isEqualTo(vacuums + 1);
        assertThat(maintenanceOf("response").value2()).isEqualTo(analyzes + 1);
    }

    @Test
    void validRowsLandWithDefaultsAndTheFileIsArchived() {
        // given
        Inbox.deliver(inbox(), "responses_20261031.csv", HEADER
                + "R1,2026-10-05T09:30:00+01:00,Northwind,Delivery,,email,C1,9,5,6,Quick and friendly,\n"
                + "R2,2026-10-06,Northwind,store,London,,,3,,,,fr\n"
                + "R3,2026-10-07T12:00:00Z,Northwind,web,London,web,,,,,\"Only a comment, nothing else\",en\n");

        // when
        RunResult result = run();

        // then
        assertThat(result.published()).as(String.valueOf(result.failure())).isTrue();
        List<ResponseRecord> rows = dsl.selectFrom(RESPONSE).orderBy(RESPONSE.RESPONSE_ID).fetch();
        assertThat(rows).extracting(ResponseRecord::getResponseId).containsExactly("R1", "R2", "R3");
        ResponseRecord first = rows.get(0);
        assertThat(first.getRespondedAt().toInstant()).isEqualTo(OffsetDateTime.of(2026, 10, 5, 8, 30, 0, 0,
                ZoneOffset.UTC).toInstant());
        assertThat(first.getTouchpoint()).isEqualTo("delivery");
        assertThat(first.getRegion()).isEqualTo("unknown");
        assertThat(first.getNps()).isEqualTo((short) 9);
        assertThat(first.getLanguage()).isEqualTo("en");
        assertThat(rows.get(1).getRespondedAt().toInstant()).isEqualTo(
                OffsetDateTime.of(2026, 10, 6, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
        assertThat(rows.get(1).getLanguage()).isEqualTo("fr");
        assertThat(rows.get(2).getComment()).isEqualTo("Only a comment, nothing else");
        assertThat(Files.exists(HOME.resolve("archive/2026-10-31/responses_20261031.csv"))).isTrue();
        assertThat(Files.exists(inbox().resolve("responses_20261031.csv"))).isFalse();
        assertThat(dsl.selectFrom(INGEST_FILE).fetchSingle())
                .satisfies(file -> {
                    assertThat(file.getStatus()).isEqualTo("loaded");
                    assertThat(file.getRowsRead()).isEqualTo(3);
                    assertThat(file.getRowsLoaded()).isEqualTo(3);
                    assertThat(file.getRowsRejected()).isZero();
                });
    }

    @Test
    void eachKindOfBadRowIsRejectedWithFileLineAndReason() {
        // given
        Inbox.deliver(inbox(), "responses_bad.csv", HEADER
                + "R1,2026-10-05T09:30:00+01:00,Northwind,store,London,email,C1,9,5,6,fine,en\n"
                + "R2,2026-10-05T09:30:00+01:00,Northwind,store,London,email,C1,11,5,6,,en\n"
                + "R3,05/10/2026,Northwind,store,London,email,C1,8,5,6,,en\n"
                + ",2026-10-05T09:30:00+01:00,Northwind,store,London,email,C1,8,5,6,,en\n"
                + "R5,2026-10-05T09:30:00+01:00,Northwind,store,London,email,C1,8,5\n"
                + "R6,2026-10-05T09:30:00+01:00,Northwind,store,London,email,C1,,,,,en\n");

        // when
        RunResult result = run();

        // then
        assertThat(result.published()).as(String.valueOf(result.failure())).isTrue();
        assertThat(dsl.fetchCount(RESPONSE)).isEqualTo(1);
        List<Record3<String, Long, String>> rejects = dsl.select(INGEST_FILE.FILE_NAME, REJECT.LINE_NO, REJECT.REASON)
                .from(REJECT).join(INGEST_FILE).using(INGEST_FILE.FILE_ID)
                .orderBy(REJECT.LINE_NO)
                .fetch();
        assertThat(rejects).extracting(Record3::value1).containsOnly("responses_bad.csv");
        assertThat(rejects).extracting(Record3::value2).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(rejects).extracting(Record3::value3).containsExactly(
                "nps must be a whole number 0-10, got '11'",
                "responded_at must be an ISO-8601 timestamp with offset (2026-11-20T14:03:00+01:00) or a date"
                        + " (2026-11-20), got '05/10/2026'",
                "response_id is required but empty",
                "expected 12 fields as in the header, got 9 (check for an unquoted comma or a missing field)",
                "a response needs at least one of nps, csat, ces or comment");
        assertThat(dsl.select(REJECT.RAW_LINE).from(REJECT).where(REJECT.LINE_NO.eq(3L)).fetchOne().value1())
                .isEqualTo("R2,2026-10-05T09:30:00+01:00,Northwind,store,London,email,C1,11,5,6,,en");
        assertThat(dsl.selectFrom(INGEST_FILE).fetchSingle().getRowsRejected()).isEqualTo(5);
    }

    @Test
    void byteOrderMarkCrlfQuotedNewlinesAndGzipAreRead() {
        // given
        String crlf = HEADER.replace("\n", "\r\n")
                + "R1,2026-10-05,Northwind,store,London,,,10,,,\"Line one\r\nline two, with \"\"quotes\"\"\",en\r\n"
                + "R2,2026-10-05,Northwind,store,London,,,7,,,,en\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = crlf.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        Inbox.deliver(inbox(), "responses_bom.csv", withBom);
        Inbox.deliverGzip(inbox(), "responses_zipped.csv.gz", HEADER
                + "R3,2026-10-06,Northwind,web,London,,,0,,,Café crème,fr\n");

        // when
        run();

        // then
        assertThat(dsl.fetchCount(RESPONSE)).isEqualTo(3);
        assertThat(dsl.fetchCount(REJECT)).isZero();
        assertThat(dsl.select(RESPONSE.COMMENT).from(RESPONSE).where(RESPONSE.RESPONSE_ID.eq("R1")).fetchOne().value1())
                .isEqualTo("Line one\r\nline two, with \"quotes\"");
        assertThat(dsl.select(RESPONSE.COMMENT).from(RESPONSE).where(RESPONSE.RESPONSE_ID.eq("R3")).fetchOne().value1())
                .isEqualTo("Café crème");
    }

    @Test
    void theSameFileDeliveredTwiceChangesNothing() {
        // given
        String content = HEADER + "R1,2026-10-05,Northwind,store,London,,,10,,,,en\n"
                + "R2,2026-10-05,Northwind,store,London,,,99,,,,en\n";
        Inbox.deliver(inbox(), "responses_a.csv", content);
        run();
        List<ResponseRecord> before = dsl.selectFrom(RESPONSE).orderBy(RESPONSE.RESPONSE_ID).fetch();

        // when
        Inbox.deliver(inbox(), "responses_a_again.csv", content);
        RunResult second = run();

        // then
        assertThat(second.published()).isTrue();
        assertThat(dsl.selectFrom(RESPONSE).orderBy(RESPONSE.RESPONSE_ID).fetch()).isEqualTo(before);
        assertThat(dsl.fetchCount(INGEST_FILE)).isEqualTo(1);
        assertThat(dsl.fetchCount(REJECT)).isEqualTo(1);
        assertThat(Files.exists(HOME.resolve("archive/2026-10-31/responses_a_again.csv"))).isTrue();
    }

    @Test
    void aRowWhoseKeyExistsIsUpdatedNotDuplicated() {
        // given
        Inbox.deliver(inbox(), "responses_1.csv", HEADER + "R1,2026-10-05,Northwind,store,London,,,3,,,,en\n");
        run();

        // when
        Inbox.deliver(inbox(), "responses_2.csv", HEADER + "R1,2026-10-05,Northwind,store,London,,,9,,,,en\n"
                + "R1,2026-10-05,Northwind,store,London,,,10,,,,en\n");
        run();

        // then
        assertThat(dsl.selectFrom(RESPONSE).fetchSingle().getNps()).isEqualTo((short) 10);
    }

    @Test
    void unreadableFilesGoToQuarantineWithTheirReason() {
        // given
        Inbox.deliver(inbox(), "responses_noheader.csv", "id,when,score\n1,2026-10-05,9\n");
        byte[] latin1 = (HEADER + "R1,2026-10-05,Northwind,store,Zürich,,,9,,,,de\n").getBytes(StandardCharsets.ISO_8859_1);
        Inbox.deliver(inbox(), "responses_latin1.csv", latin1);
        Inbox.deliver(inbox(), "responses_fake.csv.gz", "this is not gzip");

        // when
        RunResult result = run();

        // then
        assertThat(result.published()).as(String.valueOf(result.failure())).isTrue();
        assertThat(dsl.fetchCount(RESPONSE)).isZero();
        assertThat(dsl.selectFrom(INGEST_FILE).where(INGEST_FILE.STATUS.eq("quarantined")).fetch()).hasSize(3);
        Path quarantine = HOME.resolve("quarantine");
        assertThat(quarantine.resolve("responses_noheader.csv")).exists();
        assertThat(quarantine.resolve("responses_noheader.csv.reason.txt")).content(StandardCharsets.UTF_8)
                .contains("missing required columns response_id, responded_at, brand, touchpoint")
                .contains("touchstone.feeds.responses.columns.");
        assertThat(quarantine.resolve("responses_latin1.csv.reason.txt")).content(StandardCharsets.UTF_8)
                .contains("not UTF-8");
        assertThat(quarantine.resolve("responses_fake.csv.gz.reason.txt")).content(StandardCharsets.UTF_8)
                .contains("gzip");
    }

    @Test
    void targetsAreReadFromTheTargetsSheetOfAWorkbook() throws Exception {
        // given a workbook as finance keeps it: Excel turned the typed month into a date
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me");
            Sheet sheet = workbook.createSheet("Targets");
            String[] header = {"period", "metric", "region", "touchpoint", "target"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            CellStyle monthStyle = workbook.createCellStyle();
            monthStyle.setDataFormat(workbook.createDataFormat().getFormat("mmm-yy"));
            Row nps = sheet.createRow(1);
            nps.createCell(0).setCellValue(LocalDate.of(2026, 10, 1));
            nps.getCell(0).setCellStyle(monthStyle);
            nps.createCell(1).setCellValue("NPS");
            nps.createCell(4).setCellValue(32);
            Row ces = sheet.createRow(2);
            ces.createCell(0).setCellValue("2026");
            ces.createCell(1).setCellValue("ces");
            ces.createCell(2).setCellValue("Wales");
            ces.createCell(4).setCellValue(5.3);
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("2026-10");
            bad.createCell(1).setCellValue("HAPPINESS");
            bad.createCell(4).setCellValue(1);
            try (var out = Files.newOutputStream(inbox().resolve("targets_fy27.xlsx"))) {
                workbook.write(out);
            }
        }
        try (XSSFWorkbook noTargets = new XSSFWorkbook(); var out = Files.newOutputStream(inbox().resolve("targets_wrong.xlsx"))) {
            noTargets.createSheet("Sheet1");
            noTargets.write(out);
        }

        // when
        run();

        // then
        assertThat(dsl.selectFrom(TARGET).orderBy(TARGET.METRIC).fetch())
                .extracting(TargetRecord::getPeriod, TargetRecord::getMetric, TargetRecord::getRegion,
                        target -> target.getTarget().doubleValue())
                .containsExactly(tuple("2026", "CES", "Wales", 5.3), tuple("2026-10", "NPS", "ALL", 32.0));
        assertThat(dsl.select(REJECT.LINE_NO, REJECT.REASON).from(REJECT).fetchSingle().value2())
                .startsWith("metric must be a KPI code");
        assertThat(HOME.resolve("quarantine/targets_wrong.xlsx.reason.txt")).content(StandardCharsets.UTF_8)
                .contains("no sheet named 'targets'");
    }
}
