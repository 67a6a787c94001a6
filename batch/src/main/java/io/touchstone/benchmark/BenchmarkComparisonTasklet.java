package io.touchstone.benchmark;

import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.BENCHMARK_GAP;

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
 * monthly study for a weekly report, say). Each cell (region × touchpoint × metric) compares
 * the {@link OwnScore} with the other brands and the {@link IndustryMean}; the own brand's
 * position is its {@link BrandRank}.
 */
@Component
public final class BenchmarkComparisonTasklet implements Tasklet {

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
        List<BenchmarkGapRecord> gaps = latestBenchmark(period).map(latest -> compare(run, latest)).orElse(List.of());
        PeriodRows.of(dsl, BENCHMARK_GAP, BENCHMARK_GAP.PERIOD_KIND, BENCHMARK_GAP.PERIOD)
                .replace(period.kind().code(), period.label(), gaps);
        contribution.incrementWriteCount(gaps.size());
        return RepeatStatus.FINISHED;
    }

    /** A row of the latest benchmark starting on or before the period's last day, if there is one. */
    private Optional<BenchmarkRecord> latestBenchmark(ReportingPeriod period) {
        return dsl.selectFrom(BENCHMARK)
                .where(BENCHMARK.PERIOD_START.le(period.end()))
                .orderBy(BENCHMARK.PERIOD_START.desc(), BENCHMARK.PERIOD_END.asc())
                .limit(1)
                .fetchOptional();
    }

    /** Every cell of the benchmark {@code latest} belongs to, compared in region, touchpoint and metric order. */
    private List<BenchmarkGapRecord> compare(NightlyRun run, BenchmarkRecord latest) {
        Map<BenchmarkCell, List<BenchmarkRecord>> cells = new LinkedHashMap<>();
        dsl.selectFrom(BENCHMARK)
                .where(BENCHMARK.PERIOD.eq(latest.getPeriod()))
                .orderBy(BENCHMARK.REGION, BENCHMARK.TOUCHPOINT, BENCHMARK.METRIC, BENCHMARK.BRAND)
                .forEach(row -> cells.computeIfAbsent(BenchmarkCell.of(row), cell -> new ArrayList<>()).add(row));
        Map<Scope, ScopeTally> survey = surveyOver(latest);
        List<BenchmarkGapRecord> gaps = new ArrayList<>();
        cells.values().forEach(cell -> gaps.addAll(compare(run, cell, survey)));
        return gaps;
    }

    /** The own survey's tallies over the benchmark's own period, for a like-for-like own score. */
    private Map<Scope, ScopeTally> surveyOver(BenchmarkRecord benchmark) {
        ZoneId zone = properties.reporting().timeZone();
        Map<Scope, ScopeTally> survey = new HashMap<>();
        tallies.tally(benchmark.getPeriodStart().atStartOfDay(zone).toOffsetDateTime(),
                        benchmark.getPeriodEnd().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .forEach(tally -> survey.put(tally.scope(), tally));
        return survey;
    }

    private List<BenchmarkGapRecord> compare(NightlyRun run, List<BenchmarkRecord> cell,
            Map<Scope, ScopeTally> survey) {
        BenchmarkRecord first = cell.get(0);
        Metric metric = Metric.valueOf(first.getMetric());
        String ownBrand = properties.ownBrand();
        ScopeTally ownTally = survey.get(new Scope(ownBrand, first.getRegion(), first.getTouchpoint()));
        KpiEstimate ownSurvey = ownTally == null ? null : ownTally.estimates().get(metric);
        OwnScore own = OwnScore.choose(metric,
                cell.stream().filter(row -> row.getBrand().equals(ownBrand)).findFirst(), ownSurvey);
        List<BenchmarkRecord> others = IndustryMean.withIndustry(
                cell.stream().filter(row -> !row.getBrand().equals(ownBrand)).toList());
        int low = properties.base().low();
        CellComparison comparison = new CellComparison(metric, own, BrandRank.of(own, others, low),
                BenchmarkStandardError.cesStandardDeviation(ownSurvey), low);
        return others.stream().map(other -> comparison.gap(run, other)).toList();
    }
}
