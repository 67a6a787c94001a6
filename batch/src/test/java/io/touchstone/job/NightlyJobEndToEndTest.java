package io.touchstone.job;

import static io.touchstone.sql.generated.Tables.BENCHMARK_GAP;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.THEME_MEASURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchstone.cli.TouchstoneCommand;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.support.Fixtures;
import io.touchstone.support.TestDatabase;
import io.touchstone.support.WarehouseTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole nightly job from fixture files, driven through the command line as a user would. */
class NightlyJobEndToEndTest extends WarehouseTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int touchstone(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--db-url", TestDatabase.jdbcUrl()));
        all.addAll(List.of(args));
        return TouchstoneCommand.execute(all.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @Test
    void aMonthlyRunIngestsComputesAndPublishesTheDashboardAndWorkbook() throws Exception {
        // given
        Fixtures.deliverNightly(home.resolve("inbox"));

        // when
        int status = touchstone("run", "--date", "2026-10-31", "--period", "month");

        // then the run published and said where
        assertThat(status).as(err.toString()).isZero();
        Path folder = home.resolve("out/2026/10/2026-10");
        assertThat(out.toString()).contains(folder.resolve("cx-dashboard_2026-10.pdf").toString());

        // and the warehouse holds every valid row and the one rejected row
        assertThat(dsl.fetchCount(RESPONSE)).isEqualTo(102);
        assertThat(dsl.select(REJECT.REASON).from(REJECT).orderBy(REJECT.FEED.desc()).fetch(REJECT.REASON))
                .containsExactly("nps must be a whole number 0-10, got '12'",
                        "source must be social, review, call, chat or email, got 'tweet'");

        // and the headline KPIs are the hand-worked ones
        KpiValueRecord nps = headline("NPS");
        assertThat(nps.getN()).isEqualTo(50);
        assertThat(nps.getValue().doubleValue()).isCloseTo(30.0, within(1e-4));
        assertThat(nps.getCiLow().doubleValue()).isCloseTo(30 - 1.96 * 11.0454, within(1e-2));
        assertThat(nps.getPriorValue().doubleValue()).isCloseTo(10.0, within(1e-4));
        assertThat(nps.getChange().doubleValue()).isCloseTo(20.0, within(1e-4));
        assertThat(nps.getChangeSignificant()).isFalse();
        assertThat(nps.getLastYearValue().doubleValue()).isCloseTo(25.0, within(1e-4));
        assertThat(nps.getTarget().doubleValue()).isEqualTo(35.0);
        assertThat(nps.getStatus()).isEqualTo("amber");
        assertThat(headline("CSAT").getValue().doubleValue()).isCloseTo(80.0, within(1e-4));
        assertThat(headline("CES").getValue().doubleValue()).isCloseTo(5.0, within(1e-4));
        assertThat(headline("CES").getStatus()).isEqualTo("green");
        assertThat(dsl.selectFrom(KPI_VALUE).where(KPI_VALUE.PERIOD.eq("2025-10"))
                .and(KPI_VALUE.BRAND.eq("Northwind")).and(KPI_VALUE.REGION.eq("ALL"))
                .and(KPI_VALUE.TOUCHPOINT.eq("ALL")).and(KPI_VALUE.METRIC.eq("NPS")).fetchSingle().getBase())
                .isEqualTo("low");

        // and the benchmark comparison ranks the own brand second behind Fabrikam
        var fabrikam = dsl.selectFrom(BENCHMARK_GAP).where(BENCHMARK_GAP.BRAND.eq("Fabrikam"))
                .and(BENCHMARK_GAP.METRIC.eq("NPS")).fetchSingle();
        assertThat(fabrikam.getGap().doubleValue()).isCloseTo(-10.0, within(1e-4));
        assertThat(fabrikam.getGapSignificant()).isFalse();
        assertThat(fabrikam.getRank()).isEqualTo(2);

        // and the PDF shows the headline NPS
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("cx-dashboard_2026-10.pdf").toFile())) {
            pdfText = new PDFTextStripper().getText(pdf);
        }
        assertThat(pdfText).contains("2026-10").contains("Northwind").contains("Net Promoter Score").contains("+30.0")
                .contains("95 % interval 8.4 to 51.6").contains("▲ Near target (35.0)");

        // and the workbook keeps the finance contract
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(folder.resolve("cx-finance_2026-10.xlsx")))) {
            Sheet kpis = workbook.getSheet("KPIs");
            assertThat(headerOf(kpis)).startsWith("period", "period_start", "period_end", "brand", "region",
                    "touchpoint", "metric", "value", "n", "ci_low", "ci_high", "prior_value", "change",
                    "change_significant", "target", "status");
            Row first = kpis.getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(valueOfName(workbook, "NPS")).isCloseTo(30.0, within(1e-6));
            assertThat(valueOfName(workbook, "NPS_TARGET")).isCloseTo(35.0, within(1e-6));
            assertThat(valueOfName(workbook, "CSAT")).isCloseTo(80.0, within(1e-6));
        }

        // and the comments were mined: the fixture's late parcels are delivery complaints, its praise is about staff
        List<String> comments = Files.readAllLines(folder.resolve("cx-comments_2026-10.csv"), StandardCharsets.UTF_8);
        assertThat(comments.get(0)).isEqualTo("feed,id,brand,region,touchpoint,at,sentiment,sentiment_label,themes");
        assertThat(comments).anySatisfy(line -> assertThat(line).startsWith("responses,OCT043,Northwind,London,delivery,")
                .contains(",negative,").endsWith("DELIVERY"));
        assertThat(comments).anySatisfy(line -> assertThat(line).startsWith("responses,OCT001,")
                .contains(",positive,").endsWith("STAFF_ATTITUDE"));
        assertThat(comments).noneMatch(line -> line.startsWith("responses,SEP"));
        assertThat(comments).anySatisfy(line -> assertThat(line).startsWith("posts,P9,Contoso,London,,")
                .contains(",negative,").endsWith("BILLING_PRICE"));
        assertThat(comments).anySatisfy(line -> assertThat(line).startsWith("employee,E1,Northwind,London,,")
                .contains(",negative,").contains("DELIVERY"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(folder.resolve("cx-finance_2026-10.xlsx")))) {
            Sheet themes = workbook.getSheet("Themes");
            assertThat(headerOf(themes)).startsWith("period", "theme", "category", "volume", "share", "sentiment",
                    "nps_impact", "prior_volume", "change", "emerging");
            Row delivery = null;
            for (Row row : themes) {
                if (row.getCell(1).getStringCellValue().equals("DELIVERY")) {
                    delivery = row;
                }
            }
            assertThat(delivery).isNotNull();
            assertThat(delivery.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(delivery.getCell(5).getNumericCellValue()).isNegative();
            assertThat(delivery.getCell(6).getNumericCellValue()).isNegative();
            assertThat(delivery.getCell(12).getNumericCellValue()).isEqualTo(3);
            assertThat(delivery.getCell(14).getBooleanCellValue()).as("shared frustration").isTrue();
            Sheet benchmarks = workbook.getSheet("Benchmarks");
            Row shareOfVoice = null;
            for (Row row : benchmarks) {
                if (row.getRowNum() > 0 && row.getCell(4).getStringCellValue().equals("SHARE_OF_VOICE")
                        && row.getCell(1).getStringCellValue().equals("Fabrikam")) {
                    shareOfVoice = row;
                }
            }
            assertThat(shareOfVoice).isNotNull();
            assertThat(shareOfVoice.getCell(5).getNumericCellValue()).isEqualTo(40.0);
            assertThat(shareOfVoice.getCell(7).getNumericCellValue()).isEqualTo(40.0);
            assertThat(shareOfVoice.getCell(11).getStringCellValue()).startsWith("posts");
        }

        // and the theme measures are kept per region and touchpoint too
        assertThat(dsl.select(THEME_MEASURE.REGION, THEME_MEASURE.TOUCHPOINT, THEME_MEASURE.VOLUME).from(THEME_MEASURE)
                .where(THEME_MEASURE.THEME.eq("DELIVERY")).fetch().map(r -> r.value1() + "/" + r.value2() + "=" + r.value3()))
                .contains("ALL/ALL=3", "London/ALL=2", "Wales/ALL=1", "ALL/delivery=2", "ALL/store=1");

        // and the manifest lists the files with their hashes
        String manifest = Files.readString(folder.resolve("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"cx-dashboard_2026-10.pdf\"").contains("\"cx-finance_2026-10.xlsx\"")
                .contains("\"cx-comments_2026-10.csv\"").containsPattern("\"taxonomyVersion\" : \"[0-9a-f]{64}\"")
                .contains("\"sha256\"").contains("\"label\" : \"2026-10\"");
    }

    @Test
    void aSuppressedScopeStillShowsItsCountOfResponses() throws Exception {
        // given bases this small fixture falls below in its regions and touchpoints
        Fixtures.deliverNightly(home.resolve("inbox"));
        Files.writeString(home.resolve("application.yml"), "touchstone.base.low: 40\ntouchstone.base.suppress-below: 30\n");

        // when
        assertThat(touchstone("run", "--date", "2026-10-31", "--period", "month")).as(err.toString()).isZero();

        // then every scope too small for an NPS keeps its exact count of responses
        var small = dsl.selectFrom(KPI_VALUE)
                .where(KPI_VALUE.PERIOD.eq("2026-10").and(KPI_VALUE.METRIC.eq("RESPONSES")))
                .and(KPI_VALUE.N.lt(30L))
                .fetch();
        assertThat(small).isNotEmpty().allSatisfy(row -> {
            assertThat(row.getValue().longValue()).isEqualTo(row.getN());
            assertThat(row.getBase()).isEqualTo("ok");
        });
        var first = small.get(0);
        assertThat(dsl.selectFrom(KPI_VALUE)
                .where(KPI_VALUE.PERIOD.eq("2026-10").and(KPI_VALUE.METRIC.eq("NPS")))
                .and(KPI_VALUE.BRAND.eq(first.getBrand()).and(KPI_VALUE.REGION.eq(first.getRegion()))
                        .and(KPI_VALUE.TOUCHPOINT.eq(first.getTouchpoint())))
                .fetchOptional(KPI_VALUE.BASE)).hasValueSatisfying(base -> assertThat(base).isEqualTo("suppressed"));
    }

    @Test
    void aRunCanBeKeyedToTheFiscalMonthFinanceFilesItUnder() throws Exception {
        // given October 2026, which the default fiscal calendar (September first) calls FY2027-P02,
        // and a fiscal target for CSAT that the calendar-month targets do not override
        Fixtures.deliverNightly(home.resolve("inbox"));
        Files.writeString(home.resolve("inbox/targets_fy2027.csv"), "period,metric,region,touchpoint,target\n"
                + "FY2027-P02,CES,,,5.5\nFY2027-P13,NPS,,,40\n");

        // when
        int status = touchstone("run", "--date", "2026-10-31", "--period", "fiscal-month");

        // then the reports are filed under the fiscal label, in the calendar month's folder
        assertThat(status).as(err.toString()).isZero();
        Path folder = home.resolve("out/2026/10/FY2027-P02");
        assertThat(folder.resolve("cx-dashboard_FY2027-P02.pdf")).exists();
        assertThat(folder.resolve("cx-finance_FY2027-P02.xlsx")).exists();
        KpiValueRecord ces = dsl.selectFrom(KPI_VALUE)
                .where(KPI_VALUE.PERIOD_KIND.eq("fiscal-month").and(KPI_VALUE.PERIOD.eq("FY2027-P02")))
                .and(KPI_VALUE.BRAND.eq("Northwind").and(KPI_VALUE.REGION.eq("ALL")).and(KPI_VALUE.TOUCHPOINT.eq("ALL")))
                .and(KPI_VALUE.METRIC.eq("CES"))
                .fetchSingle();
        assertThat(ces.getValue().doubleValue()).isEqualTo(5.0);
        assertThat(ces.getTarget().doubleValue()).as("the fiscal target, not the year's 4.5").isEqualTo(5.5);
        assertThat(ces.getStatus()).isEqualTo("red");
        // and the month's calendar target still applies to the fiscal month that is the same month
        assertThat(dsl.select(KPI_VALUE.TARGET).from(KPI_VALUE)
                .where(KPI_VALUE.PERIOD.eq("FY2027-P02").and(KPI_VALUE.METRIC.eq("NPS")))
                .and(KPI_VALUE.REGION.eq("ALL")).and(KPI_VALUE.TOUCHPOINT.eq("ALL"))
                .and(KPI_VALUE.BRAND.eq("Northwind")).fetchSingle().value1().doubleValue()).isEqualTo(35.0);
        // and a fiscal period beyond P12 is rejected with its reason
        assertThat(dsl.select(REJECT.REASON).from(REJECT).fetch(REJECT.REASON))
                .anyMatch(reason -> reason.contains("FYyyyy-Pnn") && reason.contains("P01-P12"));
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("cx-dashboard_FY2027-P02.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("FY2027-P02 (fiscal-month");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("cx-finance_FY2027-P02.xlsx").toFile())) {
            assertThat(workbook.getSheet("KPIs").getRow(1).getCell(0).getStringCellValue()).isEqualTo("FY2027-P02");
        }
    }

    @Test
    void aRerunReplacesTheFilesAndKeepsTheEarlierManifest() {
        // given
        Fixtures.deliverNightly(home.resolve("inbox"));
        assertThat(touchstone("run", "--date", "2026-10-31")).isZero();

        // when
        int status = touchstone("rerun", "--date", "2026-10-31");

        // then
        assertThat(status).as(err.toString()).isZero();
        Path folder = home.resolve("out/2026/10/2026-10");
        assertThat(folder.resolve("manifest.json")).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.matches("manifest\\.\\d+\\.json"))
                    .noneMatch(name -> name.startsWith("."));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(dsl.fetchCount(RESPONSE)).isEqualTo(102);
    }

    @Test
    void aBrokenTaxonomyIsReportedWithItsThemeBeforeAnyWorkStarts() throws Exception {
        // given
        Fixtures.deliverNightly(home.resolve("inbox"));
        Path taxonomy = Files.writeString(home.resolve("taxonomy.yml"), """
                categories:
                  - name: Delivery
                    themes:
                      - code: LATE_PARCELS
                        label: Late parcels
                        query: 'parcel AND (late'
                """);

        // when
        int status = touchstone("run", "--date", "2026-10-31", "--taxonomy", taxonomy.toString());

        // then
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("Theme LATE_PARCELS").contains("invalid query");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(dsl.fetchCount(RESPONSE)).isZero();
        assertThat(home.resolve("inbox/responses_2026-10.csv")).exists();
    }

    @Test
    void aWrongOptionGetsAUsageMessageAndStatusTwo() {
        int status = touchstone("run", "--period", "fortnight");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown period 'fortnight'").contains("Usage:");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void aMissingInboxGetsAUsageMessage() {
        int status = touchstone("run", "--inbox", home.resolve("nowhere").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("is not a folder").contains("Usage:");
    }

    @Test
    void aRunThatCannotPublishExitsNonZeroWithOneLineSayingWhy() throws Exception {
        // given an output root whose year folder is a file, not a folder (a root that cannot be
        // written at all is refused before the run starts)
        Fixtures.deliverNightly(home.resolve("inbox"));
        Path out = Files.createDirectories(home.resolve("reports"));
        Files.writeString(out.resolve("2026"), "x");

        // when
        int status = touchstone("run", "--date", "2026-10-31", "--out", out.toString());

        // then
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("failed in publishStep").contains("touchstone restart");
    }

    private KpiValueRecord headline(String metric) {
        return dsl.selectFrom(KPI_VALUE)
                .where(KPI_VALUE.PERIOD_KIND.eq("month").and(KPI_VALUE.PERIOD.eq("2026-10")))
                .and(KPI_VALUE.BRAND.eq("Northwind").and(KPI_VALUE.REGION.eq("ALL")).and(KPI_VALUE.TOUCHPOINT.eq("ALL")))
                .and(KPI_VALUE.METRIC.eq(metric))
                .fetchSingle();
    }

    private static List<String> headerOf(Sheet sheet) {
        List<String> header = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            header.add(cell.getStringCellValue());
        }
        return header;
    }

    private static double valueOfName(XSSFWorkbook workbook, String name) {
        Name defined = workbook.getName(name);
        assertThat(defined).as("defined name " + name).isNotNull();
        CellReference reference = new AreaReference(defined.getRefersToFormula(),
                workbook.getSpreadsheetVersion()).getFirstCell();
        return workbook.getSheet(reference.getSheetName()).getRow(reference.getRow())
                .getCell(reference.getCol()).getNumericCellValue();
    }
}
