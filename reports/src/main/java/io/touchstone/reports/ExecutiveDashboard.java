package io.touchstone.reports;

import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.TrendPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Renders the executive PDF dashboard with JasperReports: page 1 carries the headline tiles
 * (NPS, CSAT, CES with interval, base, target status, change, benchmark gaps), the NPS trend,
 * notes and the run's data quality. Fonts come from the DejaVu font extension, embedded.
 *
 * <p>Templates are compiled once per page size and process (compiling takes a second or two;
 * filling and exporting tens of milliseconds once warm).
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
    }

    static final String MAIN_TEMPLATE = "templates/dashboard/ExecutiveDashboard.jrxml";
    static final String QUALITY_TEMPLATE = "templates/dashboard/DataQuality.jrxml";
    static final String THEMES_TEMPLATE = "templates/dashboard/ThemesPage.jrxml";
    private static final Map<PageSize, JasperReport> COMPILED = new EnumMap<>(PageSize.class);
    private static JasperReport qualityReport;
    private static JasperReport themesReport;

    private final PageSize pageSize;

    public ExecutiveDashboard(PageSize pageSize) {
        this.pageSize = Objects.requireNonNull(pageSize);
    }

    public void render(CxPeriodReport report, OutputStream pdf) throws IOException {
        DashboardText text = new DashboardText(report.locale());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, report.locale());
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(report.zone()));
        parameters.put("TITLE", report.ownBrand() + " · Customer experience");
        parameters.put("SUBTITLE", periodLine(report, text));
        parameters.put("RUN_LINE", "Run " + report.runId() + " · business date " + report.businessDate()
                + " · generated " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(report.locale()).format(LocalDateTime.ofInstant(report.generatedAt(), report.zone()))
                + " " + report.zone().getId());
        parameters.put("TREND_TITLE", "NPS, last " + report.npsTrend().size() + " periods, with target and 95 % interval");
        parameters.put("TREND", new JRMapCollectionDataSource(trendRows(report.npsTrend(),
                report.period().kind(), report.locale())));
        double[] range = trendRange(report.npsTrend());
        parameters.put("TREND_MIN", range[0]);
        parameters.put("TREND_MAX", range[1]);
        parameters.put("NOTES", notes(report));
        parameters.put("QUALITY", new JRMapCollectionDataSource(qualityRows(report, text)));
        parameters.put("THEMES", new JRMapCollectionDataSource(themeRows(report, text)));
        parameters.put("EMERGING", emergingText(report, text));
        parameters.put("TAXONOMY", "Themes of the taxonomy, largest NPS cost first; sentiment −1..1 of the sentences"
                + " that mention the theme; NPS impact = NPS of all responses − NPS of those not mentioning it."
                + (report.taxonomyVersion() == null ? "" : " Taxonomy " + report.taxonomyVersion().substring(0,
                        Math.min(12, report.taxonomyVersion().length())) + "."));
        String prior = report.npsTrend().size() > 1 ? report.npsTrend().get(report.npsTrend().size() - 2).period()
                : "prior period";
        List<Map<String, ?>> tiles = new ArrayList<>();
        for (HeadlineKpi headline : report.headlines()) {
            if (!headline.metric().equals("RESPONSES")) {
                tiles.add(text.tile(headline, prior, "same period"));
            }
        }
        try {
            parameters.put("QUALITY_REPORT", quality());
            parameters.put("THEMES_REPORT", themes());
            JasperPrint print = JasperFillManager.fillReport(main(pageSize), parameters,
                    new JRMapCollectionDataSource(tiles));
            JasperExportManager.exportReportToPdfStream(print, pdf);
        } catch (JRException e) {
            throw new IOException("Cannot render the dashboard for " + report.period().label() + ": " + e.getMessage(), e);
        }
    }

    private static String periodLine(CxPeriodReport report, DashboardText text) {
        long responses = report.headlines().stream().filter(headline -> headline.metric().equals("RESPONSES"))
                .findFirst().map(headline -> headline.current().n()).orElse(0L);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(report.locale());
        return report.period().label() + " (" + report.period().kind() + ", " + day.format(report.period().start())
                + " – " + day.format(report.period().end()) + ") · " + text.integer(responses) + " survey responses";
    }

    /** Axis labels short enough for 13 periods side by side: "Oct 25", "W47", "20 Nov", "Q4 26". */
    private static String shortLabel(String kind, TrendPoint point, Locale locale) {
        return switch (kind) {
            case "month" -> DateTimeFormatter.ofPattern("MMM yy", locale).format(point.periodStart());
            case "day" -> DateTimeFormatter.ofPattern("d MMM", locale).format(point.periodStart());
            case "week" -> point.period().substring(point.period().indexOf('W'));
            case "quarter" -> point.period().substring(5) + " " + point.period().substring(2, 4);
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

    /** A value axis that holds every point, target and interval, rounded out to tens. */
    private static double[] trendRange(List<TrendPoint> trend) {
        List<Double> values = trend.stream()
                .flatMap(point -> Stream.of(point.value(), point.target(), point.ciLow(), point.ciHigh()))
                .filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return new double[] {-100, 100};
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new double[] {Math.max(-100, Math.floor(min / 10) * 10 - 10), Math.min(100, Math.ceil(max / 10) * 10 + 10)};
    }

    private static String notes(CxPeriodReport report) {
        List<String> notes = new ArrayList<>();
        DashboardText text = new DashboardText(report.locale());
        List<String> costly = report.themes().stream()
                .filter(theme -> theme.npsImpact() != null && theme.npsImpact() < 0 && theme.volume() > 0)
                .sorted(java.util.Comparator.comparingDouble(theme -> theme.npsImpact()))
                .limit(3)
                .map(theme -> theme.label() + " " + text.signed("NPS", theme.npsImpact()) + " NPS points ("
                        + text.integer(theme.volume()) + " comments, sentiment "
                        + text.signed("CES", theme.sentiment() == null ? 0 : theme.sentiment()) + ")"
                        + (theme.quote() == null ? "" : ": “" + theme.quote() + "”"))
                .toList();
        if (!costly.isEmpty()) {
            notes.add("Themes costing the most NPS: " + String.join("; ", costly));
        }
        List<String> emerging = report.emergingTopics().stream()
                .limit(5)
                .map(topic -> "“" + topic.term() + "” " + text.plain("NPS", topic.baselineShare()) + " % → "
                        + text.plain("NPS", topic.share()) + " % of comments"
                        + (topic.knownTheme() == null ? " (no theme yet)" : " (" + topic.knownTheme() + ")"))
                .toList();
        List<String> shared = report.themes().stream().filter(theme -> theme.sharedFrustration())
                .map(theme -> theme.label()).toList();
        if (!shared.isEmpty()) {
            notes.add("Shared frustration — customers and employees are both negative about: "
                    + String.join(", ", shared) + ".");
        }
        List<BenchmarkRow> voice = report.benchmarks().stream()
                .filter(row -> row.metric().equals("SHARE_OF_VOICE")).toList();
        if (!voice.isEmpty()) {
            List<String> brands = new ArrayList<>();
            if (voice.get(0).ownValue() != null) {
                brands.add(report.ownBrand() + " " + text.plain("NPS", voice.get(0).ownValue()) + " %");
            }
            voice.forEach(row -> brands.add(row.brand() + " " + text.plain("NPS", row.value()) + " %"));
            notes.add("Share of voice in posts: " + String.join(", ", brands) + ".");
        }
        if (!emerging.isEmpty()) {
            notes.add("Emerging topics vs the 8 periods before: " + String.join("; ", emerging) + ".");
        }
        notes.addAll(report.notes());
        notes.add("* a gap or change marked significant is larger than chance at 95 % (|difference| / combined"
                + " standard error > 1.96). Greyed values have a low base (n < 30) and are not tested.");
        for (FeedQuality feed : report.dataQuality()) {
            if (!feed.topRejectReasons().isEmpty()) {
                notes.add("Most common " + feed.feed() + " rejects: " + String.join("; ", feed.topRejectReasons()));
            }
        }
        return String.join("\n", notes.stream().map(note -> "• " + note).toList());
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
            row.put("asOf", feed.asOf() == null ? "no data yet"
                    : asOf.format(LocalDateTime.ofInstant(feed.asOf(), report.zone())));
            rows.add(row);
        }
        return rows;
    }

    static synchronized JasperReport main(PageSize pageSize) throws JRException {
        JasperReport compiled = COMPILED.get(pageSize);
        if (compiled == null) {
            JasperDesign design = load(MAIN_TEMPLATE);
            design.setPageWidth(pageSize.width);
            design.setPageHeight(pageSize.height);
            int usable = pageSize.width - design.getLeftMargin() - design.getRightMargin();
            design.setColumnWidth((usable - design.getColumnSpacing() * (design.getColumnCount() - 1))
                    / design.getColumnCount());
            compiled = JasperCompileManager.compileReport(design);
            COMPILED.put(pageSize, compiled);
        }
        return compiled;
    }

    private static List<Map<String, ?>> themeRows(CxPeriodReport report, DashboardText text) {
        List<Map<String, ?>> rows = new ArrayList<>();
        report.themes().stream()
                .sorted(java.util.Comparator.comparingDouble(
                        theme -> theme.npsImpact() == null ? Double.MAX_VALUE : theme.npsImpact()))
                .forEach(theme -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("label", theme.label() + (theme.emerging() ? " ▲ emerging" : "")
                            + (theme.sharedFrustration() ? " · staff too" : ""));
                    row.put("mentions", text.integer(theme.volume()));
                    row.put("share", theme.share() == null ? "" : text.plain("NPS", theme.share()) + " %");
                    row.put("sentiment", theme.sentiment() == null ? "" : text.signed("CES", theme.sentiment()));
                    row.put("impact", theme.npsImpact() == null ? "" : text.signed("NPS", theme.npsImpact()));
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
                .map(topic -> "• “" + topic.term() + "”: " + text.integer(topic.comments()) + " comments, "
                        + text.plain("NPS", topic.baselineShare()) + " % → " + text.plain("NPS", topic.share())
                        + " % of comments" + (topic.knownTheme() == null ? " — no theme covers it yet"
                                : " — covered by " + topic.knownTheme()))
                .toList());
    }

    static synchronized JasperReport themes() throws JRException {
        if (themesReport == null) {
            themesReport = JasperCompileManager.compileReport(load(THEMES_TEMPLATE));
        }
        return themesReport;
    }

    static synchronized JasperReport quality() throws JRException {
        if (qualityReport == null) {
            qualityReport = JasperCompileManager.compileReport(load(QUALITY_TEMPLATE));
        }
        return qualityReport;
    }

    private static JasperDesign load(String template) throws JRException {
        try (InputStream in = ExecutiveDashboard.class.getClassLoader().getResourceAsStream(template)) {
            if (in == null) {
                throw new JRException("Missing report template " + template);
            }
            return JRXmlLoader.load(in);
        } catch (IOException e) {
            throw new JRException("Cannot read report template " + template, e);
        }
    }
}
