package io.touchstone.benchmark;

import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.BENCHMARK_GAP;

import io.touchstone.kpi.ChangeSignificance;
import io.touchstone.kpi.KpiEstimate;
import io.touchstone.kpi.ResponseTallies;
import io.touchstone.kpi.Scope;
import io.touchstone.kpi.ScopeTally;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.Metric;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.BenchmarkGapRecord;
import io.touchstone.sql.generated.tables.records.BenchmarkRecord;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.TouchstoneProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Puts the own brand beside each competitor and the industry for the reporting period: the gap
 * (own − competitor), whether it is significant, and the own brand's rank.
 *
 * <p>The benchmark used is the latest one starting on or before the period's last day (a
 * monthly study for a weekly report, say). Gaps compare like with like: the vendor's own score
 * for the own brand where the vendor measured it, else the own survey over the benchmark's
 * period and scope. Where the vendor gives no {@code INDUSTRY} row, the industry is the
 * sample-size-weighted mean of the other brands (equal weights when sizes are missing).
 */
@Component
public final class BenchmarkComparisonTasklet implements Tasklet {

    static final String INDUSTRY = "INDUSTRY";

    private final DSLContext dsl;
    private final ResponseTallies tallies;
    private final TouchstoneProperties properties;

    public BenchmarkComparisonTasklet(DSLContext dsl, ResponseTallies tallies, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.tallies = tallies;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        ReportingPeriod period = run.period();
        PeriodRows<BenchmarkGapRecord> stored = PeriodRows.of(dsl, BENCHMARK_GAP, BENCHMARK_GAP.PERIOD_KIND,
                BENCHMARK_GAP.PERIOD);
        Optional<BenchmarkRecord> latest = dsl.selectFrom(BENCHMARK)
                .where(BENCHMARK.PERIOD_START.le(period.end()))
                .orderBy(BENCHMARK.PERIOD_START.desc(), BENCHMARK.PERIOD_END.asc())
                .limit(1)
                .fetchOptional();
        if (latest.isEmpty()) {
            stored.replace(period.kind().code(), period.label(), List.of());
            return RepeatStatus.FINISHED;
        }
        BenchmarkRecord chosen = latest.get();
        List<BenchmarkRecord> rows = dsl.selectFrom(BENCHMARK)
                .where(BENCHMARK.PERIOD.eq(chosen.getPeriod()))
                .orderBy(BENCHMARK.REGION, BENCHMARK.TOUCHPOINT, BENCHMARK.METRIC, BENCHMARK.BRAND)
                .fetch();
        ZoneId zone = properties.reporting().timeZone();
        Map<Scope, ScopeTally> survey = new HashMap<>();
        for (ScopeTally tally : tallies.tally(chosen.getPeriodStart().atStartOfDay(zone).toOffsetDateTime(),
                chosen.getPeriodEnd().plusDays(1).atStartOfDay(zone).toOffsetDateTime())) {
            survey.put(tally.scope(), tally);
        }

        Map<String, List<BenchmarkRecord>> byScopeAndMetric = new LinkedHashMap<>();
        rows.forEach(row -> byScopeAndMetric.computeIfAbsent(
                row.getRegion() + "\u0000" + row.getTouchpoint() + "\u0000" + row.getMetric(), key -> new ArrayList<>())
                .add(row));
        List<BenchmarkGapRecord> gaps = new ArrayList<>();
        for (List<BenchmarkRecord> group : byScopeAndMetric.values()) {
            gaps.addAll(compare(run, group, survey));
        }
        stored.replace(period.kind().code(), period.label(), gaps);
        contribution.incrementWriteCount(gaps.size());
        return RepeatStatus.FINISHED;
    }

    private List<BenchmarkGapRecord> compare(NightlyRun run, List<BenchmarkRecord> group, Map<Scope, ScopeTally> survey) {
        BenchmarkRecord first = group.get(0);
        String metric = first.getMetric();
        String ownBrand = properties.ownBrand();
        ScopeTally ownTally = survey.get(new Scope(ownBrand, first.getRegion(), first.getTouchpoint()));
        KpiEstimate ownSurvey = ownTally == null ? null : ownTally.estimates().get(Metric.valueOf(metric));
        Double cesSd = cesStandardDeviation(ownSurvey);

        Optional<BenchmarkRecord> vendorOwn = group.stream().filter(row -> row.getBrand().equals(ownBrand)).findFirst();
        Double ownValue;
        Long ownN;
        Double ownSe;
        if (vendorOwn.isPresent()) {
            ownValue = vendorOwn.get().getValue().doubleValue();
            ownN = vendorOwn.get().getSampleSize() == null ? null : vendorOwn.get().getSampleSize().longValue();
            ownSe = BenchmarkStandardError.of(metric, ownValue, vendorOwn.get().getSampleSize(), cesSd);
        } else if (ownSurvey != null && ownSurvey.value() != null) {
            ownValue = ownSurvey.value();
            ownN = ownSurvey.n();
            ownSe = ownSurvey.se();
        } else {
            ownValue = null;
            ownN = null;
            ownSe = null;
        }
        int low = properties.base().low();
        boolean ownLowBase = ownN != null && ownN < low;

        List<BenchmarkRecord> others = new ArrayList<>(group.stream()
                .filter(row -> !row.getBrand().equals(ownBrand)).toList());
        if (others.stream().noneMatch(row -> row.getBrand().equals(INDUSTRY))) {
            industryFrom(others).ifPresent(others::add);
        }
        Integer rank = null;
        if (ownValue != null && !ownLowBase) {
            double own = ownValue;
            rank = 1 + (int) others.stream()
                    .filter(row -> !row.getBrand().equals(INDUSTRY))
                    .filter(row -> row.getSampleSize() == null || row.getSampleSize() >= low)
                    .filter(row -> row.getValue().doubleValue() > own)
                    .count();
        }
        List<BenchmarkGapRecord> gaps = new ArrayList<>();
        for (BenchmarkRecord other : others) {
            double value = other.getValue().doubleValue();
            boolean otherLowBase = other.getSampleSize() != null && other.getSampleSize() < low;
            Boolean significant = ownLowBase || otherLowBase ? null : ChangeSignificance.isSignificant(ownValue, ownSe,
                    value, BenchmarkStandardError.of(metric, value, other.getSampleSize(), cesSd));
            gaps.add(new BenchmarkGapRecord()
                    .setPeriodKind(run.period().kind().code())
                    .setPeriod(run.period().label())
                    .setBenchmarkPeriod(other.getPeriod())
                    .setBrand(other.getBrand())
                    .setRegion(other.getRegion())
                    .setTouchpoint(other.getTouchpoint())
                    .setMetric(metric)
                    .setValue(other.getValue())
                    .setN(other.getSampleSize())
                    .setOwnValue(decimal(ownValue))
                    .setOwnN(ownN)
                    .setGap(ownValue == null ? null : decimal(ownValue - value))
                    .setGapSignificant(significant)
                    .setRank(rank)
                    .setSource(other.getSource())
                    .setRunId(run.runId()));
        }
        return gaps;
    }

    private static Optional<BenchmarkRecord> industryFrom(List<BenchmarkRecord> competitors) {
        if (competitors.isEmpty()) {
            return Optional.empty();
        }
        boolean allSized = competitors.stream().allMatch(row -> row.getSampleSize() != null);
        double weightSum = 0;
        double weighted = 0;
        for (BenchmarkRecord row : competitors) {
            double weight = allSized ? row.getSampleSize() : 1;
            weightSum += weight;
            weighted += weight * row.getValue().doubleValue();
        }
        BenchmarkRecord first = competitors.get(0);
        return Optional.of(new BenchmarkRecord()
                .setPeriod(first.getPeriod())
                .setBrand(INDUSTRY)
                .setRegion(first.getRegion())
                .setTouchpoint(first.getTouchpoint())
                .setMetric(first.getMetric())
                .setValue(BigDecimal.valueOf(weighted / weightSum).setScale(3, RoundingMode.HALF_UP))
                .setSampleSize(allSized ? (int) weightSum : null)
                .setSource("computed: " + (allSized ? "sample-size-weighted" : "plain") + " mean of "
                        + competitors.size() + " brands"));
    }

    private static Double cesStandardDeviation(KpiEstimate ownSurvey) {
        if (ownSurvey == null || ownSurvey.metric() != Metric.CES || ownSurvey.se() == null) {
            return null;
        }
        return ownSurvey.se() * Math.sqrt(ownSurvey.n());
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
