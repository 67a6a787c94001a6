package io.touchstone.reports.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Everything the dashboard and the finance workbook show for one reporting period: the
 * headline tiles, the NPS trend (13 periods, oldest first), every KPI row, the benchmark rows,
 * data quality per feed, the themes customers wrote about (with the taxonomy's version), the NPS
 * heatmap by journey stage, touchpoint and region, and the slice a burst copy is cut for.
 *
 * @param notes notes for the data-notes page beyond those the reports draw from the figures
 *     themselves (low bases, quarantined files, no data), printed after them; the nightly run
 *     has none to add
 * @param locale the locale numbers and dates are formatted in on the PDF
 * @param zone the reporting time zone the period boundaries are in
 * @param slice the region or touchpoint this copy is cut for; {@code null} for the company
 *     dashboard. A slice's lists hold the company rows and the slice's own, nothing else.
 * @param operations service drivers, agent teams, loop closure trend, churn and revenue: the
 *     operations and money pages and the {@code Revenue} sheet
 * @param sentiment how the period's sentiment was learned and how often it agrees with the
 *     customers' own scores (the company's, on a burst copy too); {@code null} when the period
 *     was not mined
 */
public record CxPeriodReport(
        String ownBrand,
        ReportPeriod period,
        long runId,
        LocalDate businessDate,
        Instant generatedAt,
        ZoneId zone,
        Locale locale,
        List<HeadlineKpi> headlines,
        List<TrendPoint> npsTrend,
        List<KpiRow> kpis,
        List<BenchmarkRow> benchmarks,
        List<FeedQuality> dataQuality,
        List<ThemeRow> themes,
        List<EmergingTopic> emergingTopics,
        String taxonomyVersion,
        List<String> notes,
        List<HeatmapCell> npsHeatmap,
        ReportSlice slice,
        BaseThresholds bases,
        OperationsReport operations,
        SentimentLearning sentiment) {

    public CxPeriodReport {
        headlines = List.copyOf(headlines);
        npsTrend = List.copyOf(npsTrend);
        kpis = List.copyOf(kpis);
        benchmarks = List.copyOf(benchmarks);
        dataQuality = List.copyOf(dataQuality);
        themes = List.copyOf(themes);
        emergingTopics = List.copyOf(emergingTopics);
        notes = List.copyOf(notes);
        npsHeatmap = List.copyOf(npsHeatmap);
    }

    /** Whether any survey response falls in the period; without one the report has no figures to show. */
    public boolean hasResponses() {
        return anyResponses(kpis);
    }

    /** Whether KPI rows of a period count any survey answer, whatever the metric. */
    public static boolean anyResponses(List<KpiRow> kpis) {
        return kpis.stream().anyMatch(row -> row.n() > 0);
    }

    /** Who this copy is for: the company, or the slice's name. */
    public String audience() {
        return slice == null ? "Company" : slice.value();
    }
}
