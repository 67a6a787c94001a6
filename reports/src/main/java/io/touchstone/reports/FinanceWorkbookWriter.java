package io.touchstone.reports;

import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.EmergingTopic;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.reports.model.ThemeRow;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the finance workbook: {@code Summary}, {@code KPIs}, {@code Benchmarks},
 * {@code Themes}, {@code Data quality} and {@code Definitions}, then {@code Emerging topics}. Sheet names and header rows are a contract
 * finance links to: never renamed, never reordered, new columns only on the right.
 *
 * <p>Streams with {@link SXSSFWorkbook}, keeping a window of rows in memory, so a sheet of a
 * million rows needs no more heap than one of a thousand.
 */
public final class FinanceWorkbookWriter {

    static final List<TableSheet.Column> KPI_COLUMNS = columns("period:10", "period_start:12", "period_end:12",
            "brand:14", "region:14", "touchpoint:16", "metric:11", "value:10", "n:10", "ci_low:10", "ci_high:10",
            "prior_value:12", "change:10", "change_significant:19", "target:10", "status:9", "base:11",
            "last_year_value:16");
    static final List<TableSheet.Column> BENCHMARK_COLUMNS = columns("period:10", "brand:14", "region:14",
            "touchpoint:16", "metric:10", "value:10", "n:10", "own_value:11", "gap:10", "gap_significant:16",
            "rank:8", "source:30");
    static final List<TableSheet.Column> THEME_COLUMNS = columns("period:10", "theme:18", "category:24",
            "volume:10", "share:10", "sentiment:11", "nps_impact:12", "prior_volume:14", "change:10", "emerging:10",
            "label:34", "quote:80", "employee_volume:17", "employee_sentiment:19", "shared_frustration:19");
    static final List<TableSheet.Column> EMERGING_COLUMNS = columns("period:10", "term:28", "comments:11",
            "share:10", "baseline_share:15", "g2:10", "known_theme:18");
    static final List<TableSheet.Column> QUALITY_COLUMNS = columns("feed:14", "files:8", "files_quarantined:18",
            "rows_read:12", "rows_loaded:12", "rows_rejected:14", "top_reject_reasons:80", "as_of:18");
    static final List<TableSheet.Column> DEFINITION_COLUMNS = columns("code:22", "definition:110",
            "standard_error:50");
    private static final String[] SUMMARY_HEADER = {"metric", "actual", "target", "variance", "prior", "change",
            "last_year", "status"};
    /** Columns of the KPIs sheet the Summary reads: value, target, prior_value, last_year_value. */
    private static final String KPI_VALUE_COLUMN = "H";
    private static final String KPI_TARGET_COLUMN = "O";
    private static final String KPI_PRIOR_COLUMN = "L";
    private static final String KPI_LAST_YEAR_COLUMN = "R";
    private static final String[] SUMMARY_NAME_SUFFIXES = {"", "_TARGET", "_VARIANCE", "_PRIOR", "_CHANGE",
            "_LAST_YEAR", "_STATUS"};

    public void write(CxPeriodReport report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            writeSummary(workbook, styles, report);
            writeKpis(workbook, styles, report.kpis());
            writeBenchmarks(workbook, styles, report.benchmarks());
            writeThemes(workbook, styles, report.themes());
            writeDataQuality(workbook, styles, report);
            writeDefinitions(workbook, styles);
            writeEmergingTopics(workbook, styles, report.emergingTopics());
            properties(workbook, report);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void properties(SXSSFWorkbook workbook, CxPeriodReport report) {
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        String fiscal = report.period().fiscalLabel() == null || report.period().fiscalLabel().equals(report.period().label())
                ? "" : " (" + report.period().fiscalLabel() + ")";
        core.setTitle(report.ownBrand() + " CX finance workbook " + report.period().label() + fiscal);
        core.setCreator("Touchstone");
        core.setSubjectProperty("Customer experience KPIs, run " + report.runId());
    }

    private static void writeSummary(SXSSFWorkbook workbook, WorkbookStyles styles, CxPeriodReport report) {
        TableSheet summary = new TableSheet(workbook, styles, "Summary", columns("metric:14", "actual:12",
                "target:12", "variance:12", "prior:12", "change:12", "last_year:12", "status:10"));
        SXSSFSheet sheet = workbook.getSheet("Summary");
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper helper = workbook.getCreationHelper();
        int rowNumber = 1;
        for (HeadlineKpi headline : report.headlines()) {
            KpiRow current = headline.current();
            Row row = summary.newRow();
            Cell metric = row.createCell(0);
            metric.setCellValue(headline.metric());
            metric.setCellStyle(styles.header);
            addNote(drawing, helper, metric, MetricDefinitions.of(headline.metric()).definition());
            boolean counts = headline.metric().equals("RESPONSES");
            CellStyle style = counts ? styles.integer : isPercentage(headline.metric()) ? styles.percent : styles.number;
            int kpiRow = kpiSheetRow(report.kpis(), current);
            tiedTo(row.createCell(1), kpiRow, KPI_VALUE_COLUMN, current.value(), style);
            tiedTo(row.createCell(2), kpiRow, KPI_TARGET_COLUMN, current.target(), style);
            int excelRow = rowNumber + 1;
            difference(row.createCell(3), "B", "C", excelRow, current.value(), current.target(), counts, styles);
            tiedTo(row.createCell(4), kpiRow, KPI_PRIOR_COLUMN, current.priorValue(), style);
            difference(row.createCell(5), "B", "E", excelRow, current.value(), current.priorValue(), counts, styles);
            tiedTo(row.createCell(6), kpiRow, KPI_LAST_YEAR_COLUMN, current.lastYearValue(), style);
            summary.text(row, 7, statusText(current.status()));
            for (int column = 1; column <= SUMMARY_NAME_SUFFIXES.length; column++) {
                name(workbook, headline.metric() + SUMMARY_NAME_SUFFIXES[column - 1], rowNumber, column);
            }
            rowNumber++;
        }
        summary.newRow();
        rowNumber++;
        Row period = summary.newRow();
        summary.text(period, 0, "period");
        summary.text(period, 1, report.period().label());
        summary.date(period, 2, report.period().start());
        summary.date(period, 3, report.period().end());
        name(workbook, "PERIOD", rowNumber++, 1);
        Row fiscal = summary.newRow();
        summary.text(fiscal, 0, "fiscal period");
        summary.text(fiscal, 1, report.period().fiscalLabel());
        name(workbook, "FISCAL_PERIOD", rowNumber++, 1);
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

    /** Metrics kpis.md defines as 100 × a share: shown with a percent sign, kept as points. */
    static boolean isPercentage(String metric) {
        return metric.equals("CSAT") || metric.equals("FCR") || metric.equals("CALLBACK_SHARE")
                || metric.equals("LOOP_CLOSED_RATE") || metric.equals("SHARE_OF_VOICE") || metric.startsWith("CHURN_RATE");
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
            if (row.metric().equals(current.metric()) && row.brand().equals(current.brand())
                    && row.region().equals(current.region()) && row.touchpoint().equals(current.touchpoint())
                    && row.period().equals(current.period())) {
                return i + 2;
            }
        }
        return -1;
    }

    /**
     * A Summary figure as a formula reading the KPIs sheet, so the two tie out and finance can
     * trace it; the value is cached for clients that do not recalculate on opening. A blank
     * source stays blank, never 0.
     */
    private static void tiedTo(Cell cell, int kpiRow, String column, Double value, CellStyle style) {
        cell.setCellStyle(style);
        if (kpiRow < 0) {
            return;
        }
        String source = "KPIs!$" + column + "$" + kpiRow;
        cell.setCellFormula("IF(ISNUMBER(" + source + ")," + source + ",\"\")");
        if (value != null) {
            cell.setCellValue(value);
        } else {
            cell.setCellValue("");
        }
    }

    /**
     * A difference as a formula finance can audit, with its value cached: clients that do not
     * recalculate on opening (LibreOffice by default) still show the right number.
     */
    private static void difference(Cell cell, String minuend, String subtrahend, int excelRow, Double a, Double b,
            boolean count, WorkbookStyles styles) {
        cell.setCellFormula(String.format(Locale.ROOT, "IF(AND(ISNUMBER(%1$s%3$d),ISNUMBER(%2$s%3$d)),%1$s%3$d-%2$s%3$d,\"\")",
                minuend, subtrahend, excelRow));
        if (a != null && b != null) {
            cell.setCellValue(a - b);
        } else {
            cell.setCellValue("");
        }
        cell.setCellStyle(count ? styles.integer : styles.number);
    }

    private static void addNote(Drawing<?> drawing, CreationHelper helper, Cell cell, String text) {
        ClientAnchor anchor = helper.createClientAnchor();
        // The anchor's first cell is the cell the note belongs to; the box spans five columns.
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("Touchstone");
        cell.setCellComment(comment);
    }

    private static void writeKpis(SXSSFWorkbook workbook, WorkbookStyles styles, List<KpiRow> kpis) {
        TableSheet sheet = new TableSheet(workbook, styles, "KPIs", KPI_COLUMNS);
        for (KpiRow kpi : kpis) {
            Row row = sheet.newRow();
            sheet.text(row, 0, kpi.period());
            sheet.date(row, 1, kpi.periodStart());
            sheet.date(row, 2, kpi.periodEnd());
            sheet.text(row, 3, kpi.brand());
            sheet.text(row, 4, kpi.region());
            sheet.text(row, 5, kpi.touchpoint());
            sheet.text(row, 6, kpi.metric());
            boolean percentage = isPercentage(kpi.metric());
            sheet.number(row, 7, kpi.value(), percentage);
            sheet.integer(row, 8, kpi.n());
            sheet.number(row, 9, kpi.ciLow(), percentage);
            sheet.number(row, 10, kpi.ciHigh(), percentage);
            sheet.number(row, 11, kpi.priorValue(), percentage);
            sheet.number(row, 12, kpi.change());
            sheet.bool(row, 13, kpi.changeSignificant());
            sheet.number(row, 14, kpi.target(), percentage);
            sheet.text(row, 15, statusText(kpi.status()));
            sheet.text(row, 16, kpi.base().name().toLowerCase(Locale.ROOT));
            sheet.number(row, 17, kpi.lastYearValue(), percentage);
        }
        sheet.finish("KPIs");
    }

    private static void writeBenchmarks(SXSSFWorkbook workbook, WorkbookStyles styles, List<BenchmarkRow> benchmarks) {
        TableSheet sheet = new TableSheet(workbook, styles, "Benchmarks", BENCHMARK_COLUMNS);
        for (BenchmarkRow benchmark : benchmarks) {
            Row row = sheet.newRow();
            sheet.text(row, 0, benchmark.period());
            sheet.text(row, 1, benchmark.brand());
            sheet.text(row, 2, benchmark.region());
            sheet.text(row, 3, benchmark.touchpoint());
            sheet.text(row, 4, benchmark.metric());
            boolean percentage = isPercentage(benchmark.metric());
            sheet.number(row, 5, benchmark.value(), percentage);
            sheet.integer(row, 6, benchmark.n());
            sheet.number(row, 7, benchmark.ownValue(), percentage);
            sheet.number(row, 8, benchmark.gap());
            sheet.bool(row, 9, benchmark.gapSignificant());
            sheet.integer(row, 10, benchmark.rank());
            sheet.text(row, 11, benchmark.source());
        }
        sheet.finish("Benchmarks");
    }

    private static void writeThemes(SXSSFWorkbook workbook, WorkbookStyles styles, List<ThemeRow> themes) {
        TableSheet sheet = new TableSheet(workbook, styles, "Themes", THEME_COLUMNS);
        for (ThemeRow theme : themes) {
            Row row = sheet.newRow();
            sheet.text(row, 0, theme.period());
            sheet.text(row, 1, theme.theme());
            sheet.text(row, 2, theme.category());
            sheet.integer(row, 3, theme.volume());
            sheet.number(row, 4, theme.share(), true);
            sheet.number(row, 5, theme.sentiment());
            sheet.number(row, 6, theme.npsImpact());
            sheet.integer(row, 7, theme.priorVolume());
            sheet.integer(row, 8, theme.change());
            sheet.bool(row, 9, theme.emerging());
            sheet.text(row, 10, theme.label());
            sheet.text(row, 11, theme.quote());
            sheet.integer(row, 12, theme.employeeVolume());
            sheet.number(row, 13, theme.employeeSentiment());
            sheet.bool(row, 14, theme.sharedFrustration());
        }
        sheet.finish("Themes");
    }

    /** Appended after the contract's sheets, so their order stays as finance links to it. */
    private static void writeEmergingTopics(SXSSFWorkbook workbook, WorkbookStyles styles, List<EmergingTopic> topics) {
        TableSheet sheet = new TableSheet(workbook, styles, "Emerging topics", EMERGING_COLUMNS);
        for (EmergingTopic topic : topics) {
            Row row = sheet.newRow();
            sheet.text(row, 0, topic.period());
            sheet.text(row, 1, topic.term());
            sheet.integer(row, 2, topic.comments());
            sheet.number(row, 3, topic.share(), true);
            sheet.number(row, 4, topic.baselineShare(), true);
            sheet.number(row, 5, topic.g2());
            sheet.text(row, 6, topic.knownTheme());
        }
        sheet.finish("EmergingTopics");
    }

    private static void writeDataQuality(SXSSFWorkbook workbook, WorkbookStyles styles, CxPeriodReport report) {
        TableSheet sheet = new TableSheet(workbook, styles, "Data quality", QUALITY_COLUMNS);
        for (FeedQuality feed : report.dataQuality()) {
            Row row = sheet.newRow();
            sheet.text(row, 0, feed.feed());
            sheet.integer(row, 1, feed.files());
            sheet.integer(row, 2, feed.filesQuarantined());
            sheet.integer(row, 3, feed.rowsRead());
            sheet.integer(row, 4, feed.rowsLoaded());
            sheet.integer(row, 5, feed.rowsRejected());
            sheet.text(row, 6, String.join("; ", feed.topRejectReasons()));
            sheet.dateTime(row, 7, feed.asOf() == null ? null : LocalDateTime.ofInstant(feed.asOf(), report.zone()));
        }
        sheet.finish("DataQuality");
    }

    private static void writeDefinitions(SXSSFWorkbook workbook, WorkbookStyles styles) {
        TableSheet sheet = new TableSheet(workbook, styles, "Definitions", DEFINITION_COLUMNS);
        for (MetricDefinitions.Definition definition : MetricDefinitions.all()) {
            Row row = sheet.newRow();
            sheet.text(row, 0, definition.code());
            sheet.text(row, 1, definition.definition());
            sheet.text(row, 2, definition.standardError());
        }
        sheet.finish("Definitions");
    }

    private static String statusText(TargetStatus status) {
        return status == null ? null : status.name().toLowerCase(Locale.ROOT);
    }

    private static List<TableSheet.Column> columns(String... specs) {
        return java.util.Arrays.stream(specs).map(spec -> {
            int colon = spec.lastIndexOf(':');
            return new TableSheet.Column(spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1)));
        }).toList();
    }
}
