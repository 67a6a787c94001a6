package io.touchstone.reports;

import io.touchstone.reports.TableSheet.Column;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.EmergingTopic;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.reports.model.ThemeRow;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the finance workbook: {@code Summary}, {@code KPIs}, {@code Benchmarks},
 * {@code Themes}, {@code Data quality} and {@code Definitions}, then {@code Emerging topics}.
 * Sheet names and header rows are a contract finance links to: never renamed, never reordered,
 * new columns only on the right. Each data sheet is its column list below.
 *
 * <p>Streams with {@link SXSSFWorkbook}, keeping a window of rows in memory, so a sheet of a
 * million rows needs no more heap than one of a thousand.
 */
public final class FinanceWorkbookWriter {

    static final List<Column<KpiRow>> KPI_COLUMNS = List.of(
            Column.text("period", 10, KpiRow::period),
            Column.date("period_start", 12, KpiRow::periodStart),
            Column.date("period_end", 12, KpiRow::periodEnd),
            Column.text("brand", 14, KpiRow::brand),
            Column.text("region", 14, KpiRow::region),
            Column.text("touchpoint", 16, KpiRow::touchpoint),
            Column.text("metric", 11, row -> row.metric().code()),
            Column.measure("value", 10, KpiRow::metric, KpiRow::value),
            Column.integer("n", 10, KpiRow::n),
            Column.measure("ci_low", 10, KpiRow::metric, KpiRow::ciLow),
            Column.measure("ci_high", 10, KpiRow::metric, KpiRow::ciHigh),
            Column.measure("prior_value", 12, KpiRow::metric, KpiRow::priorValue),
            Column.number("change", 10, KpiRow::change),
            Column.bool("change_significant", 19, KpiRow::changeSignificant),
            Column.measure("target", 10, KpiRow::metric, KpiRow::target),
            Column.text("status", 9, row -> statusCode(row.status())),
            Column.text("base", 11, row -> row.base().code()),
            Column.measure("last_year_value", 16, KpiRow::metric, KpiRow::lastYearValue));
    static final List<Column<BenchmarkRow>> BENCHMARK_COLUMNS = List.of(
            Column.text("period", 10, BenchmarkRow::period),
            Column.text("brand", 14, BenchmarkRow::brand),
            Column.text("region", 14, BenchmarkRow::region),
            Column.text("touchpoint", 16, BenchmarkRow::touchpoint),
            Column.text("metric", 10, row -> row.metric().code()),
            Column.measure("value", 10, BenchmarkRow::metric, BenchmarkRow::value),
            Column.integer("n", 10, BenchmarkRow::n),
            Column.measure("own_value", 11, BenchmarkRow::metric, BenchmarkRow::ownValue),
            Column.number("gap", 10, BenchmarkRow::gap),
            Column.bool("gap_significant", 16, BenchmarkRow::gapSignificant),
            Column.integer("rank", 8, BenchmarkRow::rank),
            Column.text("source", 30, BenchmarkRow::source));
    static final List<Column<ThemeRow>> THEME_COLUMNS = List.of(
            Column.text("period", 10, ThemeRow::period),
            Column.text("theme", 18, ThemeRow::theme),
            Column.text("category", 24, ThemeRow::category),
            Column.integer("volume", 10, ThemeRow::volume),
            Column.percent("share", 10, ThemeRow::share),
            Column.number("sentiment", 11, ThemeRow::sentiment),
            Column.number("nps_impact", 12, ThemeRow::npsImpact),
            Column.integer("prior_volume", 14, ThemeRow::priorVolume),
            Column.integer("change", 10, ThemeRow::change),
            Column.bool("emerging", 10, ThemeRow::emerging),
            Column.text("label", 34, ThemeRow::label),
            Column.text("quote", 80, ThemeRow::quote),
            Column.integer("employee_volume", 17, ThemeRow::employeeVolume),
            Column.number("employee_sentiment", 19, ThemeRow::employeeSentiment),
            Column.bool("shared_frustration", 19, ThemeRow::sharedFrustration));
    static final List<Column<EmergingTopic>> EMERGING_COLUMNS = List.of(
            Column.text("period", 10, EmergingTopic::period),
            Column.text("term", 28, EmergingTopic::term),
            Column.integer("comments", 11, EmergingTopic::comments),
            Column.percent("share", 10, EmergingTopic::share),
            Column.percent("baseline_share", 15, EmergingTopic::baselineShare),
            Column.number("g2", 10, EmergingTopic::g2),
            Column.text("known_theme", 18, EmergingTopic::knownTheme));
    static final List<Column<MetricDefinitions.Definition>> DEFINITION_COLUMNS = List.of(
            Column.text("code", 22, MetricDefinitions.Definition::code),
            Column.text("definition", 110, MetricDefinitions.Definition::definition),
            Column.text("standard_error", 50, MetricDefinitions.Definition::standardError));
    /** Defined names of a headline's Summary cells, columns 1 on: {@code NPS}, {@code NPS_TARGET}, ... */
    private static final List<String> SUMMARY_NAME_SUFFIXES = List.of("", "_TARGET", "_VARIANCE", "_PRIOR",
            "_CHANGE", "_LAST_YEAR", "_STATUS");

    public void write(CxPeriodReport report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            writeSummary(workbook, styles, report);
            TableSheet.write(workbook, styles, "KPIs", "KPIs", KPI_COLUMNS, report.kpis());
            TableSheet.write(workbook, styles, "Benchmarks", "Benchmarks", BENCHMARK_COLUMNS, report.benchmarks());
            TableSheet.write(workbook, styles, "Themes", "Themes", THEME_COLUMNS, report.themes());
            TableSheet.write(workbook, styles, "Data quality", "DataQuality", qualityColumns(report.zone()),
                    report.dataQuality());
            TableSheet.write(workbook, styles, "Definitions", "Definitions", DEFINITION_COLUMNS,
                    MetricDefinitions.all());
            // Appended after the contract's sheets, so their order stays as finance links to it.
            TableSheet.write(workbook, styles, "Emerging topics", "EmergingTopics", EMERGING_COLUMNS,
                    report.emergingTopics());
            properties(workbook, report);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** Data quality's as-of times are printed in the reporting time zone, so its columns are the run's. */
    static List<Column<FeedQuality>> qualityColumns(ZoneId zone) {
        return List.of(
                Column.text("feed", 14, FeedQuality::feed),
                Column.integer("files", 8, FeedQuality::files),
                Column.integer("files_quarantined", 18, FeedQuality::filesQuarantined),
                Column.integer("rows_read", 12, FeedQuality::rowsRead),
                Column.integer("rows_loaded", 12, FeedQuality::rowsLoaded),
                Column.integer("rows_rejected", 14, FeedQuality::rowsRejected),
                Column.text("top_reject_reasons", 80, feed -> String.join("; ", feed.topRejectReasons())),
                Column.dateTime("as_of", 18, feed -> feed.asOf() == null ? null
                        : LocalDateTime.ofInstant(feed.asOf(), zone)),
                // After the contract's columns, so links to the earlier ones stay put.
                Column.integer("duplicate_ids", 14, FeedQuality::duplicateIds));
    }

    private static void properties(SXSSFWorkbook workbook, CxPeriodReport report) {
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        String fiscal = report.period().fiscalLabel() == null || report.period().fiscalLabel().equals(report.period().label())
                ? "" : " (" + report.period().fiscalLabel() + ")";
        core.setTitle(report.ownBrand() + " CX finance workbook " + report.period().label() + fiscal);
        core.setCreator("Touchstone");
        core.setSubjectProperty("Customer experience KPIs, run " + report.runId());
    }

    /**
     * The Summary's headline rows: actual, target, prior and last year are formulas reading the
     * KPIs sheet, so the two tie out and finance can trace them; variance and change are formulas
     * over those. Column letters come from the column lists, so a moved column moves its formulas.
     */
    private static List<Column<HeadlineKpi>> summaryColumns(List<KpiRow> kpis) {
        return List.of(
                new Column<>("metric", 14, (sheet, row, column, headline) -> sheet.label(row, column,
                        headline.metric().code(), MetricDefinitions.of(headline.metric()).definition())),
                tiedTo("actual", "value", KpiRow::value, kpis),
                tiedTo("target", "target", KpiRow::target, kpis),
                difference("variance", "actual", "target", KpiRow::target),
                tiedTo("prior", "prior_value", KpiRow::priorValue, kpis),
                difference("change", "actual", "prior", KpiRow::priorValue),
                tiedTo("last_year", "last_year_value", KpiRow::lastYearValue, kpis),
                Column.text("status", 10, headline -> statusCode(headline.current().status())));
    }

    private static void writeSummary(SXSSFWorkbook workbook, WorkbookStyles styles, CxPeriodReport report) {
        TableSheet<HeadlineKpi> summary = new TableSheet<>(workbook, styles, "Summary", summaryColumns(report.kpis()));
        for (HeadlineKpi headline : report.headlines()) {
            int row = summary.add(headline).getRowNum();
            for (int column = 1; column <= SUMMARY_NAME_SUFFIXES.size(); column++) {
                name(workbook, headline.metric().code() + SUMMARY_NAME_SUFFIXES.get(column - 1), row, column);
            }
        }
        summary.newRow();
        Row period = summary.newRow();
        summary.text(period, 0, "period");
        summary.text(period, 1, report.period().label());
        summary.date(period, 2, report.period().start());
        summary.date(period, 3, report.period().end());
        name(workbook, "PERIOD", period.getRowNum(), 1);
        Row fiscal = summary.newRow();
        summary.text(fiscal, 0, "fiscal period");
        summary.text(fiscal, 1, report.period().fiscalLabel());
        name(workbook, "FISCAL_PERIOD", fiscal.getRowNum(), 1);
        Row run = summary.newRow();
        summary.text(run, 0, "run");
        summary.integer(run, 1, report.runId());
        summary.dateTime(run, 2, LocalDateTime.ofInstant(report.generatedAt(), report.zone()));
        summary.text(run, 3, report.ownBrand());
        Row note = summary.newRow();
        summary.text(note, 0, "note");
        summary.text(note, 1, "Actual, target, prior and last year are read from the KPIs sheet; variance = actual"
                + " − target and change = actual − prior are formulas over them. Blank: no target, no prior period,"
                + " or a suppressed base (n < " + report.bases().suppressBelow() + ").");
    }

    /**
     * A Summary figure read from the headline's row of the KPIs sheet; its value is cached. A
     * headline that is not among the KPI rows gets an empty cell, and a blank source stays blank.
     */
    private static Column<HeadlineKpi> tiedTo(String name, String kpiColumn, Function<KpiRow, Double> value,
            List<KpiRow> kpis) {
        String letter = TableSheet.letter(KPI_COLUMNS, kpiColumn);
        return new Column<>(name, 12, (sheet, row, column, headline) -> {
            CellStyle style = measureStyle(sheet.styles(), headline.metric());
            int kpiRow = kpiSheetRow(kpis, headline.current());
            if (kpiRow < 0) {
                sheet.blank(row, column, style);
                return;
            }
            String source = "KPIs!$" + letter + "$" + kpiRow;
            sheet.formula(row, column, "IF(ISNUMBER(" + source + ")," + source + ",\"\")",
                    value.apply(headline.current()), style);
        });
    }

    /** Actual minus another Summary figure of the same row, as a formula finance can audit. */
    private static Column<HeadlineKpi> difference(String name, String minuend, String subtrahend,
            Function<KpiRow, Double> other) {
        return new Column<>(name, 12, (sheet, row, column, headline) -> {
            KpiRow current = headline.current();
            Double a = current.value();
            Double b = other.apply(current);
            sheet.formula(row, column, String.format(Locale.ROOT,
                    "IF(AND(ISNUMBER(%1$s%3$d),ISNUMBER(%2$s%3$d)),%1$s%3$d-%2$s%3$d,\"\")",
                    sheet.letter(minuend), sheet.letter(subtrahend), row.getRowNum() + 1),
                    a != null && b != null ? a - b : null,
                    headline.metric().isCount() ? sheet.styles().integer : sheet.styles().number);
        });
    }

    private static CellStyle measureStyle(WorkbookStyles styles, Metric metric) {
        return metric.isCount() ? styles.integer : metric.isPercentage() ? styles.percent : styles.number;
    }

    private static void name(SXSSFWorkbook workbook, String name, int row, int column) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula("Summary!" + new CellReference(row, column, true, true).formatAsString());
    }

    /** The 1-based KPIs-sheet row holding {@code current}, or -1 when it is not among the KPI rows. */
    private static int kpiSheetRow(List<KpiRow> kpis, KpiRow current) {
        for (int i = 0; i < kpis.size(); i++) {
            KpiRow row = kpis.get(i);
            if (row.metric() == current.metric() && row.brand().equals(current.brand())
                    && row.region().equals(current.region()) && row.touchpoint().equals(current.touchpoint())
                    && row.period().equals(current.period())) {
                return i + 2;
            }
        }
        return -1;
    }

    private static String statusCode(TargetStatus status) {
        return status == null ? null : status.code();
    }
}
