package io.touchstone.reports;

import static io.touchstone.reports.model.ScopeNames.ALL;

import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.reports.model.RevenueRow;
import io.touchstone.reports.model.TrendPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Renders the executive PDF dashboard with JasperReports. Page 1 tells the story: what changed,
 * the headline tiles (NPS, CSAT, CES with interval, base, target status, change, benchmark gaps,
 * and the slice's own value in a burst copy), the NPS trend, the heatmap by journey stage,
 * touchpoint and region, and the themes costing the most NPS. Then the benchmarks, the themes
 * and emerging topics, operations and closing the loop, CX in money (each of these two left out,
 * and said so in the data notes, when its feeds delivered nothing), and the data notes. Fonts come from the font extension, embedded.
 */
public final class ExecutiveDashboard {

    /** Paper the dashboard is laid out for. */
    public enum PageSize {
        A4(595, 842), LETTER(612, 792);

        private final int width;
        private final int height;

        PageSize(int width, int height) {
            this.width = width;
            this.height = height;
        }

        int width() {
            return width;
        }

        int height() {
            return height;
        }
    }

    private final PageSize pageSize;

    public ExecutiveDashboard(PageSize pageSize) {
        this.pageSize = Objects.requireNonNull(pageSize);
    }

    /**
     * Compiles the page template for this paper and every page's subreport ahead of the first
     * render, which then only fills and exports; the grids are compiled as their tables' shapes
     * come. Compiling is most of a cold render's time and needs no data, so a run can do it while
     * its feeds load. Safe beside a render on another thread: the templates compile once.
     */
    public void prepare() throws IOException {
        try {
            DashboardTemplates.page(pageSize);
            for (String template : DashboardTemplates.SUBREPORTS) {
                DashboardTemplates.subreport(template);
            }
        } catch (JRException e) {
            throw new IOException("Cannot compile the dashboard's templates: " + e.getMessage(), e);
        }
    }

    public void render(CxPeriodReport report, OutputStream pdf) throws IOException {
        try {
            DashboardText text = new DashboardText(report.locale(), report.operations().currency());
            String prior = priorLabel(report);
            JasperPrint print = JasperFillManager.fillReport(DashboardTemplates.page(pageSize),
                    parameters(report, text, prior), new JRMapCollectionDataSource(tiles(report, text, prior)));
            JasperExportManager.exportReportToPdfStream(print, pdf);
        } catch (JRException e) {
            throw new IOException("Cannot render the dashboard for " + report.period().label() + ": " + e.getMessage(), e);
        }
    }

    /** The period the changes are measured against: the trend's one before last. */
    static String priorLabel(CxPeriodReport report) {
        return report.npsTrend().size() > 1 ? report.npsTrend().get(report.npsTrend().size() - 2).period()
                : "the prior period";
    }

    static String title(CxPeriodReport report) {
        return report.ownBrand() + " · Customer experience" + (report.slice() == null ? "" : " · " + report.slice().value());
    }

    private static Map<String, Object> parameters(CxPeriodReport report, DashboardText text, String prior)
            throws JRException {
        ReportSlice slice = report.slice();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, report.locale());
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(report.zone()));
        parameters.put("TITLE", title(report));
        parameters.put("SUBTITLE", periodLine(report, text));
        parameters.put("RUN_LINE", "Run " + report.runId() + " · business date " + report.businessDate()
                + " · generated " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(report.locale()).format(LocalDateTime.ofInstant(report.generatedAt(), report.zone()))
                + " " + report.zone().getId()
                + (slice == null ? "" : " · company headline and the " + slice.dimension() + " " + slice.value() + " only"));
        parameters.put("WHAT_CHANGED", WhatChanged.summarise(report, prior, text));
        parameters.put("TREND_TITLE", "NPS" + (slice == null ? "" : " in " + slice.value()) + ", last "
                + report.npsTrend().size() + " periods, with target and 95 % interval");
        parameters.put("TREND", new JRMapCollectionDataSource(trendRows(report.npsTrend(),
                report.period().kind(), report.locale())));
        AxisRange range = trendRange(report.npsTrend());
        parameters.put("TREND_MIN", range.min());
        parameters.put("TREND_MAX", range.max());
        if (NpsHeatmap.available(report)) {
            GridTable heatmap = NpsHeatmap.table(report, text);
            parameters.put("HEATMAP_TITLE", "NPS by journey stage, touchpoint and region");
            parameters.put("HEATMAP", heatmap.dataSource());
            parameters.put("HEATMAP_REPORT", heatmap.report());
            parameters.put("HEATMAP_LEGEND", NpsHeatmap.legend(report, text));
        } else {
            parameters.put("HEATMAP_TITLE", "NPS by journey stage, touchpoint and region: no touchpoint has data"
                    + " this period");
        }
        parameters.put("TOP_THEMES_TITLE", "Themes costing the most NPS" + (slice == null ? "" : " in " + slice.value()));
        parameters.put("TOP_THEMES", DataNotes.costliestThemes(report, text));
        // One line at 6.5 pt: page 1 has no height to spare on Letter with twenty touchpoints.
        parameters.put("FOOTNOTE", "* significant at 95 %. "
                + NpsHeatmap.LOW_BASE_MARK.strip() + " low base (n < " + report.bases().low()
                + "): greyed, not tested; — suppressed (n < " + report.bases().suppressBelow()
                + "). Benchmarks, themes" + (OperationsPage.available(report) ? ", operations" : "")
                + (MoneyPage.available(report) ? ", money" : "") + " and data notes follow.");
        benchmarkPage(report, text, parameters);
        themesPage(report, text, parameters);
        operationsPage(report, text, prior, parameters);
        moneyPage(report, text, parameters);
        notesPage(report, text, parameters);
        return parameters;
    }

    private static void benchmarkPage(CxPeriodReport report, DashboardText text, Map<String, Object> parameters)
            throws JRException {
        List<Map<String, ?>> gaps = BenchmarkTables.npsGaps(report);
        Map<String, Object> page = new HashMap<>();
        page.put("TITLE", "How we compare" + (report.slice() == null ? "" : " · " + report.slice().value()));
        page.put("INTRO", BenchmarkTables.source(report) + " Each competitor cell shows its score and, in brackets,"
                + " our gap (ours − theirs); green: we lead significantly, red: we trail significantly.");
        page.put("GAPS", new JRMapCollectionDataSource(gaps));
        page.put("HAS_GAPS", !gaps.isEmpty());
        List<Map<String, ?>> sections = new ArrayList<>();
        GridTable survey = BenchmarkTables.survey(report, text);
        if (report.benchmarks().stream().anyMatch(row -> BenchmarkTables.isSurvey(row))) {
            sections.add(survey.section("Survey benchmark by metric and touchpoint", "* significant gap; "
                    + NpsHeatmap.LOW_BASE_MARK.strip() + " low base (n < " + report.bases().low()
                    + "), not tested or ranked. Rank among the brands with a value, 1 = best."));
        }
        GridTable social = BenchmarkTables.social(report, text);
        if (!social.isEmpty()) {
            sections.add(social.section("Social benchmark from public posts", "Share of voice: % of the period's"
                    + " posts about the brand. Net sentiment: % positive − % negative posts. ± the 95 % margin; * the"
                    + " gap to us is significant (green: we lead, red: we trail); † low base (fewer than "
                    + report.bases().low() + " posts), greyed and not ranked."));
        }
        parameters.put("BENCHMARKS_REPORT", DashboardTemplates.subreport(DashboardTemplates.BENCHMARKS));
        parameters.put("BENCHMARKS_PARAMETERS", page);
        parameters.put("BENCHMARKS_SECTIONS", new JRMapCollectionDataSource(sections));
    }

    private static void themesPage(CxPeriodReport report, DashboardText text, Map<String, Object> parameters)
            throws JRException {
        Map<String, Object> page = new HashMap<>();
        page.put("EMERGING", report.slice() != null
                ? "Emerging topics are mined over the whole company's comments: see the company dashboard."
                : emergingText(report, text));
        page.put("TAXONOMY", "Themes of the taxonomy" + (report.slice() == null ? ""
                : " in the comments from " + report.slice().value()) + ", largest NPS cost first; sentiment −1..1 of the sentences that mention the theme;"
                + " NPS impact = NPS of all responses − NPS of those not mentioning it."
                + (report.taxonomyVersion() == null ? "" : " Taxonomy " + report.taxonomyVersion().substring(0,
                        Math.min(12, report.taxonomyVersion().length())) + "."));
        parameters.put("THEMES_REPORT", DashboardTemplates.subreport(DashboardTemplates.THEMES));
        parameters.put("THEMES_PARAMETERS", page);
        parameters.put("THEMES", new JRMapCollectionDataSource(themeRows(report, text)));
    }

    /** The operations page, left out (its parameters unset) when no interaction or follow-up was delivered. */
    private static void operationsPage(CxPeriodReport report, DashboardText text, String prior,
            Map<String, Object> parameters) throws JRException {
        if (!OperationsPage.available(report)) {
            return;
        }
        Map<String, Object> page = new HashMap<>();
        page.put("TITLE", OperationsPage.title(report));
        page.put("INTRO", OperationsPage.intro(report));
        page.put("TILES", new JRMapCollectionDataSource(OperationsPage.tiles(report, text, prior)));
        page.put("TILES_REPORT", DashboardTemplates.subreport(DashboardTemplates.KPI_TILES));
        parameters.put("OPERATIONS_REPORT", DashboardTemplates.subreport(DashboardTemplates.OPERATIONS));
        parameters.put("OPERATIONS_PARAMETERS", page);
        parameters.put("OPERATIONS_SECTIONS", new JRMapCollectionDataSource(OperationsPage.sections(report, text)));
    }

    /** The money page, left out when no account was delivered. */
    private static void moneyPage(CxPeriodReport report, DashboardText text, Map<String, Object> parameters)
            throws JRException {
        if (!MoneyPage.available(report)) {
            return;
        }
        RevenueRow revenue = MoneyPage.revenue(report);
        Map<String, Object> page = new HashMap<>();
        page.put("TITLE", MoneyPage.title(report));
        page.put("INTRO", MoneyPage.intro(report));
        page.put("AT_RISK", MoneyPage.atRisk(revenue, text));
        page.put("AT_RISK_INPUTS", MoneyPage.atRiskInputs(revenue, text));
        page.put("PER_POINT", MoneyPage.perPoint(revenue, text));
        page.put("PER_POINT_INPUTS", MoneyPage.perPointInputs(revenue, text));
        page.put("METHOD", MoneyPage.method(report.operations()));
        parameters.put("MONEY_REPORT", DashboardTemplates.subreport(DashboardTemplates.MONEY));
        parameters.put("MONEY_PARAMETERS", page);
        parameters.put("MONEY_SECTIONS", new JRMapCollectionDataSource(MoneyPage.sections(report, text)));
    }

    private static void notesPage(CxPeriodReport report, DashboardText text, Map<String, Object> parameters)
            throws JRException {
        Map<String, Object> page = new HashMap<>();
        page.put("NOTES", DataNotes.notes(report, text));
        page.put("QUALITY", new JRMapCollectionDataSource(qualityRows(report, text)));
        page.put("QUALITY_REPORT", DashboardTemplates.subreport(DashboardTemplates.QUALITY));
        page.put("LOW_BASES", DataNotes.lowBases(report, text));
        page.put("DEFINITIONS", DataNotes.definitions(report));
        parameters.put("NOTES_REPORT", DashboardTemplates.subreport(DashboardTemplates.DATA_NOTES));
        parameters.put("NOTES_PARAMETERS", page);
    }

    /**
     * Whether a headline is one of page 1's score tiles (NPS, CSAT, CES). The operational and money
     * headlines have their own page; the count of responses is printed under the tiles.
     */
    static boolean isSurveyTile(Metric metric) {
        return metric.kind() == Metric.Kind.SURVEY && metric != Metric.RESPONSES;
    }

    private static List<Map<String, ?>> tiles(CxPeriodReport report, DashboardText text, String prior) {
        List<Map<String, ?>> tiles = new ArrayList<>();
        for (HeadlineKpi headline : report.headlines()) {
            if (!isSurveyTile(headline.metric())) {
                continue;
            }
            Map<String, Object> tile = text.tile(headline, prior, "same period");
            if (report.slice() != null) {
                tile.put("slice", text.sliceLine(report.slice().value(), headline.metric(),
                        sliceRow(report, headline.metric())));
            }
            tiles.add(tile);
        }
        return tiles;
    }

    /** The slice's own value of a headline metric: its region or touchpoint row, all else ALL. */
    static KpiRow sliceRow(CxPeriodReport report, Metric metric) {
        ReportSlice slice = report.slice();
        return report.kpis().stream()
                .filter(row -> row.metric() == metric && row.brand().equals(report.ownBrand()))
                .filter(row -> slice.isRegion()
                        ? row.region().equals(slice.value()) && row.touchpoint().equals(ALL)
                        : row.touchpoint().equals(slice.value()) && row.region().equals(ALL))
                .findFirst().orElse(null);
    }

    static String periodLine(CxPeriodReport report, DashboardText text) {
        long responses = report.headlines().stream().filter(headline -> headline.metric() == Metric.RESPONSES)
                .findFirst().map(headline -> headline.current().n()).orElse(0L);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(report.locale());
        String fiscal = report.period().fiscalLabel() == null || report.period().fiscalLabel().equals(report.period().label())
                ? "" : ", fiscal " + report.period().fiscalLabel();
        return report.period().label() + " (" + report.period().kind() + fiscal + ", "
                + day.format(report.period().start()) + " – " + day.format(report.period().end()) + ") · "
                + text.integer(responses) + " survey responses";
    }

    /** Axis labels short enough for 13 periods side by side: "Oct 25", "W47", "20 Nov", "Q4 26". */
    static String shortLabel(String kind, TrendPoint point, Locale locale) {
        return switch (kind) {
            case "month" -> DateTimeFormatter.ofPattern("MMM yy", locale).format(point.periodStart());
            case "day" -> DateTimeFormatter.ofPattern("d MMM", locale).format(point.periodStart());
            case "week" -> point.period().substring(point.period().indexOf('W'));
            case "quarter" -> point.period().substring(5) + " " + point.period().substring(2, 4);
            case "fiscal-month" -> point.period().substring(point.period().indexOf('P')) + " "
                    + point.period().substring(4, 6);
            default -> point.period();
        };
    }

    private static List<Map<String, ?>> trendRows(List<TrendPoint> trend, String kind, Locale locale) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (TrendPoint point : trend) {
            Map<String, Object> row = new HashMap<>();
            row.put("period", shortLabel(kind, point, locale));
            row.put("nps", point.value());
            row.put("target", point.target());
            row.put("ciLow", point.value() == null ? null : point.ciLow());
            row.put("ciHigh", point.value() == null ? null : point.ciHigh());
            rows.add(row);
        }
        return rows;
    }

    /** The bounds of the trend chart's value axis. */
    private record AxisRange(double min, double max) {
    }

    /** A value axis that holds every point, target and interval, rounded out to tens. */
    private static AxisRange trendRange(List<TrendPoint> trend) {
        List<Double> values = trend.stream()
                .flatMap(point -> Stream.of(point.value(), point.target(), point.ciLow(), point.ciHigh()))
                .filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return new AxisRange(-100, 100);
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new AxisRange(Math.max(-100, Math.floor(min / 10) * 10 - 10), Math.min(100, Math.ceil(max / 10) * 10 + 10));
    }

    private static List<Map<String, ?>> qualityRows(CxPeriodReport report, DashboardText text) {
        DateTimeFormatter asOf = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(report.locale());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FeedQuality feed : report.dataQuality()) {
            Map<String, Object> row = new HashMap<>();
            row.put("feed", feed.feed());
            row.put("files", text.integer(feed.files()));
            row.put("quarantined", text.integer(feed.filesQuarantined()));
            row.put("read", text.integer(feed.rowsRead()));
            row.put("loaded", text.integer(feed.rowsLoaded()));
            row.put("rejected", text.integer(feed.rowsRejected()));
            row.put("duplicates", text.integer(feed.duplicateIds()));
            row.put("asOf", feed.asOf() == null ? "no data yet"
                    : asOf.format(LocalDateTime.ofInstant(feed.asOf(), report.zone())));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, ?>> themeRows(CxPeriodReport report, DashboardText text) {
        List<Map<String, ?>> rows = new ArrayList<>();
        report.themes().stream()
                .sorted(Comparator.comparingDouble(theme -> theme.npsImpact() == null ? Double.MAX_VALUE : theme.npsImpact()))
                .forEach(theme -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("label", theme.label() + (theme.emerging() ? " ▲ emerging" : "")
                            + (theme.sharedFrustration() ? " · staff too" : ""));
                    row.put("mentions", text.integer(theme.volume()));
                    row.put("share", theme.share() == null ? "" : text.plain(Metric.NPS, theme.share()) + " %");
                    row.put("sentiment", theme.sentiment() == null ? "" : text.signed(Metric.CES, theme.sentiment()));
                    row.put("impact", theme.npsImpact() == null ? "" : text.signed(Metric.NPS, theme.npsImpact()));
                    row.put("change", theme.change() == null ? "" : (theme.change() >= 0 ? "+" : "−")
                            + text.integer(Math.abs(theme.change())));
                    row.put("quote", theme.quote() == null ? null : "“" + theme.quote() + "”");
                    rows.add(row);
                });
        return rows;
    }

    private static String emergingText(CxPeriodReport report, DashboardText text) {
        if (report.emergingTopics().isEmpty()) {
            return "Nothing customers say this period is significantly new against the 8 periods before.";
        }
        return String.join("\n", report.emergingTopics().stream()
                .map(topic -> "• “" + topic.term() + "”: " + text.integer(topic.customers()) + " customers, "
                        + text.plain(Metric.NPS, topic.baselineShare()) + " % → " + text.plain(Metric.NPS, topic.share())
                        + " % of commenters" + (topic.knownTheme() == null ? " — no theme covers it yet"
                                : " — covered by " + topic.knownTheme())
                        + (topic.example() == null ? "" : "\n    e.g. “" + topic.example() + "”"))
                .toList());
    }
}
