package io.touchstone.kpi;

import static io.touchstone.sql.generated.Tables.KPI_VALUE;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.Metric;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.TouchstoneProperties;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Computes NPS, CSAT, CES and RESPONSES for the reporting period, the periods of its trend and
 * the same period last year, for every scope, and stores them with their comparisons: change
 * against the prior period and its significance, last year's value, target and status.
 *
 * <p>Values are recomputed from the warehouse on every run and replace what was stored for
 * those periods, so a rerun or a restart ends with exactly the numbers a clean run would.
 */
@Component
public final class OutcomeKpiTasklet implements Tasklet {

    private static final List<Metric> SURVEY_METRICS = List.of(Metric.NPS, Metric.CSAT, Metric.CES, Metric.RESPONSES);

    private final DSLContext dsl;
    private final ResponseTallies tallies;
    private final TargetBook targets;
    private final TouchstoneProperties properties;

    public OutcomeKpiTasklet(DSLContext dsl, ResponseTallies tallies, TargetBook targets,
            TouchstoneProperties properties) {
        this.dsl = dsl;
        this.tallies = tallies;
        this.targets = targets;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        List<ReportingPeriod> trend = run.period().trend(properties.reporting().trendPeriods() + 1);
        Set<ReportingPeriod> periods = new LinkedHashSet<>(trend);
        periods.add(run.period().sameLastYear());

        Map<ReportingPeriod, Map<Scope, Map<Metric, KpiEstimate>>> estimates = new HashMap<>();
        for (ReportingPeriod period : periods) {
            Map<Scope, Map<Metric, KpiEstimate>> byScope = new HashMap<>();
            for (ScopeTally tally : tallies.tally(period.startsAt(zone()), period.endsBefore(zone()))) {
                byScope.put(tally.scope(), tally.estimates());
            }
            estimates.put(period, byScope);
        }

        KpiRowBuilder builder = new KpiRowBuilder(run,
                new BaseRule(properties.base().low(), properties.base().suppressBelow()), targets.load(periods),
                properties.ownBrand());
        List<KpiValueRecord> rows = builder.rows(periods, estimates);

        List<String> labels = periods.stream().map(ReportingPeriod::label).toList();
        // Only the survey metrics: the operational, loop and money rows are another step's.
        PeriodRows.of(dsl, KPI_VALUE, KPI_VALUE.PERIOD_KIND, KPI_VALUE.PERIOD)
                .replace(run.period().kind().code(), labels, KPI_VALUE.METRIC.in(codes(SURVEY_METRICS)), rows);
        contribution.incrementWriteCount(rows.size());
        return RepeatStatus.FINISHED;
    }

    static List<String> codes(Collection<Metric> metrics) {
        return metrics.stream().map(Metric::code).toList();
    }

    private java.time.ZoneId zone() {
        return properties.reporting().timeZone();
    }
}
