package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchstone.reports.model.CxPeriodReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbook's operational, loop and money figures read back with POI, as finance would read them. */
class OperationsWorkbookTest {

    private static XSSFWorkbook workbook;
    private static FormulaEvaluator evaluator;

    @BeforeAll
    static void write() throws IOException {
        workbook = write(SampleReport.october2026());
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    @Test
    void theNewMetricsAreKpiRowsFormattedByTheirUnitWithAgentTeamOnTheRight() {
        List<String> header = header("KPIs");
        assertThat(header.get(header.size() - 1)).isEqualTo("agent_team");
        int team = header.indexOf("agent_team");

        Row waitP90 = kpiRow("WAIT_P90", "ALL", "ALL", "ALL");
        assertThat(waitP90.getCell(7).getNumericCellValue()).isEqualTo(312.0);
        assertThat(waitP90.getCell(7).getCellStyle().getDataFormatString()).contains("s");
        assertThat(waitP90.getCell(12).getNumericCellValue()).as("change in seconds").isEqualTo(95.0);
        assertThat(kpiRow("FCR", "ALL", "ALL", "ALL").getCell(7).getCellStyle().getDataFormatString()).contains("%");
        assertThat(kpiRow("LOOP_TIME_P50", "ALL", "ALL", "ALL").getCell(7).getCellStyle().getDataFormatString())
                .contains("h");
        Row atRisk = kpiRow("REVENUE_AT_RISK", "ALL", "ALL", "ALL");
        assertThat(atRisk.getCell(7).getNumericCellValue()).isEqualTo(1_234_440.0);
        assertThat(atRisk.getCell(7).getCellStyle().getDataFormatString()).contains("EUR");
        assertThat(workbook.getSheet("KPIs").getRow(1).getCell(team).getStringCellValue()).as("an existing row")
                .isEqualTo("ALL");
    }

    @Test
    void agentTeamsAreFurtherRowsOfTheKpisSheet() {
        Row borealis = kpiRow("FCR", "ALL", "ALL", "Borealis");

        assertThat(borealis.getCell(7).getNumericCellValue()).isEqualTo(65.3);
        assertThat(borealis.getCell(8).getNumericCellValue()).isEqualTo(3_900);
        assertThat(borealis.getCell(15).getStringCellValue()).isEqualTo("red");
        assertThat(kpiRow("WAIT_P90", "ALL", "ALL", "Aurora").getCell(7).getNumericCellValue()).isEqualTo(280.0);
        assertThat(kpiRow("FCR", "ALL", "ALL", "ALL").getCell(7).getNumericCellValue()).isEqualTo(72.4);
    }

    @Test
    void theRevenueSheetSitsWhereTheContractListsItAndHoldsChurnCountsRatesAndRevenueAtRisk() {
        List<String> sheets = new ArrayList<>();
        workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
        assertThat(sheets.indexOf("Revenue")).isEqualTo(sheets.indexOf("Themes") + 1)
                .isEqualTo(sheets.indexOf("Data quality") - 1);
        List<String> header = header("Revenue");
        assertThat(header).startsWith("period", "region", "touchpoint", "currency", "horizon_days",
                "promoter_accounts", "promoter_churned", "promoter_horizon_incomplete", "promoter_churn_rate")
                .contains("detractor_churn_rate", "detractor_ci_low", "detractor_ci_high", "detractor_base",
                        "at_risk_accounts", "at_risk_revenue", "churn_gap", "revenue_at_risk", "responding_accounts",
                        "mean_revenue", "revenue_per_nps_point");

        Row company = revenueRow("ALL");
        assertThat(text(company, header, "currency")).isEqualTo("EUR");
        assertThat(number(company, header, "horizon_days")).isEqualTo(180);
        assertThat(number(company, header, "detractor_accounts")).isEqualTo(640);
        assertThat(number(company, header, "detractor_churned")).isEqualTo(91);
        assertThat(number(company, header, "detractor_horizon_incomplete")).isEqualTo(140);
        assertThat(number(company, header, "detractor_churn_rate")).isEqualTo(14.2);
        assertThat(company.getCell(header.indexOf("detractor_churn_rate")).getCellStyle().getDataFormatString())
                .contains("%");
        assertThat(number(company, header, "promoter_active_revenue")).isEqualTo(17_950_000);
        assertThat(company.getCell(header.indexOf("at_risk_revenue")).getCellStyle().getDataFormatString())
                .contains("EUR");
        assertThat(text(revenueRow("North West"), header, "passive_base")).isEqualTo("low");
    }

    @Test
    void revenueAtRiskAndPerNpsPointAreFormulasOverTheirInputsWithTheirValuesCached() {
        List<String> header = header("Revenue");
        Row company = revenueRow("ALL");
        Cell gap = company.getCell(header.indexOf("churn_gap"));
        Cell atRisk = company.getCell(header.indexOf("revenue_at_risk"));
        Cell perPoint = company.getCell(header.indexOf("revenue_per_nps_point"));

        assertThat(gap.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(evaluator.evaluate(gap).getNumberValue()).isCloseTo(14.2 - 6.1, within(1e-9));
        assertThat(atRisk.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(evaluator.evaluate(atRisk).getNumberValue()).isCloseTo(15_240_000 * 8.1 / 100, within(1e-3));
        assertThat(atRisk.getNumericCellValue()).as("cached").isEqualTo(1_234_440.0);
        assertThat(evaluator.evaluate(perPoint).getNumberValue()).isCloseTo(4_000 / 200.0 * 8.1 / 100 * 9_850,
                within(1e-3));
        assertThat(perPoint.getNumericCellValue()).as("cached").isEqualTo(15_957.0);
        Cell londonGap = revenueRow("London").getCell(header.indexOf("churn_gap"));
        assertThat(londonGap.getCellType()).as("no churn rates on the sheet: the model's gap as a number")
                .isEqualTo(CellType.NUMERIC);
        assertThat(evaluator.evaluate(revenueRow("London").getCell(header.indexOf("revenue_at_risk")))
                .getNumberValue()).isCloseTo(205_000.0, within(1e-6));
        CachedFormulaValues.assertMatchEvaluation(workbook.getSheet("Revenue"), evaluator, 1e-6);
    }

    @Test
    void theOperationalHeadlinesHaveDefinedNamesResolvingToTheirSummaryCells() {
        assertThat(evaluator.evaluate(cellOf("FCR")).getNumberValue()).isEqualTo(72.4);
        assertThat(evaluator.evaluate(cellOf("FCR_TARGET")).getNumberValue()).isEqualTo(75.0);
        assertThat(evaluator.evaluate(cellOf("WAIT_P90")).getNumberValue()).isEqualTo(312.0);
        assertThat(evaluator.evaluate(cellOf("WAIT_P90_PRIOR")).getNumberValue()).isEqualTo(217.0);
        assertThat(evaluator.evaluate(cellOf("LOOP_CLOSED_RATE")).getNumberValue()).isEqualTo(64.0);
        assertThat(evaluator.evaluate(cellOf("LOOP_CLOSED_RATE_TARGET")).getNumberValue()).isEqualTo(80.0);
        assertThat(evaluator.evaluate(cellOf("REVENUE_AT_RISK")).getNumberValue()).isEqualTo(1_234_440.0);
        assertThat(evaluator.evaluate(cellOf("REVENUE_AT_RISK_PRIOR")).getNumberValue()).isEqualTo(1_100_000.0);
        assertThat(evaluator.evaluate(cellOf("REVENUE_PER_NPS_POINT")).getNumberValue()).isEqualTo(15_957.0);
        assertThat(cellOf("REVENUE_AT_RISK").getCellFormula()).startsWith("IF(ISNUMBER(KPIs!$H$");
        assertThat(cellOf("REVENUE_AT_RISK").getCellStyle().getDataFormatString()).contains("EUR");
        assertThat(cellOf("NPS").getAddress().formatAsString()).as("the survey headlines stay where they were")
                .isEqualTo("B2");
        assertThat(cellOf("FISCAL_PERIOD").getAddress().formatAsString()).isEqualTo("B8");
    }

    @Test
    void varianceIsFavourableWhenPositiveSoALowerIsBetterMetricSubtractsTheActualFromTheTarget() {
        Cell waitVariance = cellOf("WAIT_P90_VARIANCE");
        Cell fcrVariance = cellOf("FCR_VARIANCE");

        assertThat(waitVariance.getCellFormula()).contains("C").contains("-B");
        assertThat(evaluator.evaluate(waitVariance).getNumberValue()).as("240 s target − 312 s actual: unfavourable")
                .isEqualTo(240.0 - 312.0);
        assertThat(evaluator.evaluate(fcrVariance).getNumberValue()).isCloseTo(72.4 - 75.0, within(1e-9));
        assertThat(evaluator.evaluate(cellOf("REVENUE_AT_RISK_VARIANCE")).getNumberValue())
                .isEqualTo(1_000_000.0 - 1_234_440.0);
        assertThat(evaluator.evaluate(cellOf("WAIT_P90_CHANGE")).getNumberValue()).as("change is actual − prior")
                .isEqualTo(95.0);
        Row wait = workbook.getSheet("Summary").getRow(waitVariance.getRowIndex());
        assertThat(wait.getCell(header("Summary").indexOf("better")).getStringCellValue()).isEqualTo("lower");
        assertThat(waitVariance.getNumericCellValue()).as("cached").isEqualTo(-72.0);
    }

    @Test
    void theDefinitionsSpellOutTheMoneyMethodAndTheServiceDrivers() {
        List<String> header = header("Definitions");
        StringBuilder all = new StringBuilder();
        for (Row row : workbook.getSheet("Definitions")) {
            all.append(row.getCell(0).getStringCellValue()).append(": ").append(row.getCell(1).getStringCellValue())
                    .append('\n');
        }
        assertThat(header).startsWith("code", "definition");
        assertThat(all.toString())
                .contains("CHURN_RATE_DETRACTOR: 100 × share of the accounts whose latest response was a detractor")
                .contains("within 180 days after responding")
                .contains("left out of the rate's base")
                .contains("REVENUE_AT_RISK: Σ annual revenue (EUR)")
                .contains("one point is one detractor in 200 responding accounts becoming a promoter")
                .contains("responding_accounts / 200 × churn_gap / 100 × mean_revenue")
                .contains("converted from its own currency at the configured rate (touchstone.finance.fx-rates)")
                .contains("SERVICE_DRIVER: Service drivers: each response linked to its customer's most recent interaction")
                .contains("LOOP_CLOSED_RATE: 100 × share of detractor responses with a contacted follow-up within the SLA"
                        + " of 48 hours");
    }

    @Test
    void dataQualityHasARowPerFeedNamedAsTheFeed() {
        List<String> feeds = new ArrayList<>();
        Sheet quality = workbook.getSheet("Data quality");
        for (Row row : quality) {
            if (row.getRowNum() > 0) {
                feeds.add(row.getCell(0).getStringCellValue());
            }
        }
        assertThat(feeds).contains("interactions", "followups", "accounts");
    }

    @Test
    void withoutOperationalDataTheRevenueSheetIsThereWithItsHeaderAndNoFigures() throws IOException {
        try (XSSFWorkbook none = write(SampleReport.withoutOperations(SampleReport.october2026()))) {
            assertThat(none.getSheet("Revenue").getRow(0).getCell(0).getStringCellValue()).isEqualTo("period");
            assertThat(none.getSheet("Revenue").getTables()).hasSize(1);
            Row first = none.getSheet("Revenue").getRow(1);
            assertThat(first == null || first.getCell(0) == null).isTrue();
            assertThat(none.getName("WAIT_P90")).isNull();
            assertThat(none.getName("FISCAL_PERIOD").getRefersToFormula()).isEqualTo("Summary!$B$8");
        }
    }

    private static XSSFWorkbook write(CxPeriodReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FinanceWorkbookWriter().write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row kpiRow(String metric, String region, String touchpoint, String team) {
        int teamColumn = header("KPIs").indexOf("agent_team");
        for (Row row : workbook.getSheet("KPIs")) {
            if (row.getRowNum() > 0 && row.getCell(6).getStringCellValue().equals(metric)
                    && row.getCell(4).getStringCellValue().equals(region)
                    && row.getCell(5).getStringCellValue().equals(touchpoint)
                    && row.getCell(teamColumn).getStringCellValue().equals(team)) {
                return row;
            }
        }
        throw new AssertionError("No KPIs row " + metric + " " + region + " " + touchpoint + " " + team);
    }

    private static Row revenueRow(String region) {
        for (Row row : workbook.getSheet("Revenue")) {
            if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(region)) {
                return row;
            }
        }
        throw new AssertionError("No Revenue row for " + region);
    }

    private static String text(Row row, List<String> header, String column) {
        return row.getCell(header.indexOf(column)).getStringCellValue();
    }

    private static double number(Row row, List<String> header, String column) {
        return row.getCell(header.indexOf(column)).getNumericCellValue();
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
}
