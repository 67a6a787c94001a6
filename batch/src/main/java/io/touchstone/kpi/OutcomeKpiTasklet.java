package io.touchstone.kpi;

import static io.touchstone.sql.generated.Tables.KPI_VALUE;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.ScopeNames;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.TouchstoneProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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

        Map<ReportingPeriod, Map<Scope, ScopeTally>> byPeriod = new HashMap<>();
        for (ReportingPeriod period : periods) {
            Map<Scope, ScopeTally> byScope = new HashMap<>();
            for (ScopeTally tally : tallies.tally(period.startsAt(zone()), period.endsBefore(zone()))) {
                byScope.put(tally.scope(), tally);
            }
            byPeriod.put(period, byScope);
        }

        TargetBook.Lookup lookup = targets.load(periods);
        BaseRule baseRule = new BaseRule(properties.base().low(), properties.base().suppressBelow());
        List<KpiValueRecord> rows = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            Map<Scope, ScopeTally> prior = byPeriod.getOrDefault(period.prior(), Map.of());
            Map<Scope, ScopeTally> lastYear = period.equals(run.period())
                    ? byPeriod.get(period.sameLastYear()) : Map.of();
            for (ScopeTally tally : byPeriod.get(period).values()) {
                for (KpiEstimate estimate : tally.estimates().values()) {
                    rows.add(row(run, period, tally.scope(), estimate, baseRule,
                            estimateOf(prior.get(tally.scope()), estimate.metric()),
                            estimateOf(lastYear.get(tally.scope()), estimate.metric()),
                            targetFor(lookup, period, tally.scope(), estimate.metric())));
                }
            }
        }

        List<String> labels = periods.stream().map(ReportingPeriod::label).toList();
        PeriodRows.of(dsl, KPI_VALUE, KPI_VALUE.PERIOD_KIND, KPI_VALUE.PERIOD)
                .replace(run.period().kind().code(), labels, rows);
        contribution.incrementWriteCount(rows.size());
        return RepeatStatus.FINISHED;
    }

    private Double targetFor(TargetBook.Lookup lookup, ReportingPeriod period, Scope scope, Metric metric) {
        boolean ownScope = scope.brand().equals(properties.ownBrand()) || scope.brand().equals(ScopeNames.ALL);
        return ownScope ? lookup.targetFor(period, metric, scope) : null;
    }

    private static KpiEstimate estimateOf(ScopeTally tally, Metric metric) {
        return tally == null ? null : tally.estimates().get(metric);
    }

    private KpiValueRecord row(NightlyRun run, ReportingPeriod period, Scope scope, KpiEstimate current,
            BaseRule baseRule, KpiEstimate prior, KpiEstimate lastYear, Double target) {
        Metric metric = current.metric();
        BaseFlag base = baseRule.classify(metric, current.n());
        boolean shown = base != BaseFlag.SUPPRESSED && current.value() != null;
        boolean priorShown = prior != null && prior.value() != null
                && baseRule.classify(metric, prior.n()) != BaseFlag.SUPPRESSED;
        Double change = shown && priorShown ? current.value() - prior.value() : null;
        // README, "KPI definitions": a low base is never tested, on either side of the comparison.
        Boolean significant = base == BaseFlag.OK && priorShown && baseRule.classify(metric, prior.n()) == BaseFlag.OK
                ? ChangeSignificance.isSignificant(current.value(), current.se(), prior.value(), prior.se())
                : null;
        TargetStatus status = shown ? TargetStatusRule.statusOf(current.value(), current.margin(), target,
                metric.higherIsBetter()) : null;
        return new KpiValueRecord()
                .setPeriodKind(period.kind().code())
                .setPeriod(period.label())
                .setPeriodStart(period.start())
                .setPeriodEnd(period.end())
                .setBrand(scope.brand())
                .setRegion(scope.region())
                .setTouchpoint(scope.touchpoint())
                .setMetric(current.metric().code())
                .setN(current.n())
                .setValue(decimal(current.value(), 4))
                .setSe(decimal(current.se(), 6))
                .setCiLow(decimal(current.ciLow(), 4))
                .setCiHigh(decimal(current.ciHigh(), 4))
                .setBase(base.code())
                .setPriorValue(priorShown ? decimal(prior.value(), 4) : null)
                .setChange(decimal(change, 4))
                .setChangeSignificant(significant)
                .setLastYearValue(lastYear == null || baseRule.classify(metric, lastYear.n()) == BaseFlag.SUPPRESSED
                        ? null : decimal(lastYear.value(), 4))
                .setTarget(decimal(target, 3))
                .setStatus(status == null ? null : status.code())
                .setRunId(run.runId());
    }

    private static BigDecimal decimal(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private java.time.ZoneId zone() {
        return properties.reporting().timeZone();
    }
}
