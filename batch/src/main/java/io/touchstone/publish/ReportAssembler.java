package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.BENCHMARK_GAP;
import static io.touchstone.sql.generated.Tables.EMERGING_TOPIC;
import static io.touchstone.sql.generated.Tables.EMPLOYEE_FEEDBACK;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;
import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.REJECT;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.SOCIAL_BENCHMARK;
import static io.touchstone.sql.generated.Tables.THEME_MEASURE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.sum;

import io.touchstone.ingest.Feed;
import io.touchstone.kpi.Scope;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.BaseThresholds;
import io.touchstone.reports.model.BenchmarkRow;
import io.touchstone.reports.model.CxPeriodReport;
import io.touchstone.reports.model.EmergingTopic;
import io.touchstone.reports.model.FeedQuality;
import io.touchstone.reports.model.HeadlineKpi;
import io.touchstone.reports.model.HeatmapCell;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.reports.model.ThemeRow;
import io.touchstone.reports.model.TrendPoint;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.BenchmarkGapRecord;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.sql.generated.tables.records.SocialBenchmarkRecord;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.ThemeTaxonomy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Reads what the run computed for its period back from the warehouse into the report model the
 * dashboard and the workbook are drawn from. Suppressed values are blanked here, once, so no
 * report can show them.
 */
@Component
public final class ReportAssembler {

    private static final List<Metric> HEADLINE_METRICS = List.of(Metric.NPS, Metric.CSAT, Metric.CES, Metric.RESPONSES);

    private final DSLContext dsl;
    private final TouchstoneProperties properties;
    private final ThemeTaxonomy taxonomy;

    public ReportAssembler(DSLContext dsl, TouchstoneProperties properties, ThemeTaxonomy taxonomy) {
        this.dsl = dsl;
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

    private CxPeriodReport assemble(NightlyRun run, Instant generatedAt, ReportScope scope) {
        ReportingPeriod period = run.period();
        List<KpiRow> kpis = dsl.selectFrom(KPI_VALUE)
                .where(KPI_VALUE.PERIOD_KIND.eq(period.kind().code()).and(KPI_VALUE.PERIOD.eq(period.label())))
                .and(scope.condition(KPI_VALUE.REGION, KPI_VALUE.TOUCHPOINT))
                .orderBy(KPI_VALUE.BRAND.ne(Scope.ALL), KPI_VALUE.BRAND, KPI_VALUE.REGION.ne(Scope.ALL),
                        KPI_VALUE.REGION, KPI_VALUE.TOUCHPOINT.ne(Scope.ALL), KPI_VALUE.TOUCHPOINT)
                .fetch(ReportAssembler::kpiRow)
                .stream()
                .sorted(Comparator.comparing(row -> Metric.valueOf(row.metric()).ordinal()))
                .toList();
        List<BenchmarkGapRecord> gaps = dsl.selectFrom(BENCHMARK_GAP)
                .where(BENCHMARK_GAP.PERIOD_KIND.eq(period.kind().code()).and(BENCHMARK_GAP.PERIOD.eq(period.label())))
                .and(scope.condition(BENCHMARK_GAP.REGION, BENCHMARK_GAP.TOUCHPOINT))
                .orderBy(BENCHMARK_GAP.METRIC, BENCHMARK_GAP.REGION.ne(Scope.ALL), BENCHMARK_GAP.REGION,
                        BENCHMARK_GAP.TOUCHPOINT.ne(Scope.ALL), BENCHMARK_GAP.TOUCHPOINT,
                        BENCHMARK_GAP.BRAND.eq("INDUSTRY"), BENCHMARK_GAP.BRAND)
                .fetch();
        List<FeedQuality> quality = dataQuality(run, scope);
        return new CxPeriodReport(properties.ownBrand(), period.toReportPeriod(), run.runId(), run.businessDate(),
                generatedAt, properties.reporting().timeZone(), properties.reporting().locale(),
                headlines(period, kpis, gaps), trend(period, scope), kpis,
                benchmarkRows(period, gaps), quality, themes(period, scope),
                scope.slice() == null ? emergingTopics(period) : List.of(),
                taxonomy.version(),
                notes(period, scope, kpis, gaps, quality),
                heatmap(kpis), scope.slice(),
                new BaseThresholds(properties.base().low(), properties.base().suppressBelow()));
    }

    /** NPS of the own brand per touchpoint and region (totals included), each with its journey stage. */
    private List<HeatmapCell> heatmap(List<KpiRow> kpis) {
        JourneyMap journey = new JourneyMap(properties.reporting().journeyStages());
        return kpis.stream()
                .filter(row -> row.metric().equals(Metric.NPS.name()) && row.brand().equals(properties.ownBrand()))
                .map(row -> new HeatmapCell(row.touchpoint().equals(Scope.ALL) ? "" : journey.stageOf(row.touchpoint()),
                        row.touchpoint().equals(Scope.ALL) ? -1 : journey.orderOf(row.touchpoint()),
                        row.touchpoint(), row.region(), row.value(), row.n(), row.base()))
                .toList();
    }

    /**
     * The company's headline tiles, the same on every copy: every scope keeps the company rows
     * (region and touchpoint ALL), so they are among {@code kpis}.
     */
    private List<HeadlineKpi> headlines(ReportingPeriod period, List<KpiRow> kpis, List<BenchmarkGapRecord> gaps) {
        List<HeadlineKpi> headlines = new ArrayList<>();
        for (Metric metric : HEADLINE_METRICS) {
            KpiRow current = kpis.stream()
                    .filter(row -> row.metric().equals(metric.name()) && row.brand().equals(properties.ownBrand())
                            && row.region().equals(Scope.ALL) && row.touchpoint().equals(Scope.ALL))
                    .findFirst()
                    .orElseGet(() -> emptyRow(period, metric));
            List<BenchmarkGapRecord> company = gaps.stream()
                    .filter(gap -> gap.getMetric().equals(metric.name()) && gap.getRegion().equals(Scope.ALL)
                            && gap.getTouchpoint().equals(Scope.ALL))
                    .toList();
            Optional<BenchmarkGapRecord> industry = company.stream()
                    .filter(gap -> gap.getBrand().equals("INDUSTRY")).findFirst();
            Optional<BenchmarkGapRecord> best = company.stream()
                    .filter(gap -> !gap.getBrand().equals("INDUSTRY"))
                    .filter(gap -> gap.getN() == null || gap.getN() >= properties.base().low())
                    .max(Comparator.comparing(BenchmarkGapRecord::getValue));
            headlines.add(new HeadlineKpi(metric.name(), metric.label(), current,
                    industry.map(gap -> gap.getValue().doubleValue()).orElse(null),
                    industry.map(gap -> number(gap.getGap())).orElse(null),
                    industry.map(BenchmarkGapRecord::getGapSignificant).orElse(null),
                    best.map(BenchmarkGapRecord::getBrand).orElse(null),
                    best.map(gap -> gap.getValue().doubleValue()).orElse(null),
                    best.map(gap -> number(gap.getGap())).orElse(null),
                    best.map(BenchmarkGapRecord::getGapSignificant).orElse(null),
                    company.isEmpty() ? null : company.get(0).getBenchmarkPeriod()));
        }
        return headlines;
    }

    /** The competitor gaps, then the social benchmark from posts, as rows of the Benchmarks sheet. */
    private List<BenchmarkRow> benchmarkRows(ReportingPeriod period, List<BenchmarkGapRecord> gaps) {
        List<BenchmarkRow> rows = new ArrayList<>(gaps.stream().map(ReportAssembler::benchmarkRow).toList());
        List<SocialBenchmarkRecord> social = dsl.selectFrom(SOCIAL_BENCHMARK)
                .where(SOCIAL_BENCHMARK.PERIOD_KIND.eq(period.kind().code()).and(SOCIAL_BENCHMARK.PERIOD.eq(period.label())))
                .orderBy(SOCIAL_BENCHMARK.POSTS.desc(), SOCIAL_BENCHMARK.BRAND)
                .fetch();
        Optional<SocialBenchmarkRecord> own = social.stream()
                .filter(row -> row.getBrand().equals(properties.ownBrand())).findFirst();
        for (String metric : List.of("SOCIAL_VOLUME", "SHARE_OF_VOICE", "NET_SENTIMENT")) {
            java.util.function.Function<SocialBenchmarkRecord, Double> value = row -> switch (metric) {
                case "SOCIAL_VOLUME" -> (double) row.getPosts();
                case "SHARE_OF_VOICE" -> row.getShareOfVoice().doubleValue();
                default -> row.getNetSentiment().doubleValue();
            };
            Double ownValue = own.map(value).orElse(null);
            Integer rank = ownValue == null ? null
                    : 1 + (int) social.stream().filter(row -> value.apply(row) > ownValue).count();
            for (SocialBenchmarkRecord row : social) {
                if (row.getBrand().equals(properties.ownBrand())) {
                    continue;
                }
                rows.add(new BenchmarkRow(period.label(), row.getBrand(), Scope.ALL, Scope.ALL, metric, value.apply(row),
                        (int) (long) row.getPosts(), ownValue, ownValue == null ? null : ownValue - value.apply(row), null,
                        rank, "posts" + (row.getCriticisedThemes().isEmpty() ? ""
                                : "; most criticised for " + row.getCriticisedThemes().replace(";", ", "))));
            }
        }
        return rows;
    }

    /** The themes of the copy's own scope, quotes included: the company's, or the slice's alone. */
    private List<ThemeRow> themes(ReportingPeriod period, ReportScope scope) {
        return dsl.selectFrom(THEME_MEASURE)
                .where(THEME_MEASURE.PERIOD_KIND.eq(period.kind().code()).and(THEME_MEASURE.PERIOD.eq(period.label())))
                .and(THEME_MEASURE.REGION.eq(scope.ownRegion())).and(THEME_MEASURE.TOUCHPOINT.eq(scope.ownTouchpoint()))
                .orderBy(THEME_MEASURE.VOLUME.desc(), THEME_MEASURE.THEME)
                .fetch(theme -> new ThemeRow(theme.getPeriod(), theme.getTheme(), theme.getLabel(), theme.getCategory(),
                        theme.getVolume(), number(theme.getShare()), number(theme.getSentiment()),
                        number(theme.getNpsImpact()), theme.getPriorVolume(), theme.getChange(), theme.getEmerging(),
                        theme.getQuote(), theme.getEmployeeVolume(), number(theme.getEmployeeSentiment()),
                        theme.getSharedFrustration()));
    }

    private List<EmergingTopic> emergingTopics(ReportingPeriod period) {
        return dsl.selectFrom(EMERGING_TOPIC)
                .where(EMERGING_TOPIC.PERIOD_KIND.eq(period.kind().code()).and(EMERGING_TOPIC.PERIOD.eq(period.label())))
                .orderBy(EMERGING_TOPIC.G2.desc())
                .fetch(topic -> new EmergingTopic(topic.getPeriod(), topic.getTerm(), topic.getComments(),
                        topic.getShare().doubleValue(), topic.getBaselineShare().doubleValue(),
                        topic.getG2().doubleValue(), topic.getKnownTheme()));
    }

    private List<TrendPoint> trend(ReportingPeriod period, ReportScope scope) {
        List<ReportingPeriod> periods = period.trend(properties.reporting().trendPeriods());
        Map<String, KpiValueRecord> stored = new HashMap<>();
        dsl.selectFrom(KPI_VALUE)
                .where(KPI_VALUE.PERIOD_KIND.eq(period.kind().code()))
                .and(KPI_VALUE.PERIOD.in(periods.stream().map(ReportingPeriod::label).toList()))
                .and(KPI_VALUE.BRAND.eq(properties.ownBrand()))
                .and(KPI_VALUE.REGION.eq(scope.ownRegion()))
                .and(KPI_VALUE.TOUCHPOINT.eq(scope.ownTouchpoint()))
                .and(KPI_VALUE.METRIC.eq(Metric.NPS.name()))
                .forEach(row -> stored.put(row.getPeriod(), row));
        return periods.stream().map(point -> {
            KpiValueRecord row = stored.get(point.label());
            if (row == null) {
                return new TrendPoint(point.label(), point.start(), null, null, null, null, 0, BaseFlag.SUPPRESSED);
            }
            KpiRow kpi = kpiRow(row);
            return new TrendPoint(point.label(), point.start(), kpi.value(), kpi.ciLow(), kpi.ciHigh(),
                    number(row.getTarget()), row.getN(), kpi.base());
        }).toList();
    }

    /**
     * Per feed: files, rows, rejects and the data's as-of time. A burst copy leaves out the reject
     * reasons, which can quote raw rows of any region.
     */
    private List<FeedQuality> dataQuality(NightlyRun run, ReportScope scope) {
        Map<String, Instant> asOf = new HashMap<>();
        OffsetDateTime latestResponse = dsl.select(max(RESPONSE.RESPONDED_AT)).from(RESPONSE).fetchOne().value1();
        if (latestResponse != null) {
            asOf.put(Feed.RESPONSES.code(), latestResponse.toInstant());
        }
        var latestBenchmark = dsl.select(max(BENCHMARK.PERIOD_END)).from(BENCHMARK).fetchOne().value1();
        if (latestBenchmark != null) {
            asOf.put(Feed.BENCHMARKS.code(), latestBenchmark.atTime(LocalTime.MAX)
                    .atZone(properties.reporting().timeZone()).toInstant());
        }
        OffsetDateTime latestPost = dsl.select(max(POST.POSTED_AT)).from(POST).fetchOne().value1();
        if (latestPost != null) {
            asOf.put(Feed.POSTS.code(), latestPost.toInstant());
        }
        OffsetDateTime latestRemark = dsl.select(max(EMPLOYEE_FEEDBACK.SUBMITTED_AT)).from(EMPLOYEE_FEEDBACK).fetchOne()
                .value1();
        if (latestRemark != null) {
            asOf.put(Feed.EMPLOYEE.code(), latestRemark.toInstant());
        }
        // Targets carry no event time: their data is as of the last file loaded.
        var latestTargets = dsl.select(max(INGEST_FILE.RECEIVED_AT)).from(INGEST_FILE)
                .where(INGEST_FILE.FEED.eq(Feed.TARGETS.code()).and(INGEST_FILE.ROWS_LOADED.gt(0L)))
                .fetchOne().value1();
        if (latestTargets != null) {
            asOf.put(Feed.TARGETS.code(), latestTargets.toInstant());
        }
        Field<Integer> rank = rowNumber().over().partitionBy(INGEST_FILE.FEED).orderBy(count().desc(), REJECT.REASON)
                .as("rank");
        Map<String, List<String>> reasons = new HashMap<>();
        dsl.select(INGEST_FILE.FEED, REJECT.REASON, count().as("rows"), rank)
                .from(REJECT).join(INGEST_FILE).on(INGEST_FILE.FILE_ID.eq(REJECT.FILE_ID))
                .where(INGEST_FILE.RUN_ID.eq(run.runId()))
                .groupBy(INGEST_FILE.FEED, REJECT.REASON)
                .orderBy(INGEST_FILE.FEED, count().desc(), REJECT.REASON)
                .forEach(r -> {
                    if (r.get(rank) <= 3) {
                        reasons.computeIfAbsent(r.get(INGEST_FILE.FEED), feed -> new ArrayList<>())
                                .add(r.get(REJECT.REASON) + " (" + r.get("rows", Integer.class) + " rows)");
                    }
                });
        Map<String, FeedQuality> byFeed = new HashMap<>();
        dsl.select(INGEST_FILE.FEED,
                        count().filterWhere(INGEST_FILE.STATUS.ne("quarantined")).as("files"),
                        count().filterWhere(INGEST_FILE.STATUS.eq("quarantined")).as("quarantined"),
                        sum(INGEST_FILE.ROWS_READ), sum(INGEST_FILE.ROWS_LOADED), sum(INGEST_FILE.ROWS_REJECTED))
                .from(INGEST_FILE)
                .where(INGEST_FILE.RUN_ID.eq(run.runId()))
                .groupBy(INGEST_FILE.FEED)
                .forEach(r -> byFeed.put(r.value1(), new FeedQuality(r.value1(), r.value2(), r.value3(),
                        longOf(r.value4()), longOf(r.value5()), longOf(r.value6()),
                        scope.slice() == null ? reasons.getOrDefault(r.value1(), List.of()) : List.of(),
                        asOf.get(r.value1()))));
        List<FeedQuality> quality = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            quality.add(byFeed.getOrDefault(feed.code(),
                    new FeedQuality(feed.code(), 0, 0, 0, 0, 0, List.of(), asOf.get(feed.code()))));
        }
        return quality;
    }

    private List<String> notes(ReportingPeriod period, ReportScope scope, List<KpiRow> kpis,
            List<BenchmarkGapRecord> gaps, List<FeedQuality> quality) {
        List<String> notes = new ArrayList<>();
        ReportSlice slice = scope.slice();
        if (slice != null && kpis.stream().noneMatch(row -> row.n() > 0
                && (slice.isRegion() ? row.region() : row.touchpoint()).equals(slice.value()))) {
            notes.add("No survey responses from the " + slice.dimension() + " '" + slice.value() + "' in "
                    + period.label() + ": check its spelling in the distribution file against the feeds.");
        }
        boolean noResponses = kpis.stream().noneMatch(row -> row.metric().equals(Metric.RESPONSES.name()) && row.n() > 0);
        if (noResponses) {
            notes.add("No survey responses fall in " + period.label() + " (" + period.start() + " to " + period.end()
                    + "): there is nothing to report for this period yet.");
        }
        long low = kpis.stream().filter(row -> row.base() == BaseFlag.LOW).count();
        long suppressed = kpis.stream().filter(row -> row.base() == BaseFlag.SUPPRESSED).count();
        if (low + suppressed > 0) {
            notes.add(String.format(Locale.ROOT, "%d values have a low base (n < %d) and are shown greyed; %d with"
                    + " n < %d are suppressed.", low, properties.base().low(), suppressed,
                    properties.base().suppressBelow()));
        }
        if (!gaps.isEmpty()) {
            notes.add("Competitor benchmarks: " + gaps.get(0).getBenchmarkPeriod()
                    + Optional.ofNullable(gaps.get(0).getSource()).map(source -> ", " + source).orElse("") + ".");
        } else {
            notes.add("No competitor benchmark covers this period.");
        }
        quality.stream().filter(feed -> feed.filesQuarantined() > 0).forEach(feed -> notes.add(feed.filesQuarantined()
                + " " + feed.feed() + " file(s) could not be read and were quarantined; see quarantine/."));
        quality.stream().filter(feed -> feed.rowsRejected() > 0).forEach(feed -> notes.add(feed.rowsRejected()
                + " " + feed.feed() + " rows were rejected; see the Data quality sheet."));
        return notes;
    }

    private static KpiRow kpiRow(KpiValueRecord row) {
        BaseFlag base = BaseFlag.valueOf(row.getBase().toUpperCase(Locale.ROOT));
        boolean shown = base != BaseFlag.SUPPRESSED;
        return new KpiRow(row.getPeriod(), row.getPeriodStart(), row.getPeriodEnd(), row.getBrand(), row.getRegion(),
                row.getTouchpoint(), row.getMetric(),
                shown ? number(row.getValue()) : null, row.getN(),
                shown ? number(row.getCiLow()) : null, shown ? number(row.getCiHigh()) : null,
                shown ? number(row.getPriorValue()) : null, shown ? number(row.getChange()) : null,
                shown ? row.getChangeSignificant() : null, number(row.getTarget()),
                row.getStatus() == null || !shown ? null : TargetStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)),
                base, shown ? number(row.getLastYearValue()) : null);
    }

    private static KpiRow emptyRow(ReportingPeriod period, Metric metric) {
        return new KpiRow(period.label(), period.start(), period.end(), Scope.ALL, Scope.ALL, Scope.ALL, metric.name(),
                null, 0, null, null, null, null, null, null, null, BaseFlag.SUPPRESSED, null);
    }

    private static BenchmarkRow benchmarkRow(BenchmarkGapRecord gap) {
        return new BenchmarkRow(gap.getBenchmarkPeriod(), gap.getBrand(), gap.getRegion(), gap.getTouchpoint(),
                gap.getMetric(), gap.getValue().doubleValue(), gap.getN(), number(gap.getOwnValue()),
                number(gap.getGap()), gap.getGapSignificant(), gap.getRank(), gap.getSource());
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static long longOf(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}
