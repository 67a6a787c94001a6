package io.touchstone.reports;

import static io.touchstone.reports.model.ScopeNames.ALL;

import io.touchstone.reports.TableSheet.Column;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.EmergingTopic;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.SentimentLearning;
import io.touchstone.reports.model.TeamKpiRow;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.reports.model.ThemeRow;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the finance workbook: {@code Summary}, {@code KPIs}, {@code Benchmarks},
 * {@code Themes}, {@code Revenue}, {@code Data quality} and {@code Definitions}, then
 * {@code Emerging topics}.
 * Sheet names and header rows are a contract finance links to: never renamed, never reordered,
 * new columns only on the right. Each data sheet is its column list below.
 *
 * <p>Streams with {@link SXSSFWorkbook}, keeping a window of rows in memory, so a sheet of a
 * million rows needs no more heap than one of a thousand.
 */
public final class FinanceWorkbookWriter {

    /** A KPI row's own columns, in the contract's order; the sheet's rows also carry an agent team. */
    /**
     * The width of a column of metric codes, in characters: the longest code with room to spare, so
     * that none is cut where the next cell holds a value (a narrower column cut
     * {@code REVENUE_PER_NPS_POINT} to {@code REVENUE_PER_NPS_POIN} when printed).
     */
    static final int METRIC_CODE_WIDTH = Arrays.stream(Metric.values())
            .mapToInt(metric -> metric.code().length())
            .max()
            .orElseThrow() + 3;
    static final List<Column<KpiRow>> KPI_ROW_COLUMNS = List.of(
            Column.text("period", 10, KpiRow::period),
            Column.date("period_start", 12, KpiRow::periodStart),
            Column.date("period_end", 12, KpiRow::periodEnd),
            Column.text("brand", 14, KpiRow::brand),
            Column.text("region", 14, KpiRow::region),
            Column.text("touchpoint", 16, KpiRow::touchpoint),
            Column.text("metric", METRIC_CODE_WIDTH, row -> row.metric().code()),
            Column.measure("value", 10, KpiRow::metric, KpiRow::value),
            Column.integer("n", 10, KpiRow::n),
            Column.measure("ci_low", 10, KpiRow::metric, KpiRow::ciLow),
            Column.measure("ci_high", 10, KpiRow::metric, KpiRow::ciHigh),
            Column.measure("prior_value", 12, KpiRow::metric, KpiRow::priorValue),
            Column.difference("change", 10, KpiRow::metric, KpiRow::change),
            Column.bool("change_significant", 19, KpiRow::changeSignificant),
            Column.measure("target", 10, KpiRow::metric, KpiRow::target),
            Column.text("status", 9, row -> statusCode(row.status())),
            Column.text("base", 11, row -> row.base().code()),
            Column.measure("last_year_value", 16, KpiRow::metric, KpiRow::lastYearValue));
    /**
     * The {@code KPIs} sheet: a KPI row's columns, then {@code agent_team} on the right ({@code ALL}
     * on every row but the operational KPIs of one agent team, which follow the others).
     */
    static final List<Column<TeamKpiRow>> KPI_COLUMNS = Stream.concat(
            KPI_ROW_COLUMNS.stream().map(column -> Column.on(TeamKpiRow::kpi, column)),
            Stream.of(Column.text("agent_team", 16, TeamKpiRow::agentTeam))).toList();
    static final List<Column<BenchmarkRow>> BENCHMARK_COLUMNS = List.of(
            Column.text("period", 10, BenchmarkRow::period),
            Column.text("brand", 14, BenchmarkRow::brand),
            Column.text("region", 14, BenchmarkRow::region),
            Column.text("touchpoint", 16, BenchmarkRow::touchpoint),
            Column.text("metric", METRIC_CODE_WIDTH, row -> row.metric().code()),
            Column.measure("value", 10, BenchmarkRow::metric, BenchmarkRow::value),
            Column.integer("n", 10, BenchmarkRow::n),
            Column.measure("own_value", 11, BenchmarkRow::metric, BenchmarkRow::ownValue),
            Column.number("gap", 10, BenchmarkRow::gap),
            Column.bool("gap_significant", 16, BenchmarkRow::gapSignificant),
            Column.integer("rank", 8, BenchmarkRow::rank),
            Column.text("source", 30, BenchmarkRow::source),
            Column.measure("ci_low", 10, BenchmarkRow::metric, BenchmarkRow::ciLow),
            Column.measure("ci_high", 10, BenchmarkRow::metric, BenchmarkRow::ciHigh),
            Column.text("base", 11, row -> row.base() == null ? null : row.base().code()));
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
            Column.text("known_theme", 18, EmergingTopic::knownTheme),
            Column.integer("customers", 11, EmergingTopic::customers),
            Column.text("example", 80, EmergingTopic::example));
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
            WorkbookStyles styles = new WorkbookStyles(workbook, report.operations().currency());
            writeSummary(workbook, styles, report);
            TableSheet.write(workbook, styles, "KPIs", "KPIs", KPI_COLUMNS, kpiSheetRows(report));
            TableSheet.write(workbook, styles, "Benchmarks", "Benchmarks", BENCHMARK_COLUMNS, report.benchmarks());
            TableSheet.write(workbook, styles, "Themes", "Themes", THEME_COLUMNS, report.themes());
            // Where the contract lists it, between Themes and Data quality; links to a sheet go by name, not position.
            TableSheet.write(workbook, styles, "Revenue", "Revenue", RevenueSheet.columns(report),
                    RevenueSheet.scopes(report.operations()));
            writeDataQuality(workbook, styles, report);
            TableSheet.write(workbook, styles, "Definitions", "Definitions", DEFINITION_COLUMNS,
                    MetricDefinitions.all(report.operations(), report.sentiment()));
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

    /**
     * The feeds' table, then below it, apart from the table so its rows stay one per feed, how the
     * sentiment was made: a {@code sentiment} row of labels and one of figures.
     */
    private static void writeDataQuality(SXSSFWorkbook workbook, WorkbookStyles styles, CxPeriodReport report) {
        TableSheet<FeedQuality> quality = new TableSheet<>(workbook, styles, "Data quality",
                qualityColumns(report.zone()));
        report.dataQuality().forEach(quality::add);
        quality.finish("DataQuality");
        SentimentLearning sentiment = report.sentiment();
        if (sentiment == null) {
            return;
        }
        quality.skipRow();
        Row labels = quality.newRow();
        List<String> names = List.of("sentiment", "learned", "scored_texts", "trained_on", "held_out", "agreement",
                "lexicon_agreement", "note");
        for (int i = 0; i < names.size(); i++) {
            quality.text(labels, i, names.get(i));
        }
        Row figures = quality.newRow();
        quality.text(figures, 0, sentiment.learned() ? "blended" : "lexicon");
        quality.bool(figures, 1, sentiment.learned());
        quality.integer(figures, 2, sentiment.scoredTexts());
        quality.integer(figures, 3, sentiment.trainedOn());
        quality.integer(figures, 4, sentiment.heldOut());
        quality.number(figures, 5, sentiment.agreement(), true);
        quality.number(figures, 6, sentiment.lexiconAgreement(), true);
        quality.text(figures, 7, sentiment.note());
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
     * over those. Variance is favourable when positive: actual − target, or target − actual for a
     * metric where lower is better (column {@code better} says which); change is actual − prior as
     * on the KPIs sheet. Column letters come from the column lists, so a moved column moves its
     * formulas.
     */
    private static List<Column<HeadlineKpi>> summaryColumns(List<KpiRow> kpis, OperationsReport operations) {
        return List.of(
                new Column<>("metric", METRIC_CODE_WIDTH, (sheet, row, column, headline) -> sheet.label(row, column,
                        headline.metric().code(), MetricDefinitions.of(headline.metric(), operations).definition())),
                tiedTo("actual", "value", KpiRow::value, kpis),
                tiedTo("target", "target", KpiRow::target, kpis),
                variance(),
                tiedTo("prior", "prior_value", KpiRow::priorValue, kpis),
                difference("change", "actual", "prior", KpiRow::priorValue),
                tiedTo("last_year", "last_year_value", KpiRow::lastYearValue, kpis),
                Column.text("status", 10, headline -> statusCode(headline.current().status())),
                // After the contract's columns: which way a variance is favourable.
                Column.text("better", 8, headline -> headline.metric().higherIsBetter() ? "higher" : "lower"));
    }

    /**
     * The survey headlines first, then the period lines, exactly where they always were (links by
     * cell still work); the operational, loop and money headlines in a block of their own below.
     */
    private static void writeSummary(SXSSFWorkbook workbook, WorkbookStyles styles, CxPeriodReport report) {
        TableSheet<HeadlineKpi> summary = new TableSheet<>(workbook, styles, "Summary",
                summaryColumns(report.kpis(), report.operations()));
        List<HeadlineKpi> survey = report.headlines().stream()
                .filter(headline -> headline.metric().kind() == Metric.Kind.SURVEY).toList();
        List<HeadlineKpi> operational = report.headlines().stream()
                .filter(headline -> headline.metric().kind() != Metric.Kind.SURVEY).toList();
        headlineRows(workbook, summary, survey);
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
        summary.text(note, 1, "Actual, target, prior and last year are read from the KPIs sheet; variance and change"
                + " = actual − prior are formulas over them. Variance is favourable when positive: actual − target,"
                + " or target − actual where lower is better (column better). Blank: no target, no prior period,"
                + " or a suppressed base (n < " + report.bases().suppressBelow() + ").");
        if (!operational.isEmpty()) {
            summary.newRow();
            Row heading = summary.newRow();
            summary.label(heading, 0, "Operations, loop, money", "Operational, closing-the-loop and money headlines"
                    + " (company, own brand); amounts in " + report.operations().currency() + ", waits and handle"
                    + " time in seconds, loop time in hours.");
            headlineRows(workbook, summary, operational);
        }
    }

    private static void headlineRows(SXSSFWorkbook workbook, TableSheet<HeadlineKpi> summary,
            List<HeadlineKpi> headlines) {
        for (HeadlineKpi headline : headlines) {
            int row = summary.add(headline).getRowNum();
            for (int column = 1; column <= SUMMARY_NAME_SUFFIXES.size(); column++) {
                name(workbook, headline.metric().code() + SUMMARY_NAME_SUFFIXES.get(column - 1), row, column);
            }
        }
    }

    /**
     * A Summary figure read from the headline's row of the KPIs sheet; its value is cached. A
     * headline that is not among the KPI rows gets an empty cell, and a blank source stays blank.
     */
    private static Column<HeadlineKpi> tiedTo(String name, String kpiColumn, Function<KpiRow, Double> value,
            List<KpiRow> kpis) {
        String letter = TableSheet.letter(KPI_ROW_COLUMNS, kpiColumn);
        return new Column<>(name, 12, (sheet, row, column, headline) -> {
            CellStyle style = sheet.styles().measure(headline.metric());
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
            sheet.formula(row, column, differenceFormula(sheet.letter(minuend), sheet.letter(subtrahend),
                    row.getRowNum() + 1), a != null && b != null ? a - b : null,
                    sheet.styles().difference(headline.metric()));
        });
    }

    /** Actual against target, favourable when positive: target − actual for a metric where lower is better. */
    private static Column<HeadlineKpi> variance() {
        return new Column<>("variance", 12, (sheet, row, column, headline) -> {
            KpiRow current = headline.current();
            boolean higher = headline.metric().higherIsBetter();
            String actual = sheet.letter("actual");
            String target = sheet.letter("target");
            Double a = current.value();
            Double b = current.target();
            sheet.formula(row, column, higher ? differenceFormula(actual, target, row.getRowNum() + 1)
                    : differenceFormula(target, actual, row.getRowNum() + 1),
                    a == null || b == null ? null : higher ? a - b : b - a,
                    sheet.styles().difference(headline.metric()));
        });
    }

    private static String differenceFormula(String minuend, String subtrahend, int row) {
        return String.format(Locale.ROOT, "IF(AND(ISNUMBER(%1$s%3$d),ISNUMBER(%2$s%3$d)),%1$s%3$d-%2$s%3$d,\"\")",
                minuend, subtrahend, row);
    }

    /** The KPIs sheet's rows: every KPI row as the whole company's teams ({@code ALL}), then the agent teams' rows. */
    private static Iterable<TeamKpiRow> kpiSheetRows(CxPeriodReport report) {
        // Mapped as the rows are written: a million KPI rows are never held twice.
        return () -> Stream.concat(report.kpis().stream().map(row -> new TeamKpiRow(ALL, row)),
                report.operations().teamKpis().stream()).iterator();
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
