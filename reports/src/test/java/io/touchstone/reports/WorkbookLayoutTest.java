package io.touchstone.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.ReportPeriod;
import io.touchstone.reports.model.ThemeRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Finance link their own workbooks to this one, so its layout must not move between runs:
 * the same sheets in the same order, the same headers, tables, defined names pointing at the
 * same cells, frozen panes and column widths, whatever the period and however many rows.
 */
class WorkbookLayoutTest {

    @Test
    void twoRunsWorkbooksHaveTheSameLayout() throws IOException {
        CxPeriodReport october = SampleReport.october2026();
        CxPeriodReport november = busierNovember(october);

        List<String> first = layout(write(october));
        List<String> second = layout(write(november));

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("name NPS → Summary!$B$2", "name FISCAL_PERIOD → Summary!$B$8",
                "table KPIs: period, period_start, period_end, brand, region, touchpoint, metric, value, n, ci_low,"
                        + " ci_high, prior_value, change, change_significant, target, status, base, last_year_value,"
                        + " agent_team");
    }

    @Test
    void everyColumnOfMetricCodesHoldsTheLongestCode() throws IOException {
        int longest = Arrays.stream(Metric.values()).mapToInt(metric -> metric.code().length()).max().orElseThrow();
        try (XSSFWorkbook workbook = write(SampleReport.october2026())) {
            List<String> metricColumns = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheet.getRow(0).forEach(cell -> {
                    if (cell.getStringCellValue().equals("metric")) {
                        metricColumns.add(sheet.getSheetName());
                        // a width counts 256ths of a character of the default font; bold codes need more
                        assertThat(sheet.getColumnWidth(cell.getColumnIndex()))
                                .as("metric column of %s", sheet.getSheetName())
                                .isGreaterThanOrEqualTo((longest + 2) * 256);
                    }
                });
            }
            assertThat(metricColumns).contains("Summary", "KPIs", "Benchmarks");
        }
    }

    /** November: other numbers, twice the KPI rows, more benchmarks and themes, no fiscal label. */
    private static CxPeriodReport busierNovember(CxPeriodReport october) {
        LocalDate start = LocalDate.of(2026, 11, 1);
        LocalDate end = LocalDate.of(2026, 11, 30);
        List<KpiRow> kpis = new ArrayList<>();
        for (KpiRow row : october.kpis()) {
            kpis.add(new KpiRow("2026-11", start, end, row.brand(), row.region(), row.touchpoint(), row.metric(),
                    row.value() == null ? null : row.value() + 1, row.n() + 10, row.ciLow(), row.ciHigh(), row.value(),
                    row.value() == null ? null : 1.0, false, row.target(), row.status(), row.base(), row.lastYearValue()));
        }
        for (String region : List.of("Scotland", "Midlands", "South East")) {
            kpis.add(new KpiRow("2026-11", start, end, "Northwind", region, "ALL", Metric.NPS, 20.0, 300, 15.0, 25.0, 18.0,
                    2.0, false, null, null, BaseFlag.OK, null));
        }
        List<BenchmarkRow> benchmarks = new ArrayList<>(october.benchmarks());
        benchmarks.add(new BenchmarkRow("2026-11", "Globex", "ALL", "ALL", Metric.CSAT, 77.0, 400, 78.5, 1.5, false, 2, "CX"));
        List<ThemeRow> themes = new ArrayList<>(october.themes());
        themes.add(new ThemeRow("2026-11", "PRICE", "Price", "Value", 12, 3.0, -0.1, -0.4, 10L, 2L, false, null, 0, null,
                false));
        return new CxPeriodReport(october.ownBrand(), new ReportPeriod("month", "2026-11", start, end, null),
                october.runId() + 1, end, october.generatedAt().plusSeconds(86_400 * 30), october.zone(),
                october.locale(), october.headlines(), october.npsTrend(), kpis, benchmarks, october.dataQuality(), themes,
                List.of(), "def456", List.of(), october.npsHeatmap(), null, october.bases(),
                october.operations(), october.sentiment());
    }

    private static XSSFWorkbook write(CxPeriodReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FinanceWorkbookWriter().write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Everything another workbook could depend on, one line each; never the figures themselves. */
    private static List<String> layout(XSSFWorkbook workbook) throws IOException {
        List<String> layout = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            layout.add("sheet " + i + " " + sheet.getSheetName() + ": " + String.join(", ", header));
            PaneInformation pane = sheet.getPaneInformation();
            layout.add("frozen " + sheet.getSheetName() + ": " + (pane == null ? "none"
                    : pane.getHorizontalSplitPosition() + "/" + pane.getVerticalSplitPosition()));
            List<String> widths = new ArrayList<>();
            for (int column = 0; column < header.size(); column++) {
                widths.add(String.valueOf(sheet.getColumnWidth(column)));
            }
            layout.add("widths " + sheet.getSheetName() + ": " + String.join(" ", widths));
            for (XSSFTable table : sheet.getTables()) {
                layout.add("table " + table.getName() + ": " + String.join(", ",
                        table.getColumns().stream().map(XSSFTableColumn::getName).toList()));
                layout.add("table start " + table.getName() + ": " + table.getStartCellReference().formatAsString());
            }
        }
        for (Name name : workbook.getAllNames()) {
            layout.add("name " + name.getNameName() + " → " + name.getRefersToFormula());
        }
        layout.sort(null);
        workbook.close();
        return layout;
    }
}
