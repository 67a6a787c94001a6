package io.touchstone.publish;

import io.touchstone.ingest.Feed;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BaseThresholds;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.run.NightlyRun;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.ThemeTaxonomy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Composes what the run computed for its period, read back from the warehouse section by
 * section, into the report model the dashboard and the workbook are drawn from. Each section
 * reads only what the copy's {@link ReportScope} may show.
 */
@Component
public final class ReportAssembler {

    private final KpiSection kpis;
    private final BenchmarkSection benchmarks;
    private final ThemeSection themes;
    private final FeedQualitySection quality;
    private final OperationsSection operations;
    private final SentimentSection sentiment;
    private final TouchstoneProperties properties;
    private final ThemeTaxonomy taxonomy;

    ReportAssembler(KpiSection kpis, BenchmarkSection benchmarks, ThemeSection themes, FeedQualitySection quality,
            OperationsSection operations, SentimentSection sentiment, TouchstoneProperties properties,
            ThemeTaxonomy taxonomy) {
        this.operations = operations;
        this.sentiment = sentiment;
        this.kpis = kpis;
        this.benchmarks = benchmarks;
        this.themes = themes;
        this.quality = quality;
        this.properties = properties;
        this.taxonomy = taxonomy;
    }

    /** The company dashboard's content. */
    public CxPeriodReport assemble(NightlyRun run, Instant generatedAt) {
        return assemble(run, generatedAt, ReportScope.COMPANY);
    }

    /** A burst copy's content: the company headline and the slice's own figures, nothing else. */
    public CxPeriodReport assemble(NightlyRun run, Instant generatedAt, ReportSlice slice) {
        return assemble(run, generatedAt, new ReportScope(slice));
    }

    /** The inbox files the run found that no feed takes, for the manifest. */
    public List<UnclaimedFile> unclaimed(NightlyRun run) {
        return quality.unclaimed(run);
    }

    /**
     * The run's own notes for the data-notes page: the feeds a scheduled run went ahead without
     * at its deadline (on every copy: every figure lacks them), and the inbox files no feed took,
     * with the name to give them (only on the company copy: the inbox is the company's).
     */
    private List<String> notes(NightlyRun run, ReportScope scope) {
        List<String> notes = new ArrayList<>();
        List<String> missing = quality.missingAtDeadline(run);
        if (!missing.isEmpty()) {
            notes.add("Published at the schedule's deadline without " + String.join(", ", missing)
                    + ": not delivered in time; these figures leave that data out.");
        }
        notes.addAll(operations.notes(run.period()));
        if (scope.isCompany()) {
            quality.unclaimed(run).forEach(file -> notes.add("Left in the inbox: " + file.file()
                    + " — no feed takes this name; " + renameHint(file.file()) + "."));
        }
        return notes;
    }

    /** The feed a stray file was probably meant for, by the feed name inside its own name. */
    static String renameHint(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(Feed.values()).filter(feed -> name.contains(feed.code())).findFirst()
                .map(feed -> "rename it to " + feed.code() + "*.csv")
                .orElse("a feed takes files named " + Arrays.stream(Feed.values()).map(feed -> feed.code() + "*.csv")
                        .collect(Collectors.joining(", ")));
    }

    private CxPeriodReport assemble(NightlyRun run, Instant generatedAt, ReportScope scope) {
        ReportingPeriod period = run.period();
        List<KpiRow> kpiRows = kpis.rows(period, scope);
        List<BenchmarkRow> benchmarkRows = benchmarks.rows(period, scope);
        if (!CxPeriodReport.anyResponses(kpiRows)) {
            // The survey gaps of a period without responses compare an older benchmark with our
            // score over that older period: another period's figures, so not shown at all.
            benchmarkRows = benchmarkRows.stream().filter(row -> row.metric().kind() != Metric.Kind.SURVEY).toList();
        }
        return new CxPeriodReport(properties.ownBrand(), period.toReportPeriod(), run.runId(), run.businessDate(),
                generatedAt, properties.reporting().timeZone(), properties.reporting().locale(),
                kpis.headlines(period, kpiRows, benchmarkRows), kpis.trend(period, scope), kpiRows,
                benchmarkRows, quality.quality(run, scope), themes.themes(period, scope),
                themes.emergingTopics(period, scope), taxonomy.version(), notes(run, scope),
                kpis.heatmap(kpiRows), scope.slice(),
                new BaseThresholds(properties.base().low(), properties.base().suppressBelow()),
                operations.report(period, scope, kpiRows), sentiment.of(period));
    }
}
