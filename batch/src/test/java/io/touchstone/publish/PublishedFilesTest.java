package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.REJECT;
import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.support.Fixtures;
import io.touchstone.support.Inbox;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the published files of a run hold when the delivered data is bad: personal data typed
 * into a rejected row, text a spreadsheet would run as a formula, files no feed takes, a period
 * with no data at all.
 */
class PublishedFilesTest extends WarehouseTest {

    private static final LocalDate OCTOBER_31 = LocalDate.of(2026, 10, 31);
    private static final String HEADER =
            "response_id,responded_at,brand,touchpoint,region,channel,customer_id,nps,csat,ces,comment,language\n";

    @Autowired
    private NightlyJobRunner runner;

    @Test
    void noPublishedFileContainsAnEmailAddressThatARejectedRowHeld() throws IOException {
        // given forty good answers and rows with an e-mail address or a card number where a score belongs
        StringBuilder csv = new StringBuilder(HEADER).append(goodAnswers(40));
        csv.append("BAD1,2026-10-03T10:00:00+00:00,Northwind,store,London,email,C900,jane.doe@example.com,4,5,,en\n");
        csv.append("BAD2,2026-10-03T11:00:00+00:00,Northwind,store,London,email,C901,5,4111 1111 1111 1111,5,,en\n");
        csv.append("BAD3,2026-10-03T12:00:00+00:00,Northwind,store,London,email,C902,jane.doe@example.com,4,5,,en\n");
        Inbox.deliver(inbox(), "responses_2026-10.csv", csv.toString());

        // when
        RunResult run = runner.run(OCTOBER_31, PeriodKind.MONTH, inbox(), out());

        // then the raw rows stay in the warehouse for CX leads
        assertThat(run.published()).as(run.failure()).isTrue();
        assertThat(dsl.select(REJECT.RAW_LINE).from(REJECT).fetch(REJECT.RAW_LINE))
                .anySatisfy(raw -> assertThat(raw).contains("jane.doe@example.com"));
        // and no published file prints them
        List<Path> files = listing(run.folder());
        assertThat(files).extracting(file -> file.getFileName().toString()).contains("cx-dashboard_2026-10.pdf",
                "cx-finance_2026-10.xlsx", "cx-comments_2026-10.csv", "manifest.json");
        for (Path file : files) {
            assertThat(textOf(file)).as(file.getFileName().toString())
                    .doesNotContain("jane.doe@example.com").doesNotContain("4111 1111 1111 1111");
        }
        assertThat(textOf(run.folder().resolve("cx-dashboard_2026-10.pdf"))).contains("Most common responses rejects");
    }

    @Test
    void commentsCsvQuotesTextASpreadsheetWouldRunAndWritesEveryTimeWithSecondsAndOffset() throws IOException {
        // given ids, regions and touchpoints that are formulas, and answers on the full minute
        StringBuilder csv = new StringBuilder(HEADER).append(goodAnswers(40));
        csv.append("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",2026-10-05T10:00:00+00:00,Northwind,"
                + "@SUM(1),+cmd|' /C calc'!A0,email,C950,2,2,2,The courier was late and rude and the box broken,en\n");
        csv.append("-2+3,2026-10-06T10:00:00+00:00,Northwind,store,London,email,C951,1,1,1,"
                + "Awful wait and a rude reply,en\n");
        Inbox.deliver(inbox(), "responses_2026-10.csv", csv.toString());

        // when
        RunResult run = runner.run(OCTOBER_31, PeriodKind.MONTH, inbox(), out());

        // then
        assertThat(run.published()).as(run.failure()).isTrue();
        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(run.folder().resolve("cx-comments_2026-10.csv"))) {
            rows = reader.stream().skip(1).toList();
        }
        assertThat(rows).isNotEmpty();
        CsvRecord hyperlink = rows.stream().filter(row -> row.getField(1).contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(hyperlink.getField(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(hyperlink.getField(3)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(hyperlink.getField(4)).isEqualTo("'@sum(1)");
        assertThat(hyperlink.getField(5)).as("on the full minute, seconds still written").isEqualTo("2026-10-05T10:00:00Z");
        assertThat(rows).filteredOn(row -> row.getField(1).equals("'-2+3")).hasSize(1);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getField(5)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
            assertThat(row.getField(6)).as("sentiment is a number, never quoted").matches("-?\\d+(\\.\\d+)?|");
        });
        assertThat(rows).as("a negative sentiment stays a number").anySatisfy(row ->
                assertThat(row.getField(6)).startsWith("-"));
    }

    @Test
    void theManifestAndTheDataNotesListTheInboxFilesNoFeedTakes() throws IOException {
        // given a file no feed takes by its name
        Fixtures.deliverNightly(inbox());
        Inbox.deliver(inbox(), "survey_responses.csv", HEADER);
        long bytes = Files.size(inbox().resolve("survey_responses.csv"));

        // when
        RunResult run = runner.run(OCTOBER_31, PeriodKind.MONTH, inbox(), out());

        // then
        assertThat(run.published()).as(run.failure()).isTrue();
        JsonNode manifest = JsonMapper.builder().build().readTree(run.folder().resolve("manifest.json").toFile());
        assertThat(manifest.path("unclaimed")).hasSize(1);
        assertThat(manifest.path("unclaimed").get(0).path("file").asString()).isEqualTo("survey_responses.csv");
        assertThat(manifest.path("unclaimed").get(0).path("bytes").asLong()).isEqualTo(bytes);
        assertThat(inbox().resolve("survey_responses.csv")).as("left where it was").exists();
        assertThat(run.notices()).anySatisfy(notice -> assertThat(notice)
                .startsWith("left survey_responses.csv in the inbox: no feed takes that name (the feeds take responses*.csv"));
        assertThat(textOf(run.folder().resolve("cx-dashboard_2026-10.pdf"))).contains(
                "Left in the inbox: survey_responses.csv — no feed takes this name; rename it to responses*.csv.");
    }

    @Test
    void aRunForAPeriodWithNoDataPublishesAClearlyEmptyReportWithoutAnotherPeriodsGaps() throws IOException {
        // given October's data, benchmarks included, and nothing at all for January 2099
        Fixtures.deliverNightly(inbox());
        assertThat(runner.run(OCTOBER_31, PeriodKind.MONTH, inbox(), out()).published()).isTrue();

        // when
        RunResult empty = runner.run(LocalDate.of(2099, 1, 1), PeriodKind.MONTH, inbox(), out());

        // then
        assertThat(empty.published()).as(empty.failure()).isTrue();
        String pdf = textOf(empty.folder().resolve("cx-dashboard_2099-01.pdf"));
        assertThat(pdf).contains("No data for this period: no survey responses fall in 2099-01")
                .contains("No competitor benchmark covers this period.")
                .doesNotContain("Gap to").doesNotContain("Survey benchmark by metric")
                .doesNotContainIgnoringCase("null");
        try (XSSFWorkbook workbook = new XSSFWorkbook(empty.folder().resolve("cx-finance_2099-01.xlsx").toFile())) {
            List<String> metrics = new ArrayList<>();
            workbook.getSheet("Benchmarks").forEach(row -> metrics.add(new DataFormatter().formatCellValue(row.getCell(4))));
            assertThat(metrics).doesNotContain("NPS", "CSAT", "CES");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** Forty answers from London on the first days of October, half with a comment. */
    private static String goodAnswers(int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(String.format(Locale.ROOT, "G%03d,2026-10-%02dT09:30:00+00:00,Northwind,%s,London,email,C%d,%d,4,5,%s,en%n",
                    i, 1 + i % 20, i % 2 == 0 ? "delivery" : "store", i, i % 11,
                    i % 2 == 0 ? "Friendly staff and a quick delivery" : ""));
        }
        return rows.toString();
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** What a reader of the file sees as text: PDF text, every workbook cell, or the file itself. */
    private static String textOf(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
        }
        if (name.endsWith(".xlsx")) {
            List<String> cells = new ArrayList<>();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(formatter.formatCellValue(cell)))));
            }
            return String.join("\n", cells);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
