package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The finance workbook read back with POI as finance's own workbooks would read it. */
class FinanceWorkbookWriterTest {

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FinanceWorkbookWriter().write(SampleReport.october2026(), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void sheetsAndHeadersAreTheContract() {
        List<String> sheets = new ArrayList<>();
        workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));

        assertThat(sheets).containsExactly("Summary", "KPIs", "Benchmarks", "Themes", "Revenue", "Data quality",
                "Definitions", "Emerging topics");
        assertThat(header("Themes")).startsWith("period", "theme", "category", "volume", "share", "sentiment",
                "nps_impact", "prior_volume", "change", "emerging");
        assertThat(header("Summary")).containsExactly("metric", "actual", "target", "variance", "prior", "change",
                "last_year", "status", "better");
        assertThat(header("KPIs")).containsExactly("period", "period_start", "period_end", "brand", "region",
                "touchpoint", "metric", "value", "n", "ci_low", "ci_high", "prior_value", "change",
                "change_significant", "target", "status", "base", "last_year_value", "agent_team");
        assertThat(header("Benchmarks")).containsExactly("period", "brand", "region", "touchpoint", "metric", "value",
                "n", "own_value", "gap", "gap_significant", "rank", "source", "ci_low", "ci_high", "base");
        assertThat(header("Data quality")).startsWith("feed", "files");
        assertThat(header("Definitions")).containsExactly("code", "definition", "standard_error");
        assertThat(header("Emerging topics")).containsExactly("period", "term", "comments", "share",
                "baseline_share", "g2", "known_theme", "customers", "example");
    }

    @Test
    void anEmergingTopicIsThePhraseAsWrittenWithItsCustomersAndAScrubbedExample() {
        Row topic = workbook.getSheet("Emerging topics").getRow(1);

        assertThat(topic.getCell(1).getStringCellValue()).isEqualTo("missed the delivery slot");
        assertThat(topic.getCell(7).getNumericCellValue()).isEqualTo(42);
        assertThat(topic.getCell(8).getStringCellValue())
                .isEqualTo("Third time I missed the delivery slot, ring me on [phone].");
    }

    @Test
    void kpiCellsAreTypedNumbersDatesAndBooleans() {
        Row nps = workbook.getSheet("KPIs").getRow(1);

        assertThat(nps.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(nps.getCell(1))).isTrue();
        assertThat(nps.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(nps.getCell(7).getNumericCellValue()).isEqualTo(27.4);
        assertThat(nps.getCell(8).getNumericCellValue()).isEqualTo(1250);
        assertThat(nps.getCell(13).getCellType()).isEqualTo(CellType.BOOLEAN);
        assertThat(nps.getCell(15).getStringCellValue()).isEqualTo("red");
    }

    @Test
    void aSuppressedValueIsABlankCellNeverANumber() {
        Row suppressed = workbook.getSheet("KPIs").getRow(6);

        assertThat(suppressed.getCell(4).getStringCellValue()).isEqualTo("Wales");
        assertThat(suppressed.getCell(7)).isNull();
        assertThat(suppressed.getCell(16).getStringCellValue()).isEqualTo("suppressed");
    }

    @Test
    void definedNamesResolveToTheHeadlineCells() {
        assertThat(valueOf("NPS")).isEqualTo(27.4);
        assertThat(valueOf("NPS_TARGET")).isEqualTo(32.0);
        assertThat(valueOf("NPS_PRIOR")).isEqualTo(25.1);
        assertThat(valueOf("CSAT")).isEqualTo(78.5);
        assertThat(valueOf("CES_LAST_YEAR")).isEqualTo(5.2);
        assertThat(valueOf("RESPONSES")).isEqualTo(1250);
    }

    @Test
    void varianceAndChangeAreFormulasThatEvaluateToTheKpiArithmetic() {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Cell variance = cellOf("NPS_VARIANCE");
        Cell change = cellOf("NPS_CHANGE");

        assertThat(variance.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(evaluator.evaluate(variance).getNumberValue()).isCloseTo(27.4 - 32.0, within(1e-9));
        assertThat(evaluator.evaluate(change).getNumberValue()).isCloseTo(27.4 - 25.1, within(1e-9));
        assertThat(evaluator.evaluate(cellOf("RESPONSES_VARIANCE")).getStringValue()).isEmpty();
    }

    @Test
    void summaryFiguresAreFormulasThatTieToTheKpisSheet() {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Sheet kpis = workbook.getSheet("KPIs");

        assertThat(cellOf("NPS").getCellFormula()).contains("KPIs!$H$2");
        assertThat(evaluator.evaluate(cellOf("NPS")).getNumberValue()).isEqualTo(kpis.getRow(1).getCell(7)
                .getNumericCellValue()).isEqualTo(27.4);
        assertThat(evaluator.evaluate(cellOf("CSAT_TARGET")).getNumberValue()).isEqualTo(80.0);
        assertThat(evaluator.evaluate(cellOf("CES_PRIOR")).getNumberValue()).isEqualTo(5.25);
        assertThat(evaluator.evaluate(cellOf("NPS_LAST_YEAR")).getNumberValue()).isEqualTo(26.0);
        assertThat(evaluator.evaluate(cellOf("RESPONSES_TARGET")).getStringValue()).as("no target stays blank")
                .isEmpty();
        CachedFormulaValues.assertMatchEvaluation(workbook.getSheet("Summary"), evaluator, 1e-9);
    }

    @Test
    void percentagesAreNumbersWithAPercentFormat() {
        Row csat = workbook.getSheet("KPIs").getRow(2);
        Cell share = workbook.getSheet("Themes").getRow(1).getCell(4);

        assertThat(csat.getCell(6).getStringCellValue()).isEqualTo("CSAT");
        assertThat(csat.getCell(7).getNumericCellValue()).isEqualTo(78.5);
        assertThat(csat.getCell(7).getCellStyle().getDataFormatString()).contains("%");
        assertThat(csat.getCell(12).getCellStyle().getDataFormatString()).as("a change is points").doesNotContain("%");
        assertThat(share.getNumericCellValue()).isEqualTo(28.0);
        assertThat(share.getCellStyle().getDataFormatString()).contains("%");
        assertThat(cellOf("CSAT").getCellStyle().getDataFormatString()).contains("%");
        assertThat(cellOf("NPS").getCellStyle().getDataFormatString()).doesNotContain("%");
    }

    @Test
    void theWorkbookIsNamedByCalendarAndFiscalPeriod() {
        assertThat(cellOf("PERIOD").getStringCellValue()).isEqualTo("2026-10");
        assertThat(cellOf("FISCAL_PERIOD").getStringCellValue()).isEqualTo("FY2027-P02");
        assertThat(workbook.getProperties().getCoreProperties().getTitle())
                .isEqualTo("Northwind CX finance workbook 2026-10 (FY2027-P02)");
    }

    @Test
    void formulaLikeTextStaysText() {
        Cell source = workbook.getSheet("Benchmarks").getRow(3).getCell(11);

        assertThat(source.getCellType()).isEqualTo(CellType.STRING);
        assertThat(source.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\")");
        Cell label = workbook.getSheet("Themes").getRow(3).getCell(10);
        assertThat(label.getCellType()).isEqualTo(CellType.STRING);
        assertThat(label.getStringCellValue()).isEqualTo("=SUM(A1:A2)");
        Cell quote = workbook.getSheet("Themes").getRow(3).getCell(11);
        assertThat(quote.getCellType()).isEqualTo(CellType.STRING);
        assertThat(quote.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
    }

    @Test
    void dataQualityCountsDuplicateIdsInANumericColumnAfterTheContractsColumns() {
        List<String> header = header("Data quality");
        assertThat(header).endsWith("as_of", "duplicate_ids");

        Cell responses = workbook.getSheet("Data quality").getRow(1).getCell(header.indexOf("duplicate_ids"));
        assertThat(responses.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(responses.getNumericCellValue()).isEqualTo(7);
    }

    @Test
    void dataSheetsAreExcelTablesWithFrozenHeaders() {
        for (String name : List.of("KPIs", "Benchmarks", "Themes", "Revenue", "Data quality", "Definitions")) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet.getTables()).as(name).hasSize(1);
            assertThat(sheet.getTables().get(0).getCTTable().getAutoFilter()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
        assertThat(workbook.getSheet("Summary").getRow(1).getCell(0).getCellComment().getString().getString())
                .contains("promoters − detractors");
    }

    @Test
    void dataQualityShowsHowSentimentWasMadeBelowTheFeedsTableAndDefinitionsGiveTheMethod() {
        // the feeds' table keeps one row per feed; the sentiment figures follow it, apart
        Sheet quality = workbook.getSheet("Data quality");
        int tableEnd = ((XSSFSheet) quality).getTables().get(0).getEndCellReference().getRow();
        Row labels = null;
        for (Row row : quality) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("sentiment")) {
                labels = row;
            }
        }
        assertThat(labels).isNotNull();
        assertThat(labels.getRowNum()).isGreaterThan(tableEnd + 1);
        List<String> names = new ArrayList<>();
        labels.forEach(cell -> names.add(cell.getStringCellValue()));
        assertThat(names).containsExactly("sentiment", "learned", "scored_texts", "trained_on", "held_out", "agreement",
                "lexicon_agreement", "note");
        Row figures = quality.getRow(labels.getRowNum() + 1);
        assertThat(figures.getCell(0).getStringCellValue()).isEqualTo("blended");
        assertThat(figures.getCell(1).getBooleanCellValue()).isTrue();
        assertThat(figures.getCell(4).getNumericCellValue()).isEqualTo(4_000);
        assertThat(figures.getCell(5).getNumericCellValue()).isEqualTo(81.2);
        assertThat(figures.getCell(6).getNumericCellValue()).isEqualTo(74.0);
        assertThat(figures.getCell(7).getStringCellValue()).startsWith(
                "Sentiment agrees with the customer's own score on 81.2 % of 4,000 held-out scored texts");
        String method = null;
        for (Row row : workbook.getSheet("Definitions")) {
            if (row.getCell(0).getStringCellValue().equals("SENTIMENT")) {
                method = row.getCell(1).getStringCellValue();
            }
        }
        assertThat(method).contains("0.50 × lexicon score + 0.50 × learned score")
                .contains("2025-10-31 to 2026-10-31").contains("NPS answer (9-10 positive, 0-6 negative")
                .contains("20 % of the scored texts, by a stable hash of their id, are held out")
                .contains("fewer than 2,000 scored texts");
    }

    private static List<String> header(String sheetName) {
        List<String> header = new ArrayList<>();
        workbook.getSheet(sheetName).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    private static Cell cellOf(String name) {
        CellReference reference = new AreaReference(workbook.getName(name).getRefersToFormula(),
                workbook.getSpreadsheetVersion()).getFirstCell();
        Sheet sheet = workbook.getSheet(reference.getSheetName());
        return sheet.getRow(reference.getRow()).getCell(reference.getCol());
    }

    private static double valueOf(String name) {
        return cellOf(name).getNumericCellValue();
    }
}
