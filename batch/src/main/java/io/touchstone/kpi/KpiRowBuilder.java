package io.touchstone.kpi;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.ScopeNames;
import io.touchstone.reports.model.TargetStatus;
import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns estimates into the rows of {@code kpi_value} with their comparisons: the change against
 * the prior period and its significance, last year's value (for the reporting period), the target
 * and the status against it. Every KPI step builds its rows here, so all metrics compare alike.
 */
public final class KpiRowBuilder {

    private final NightlyRun run;
    private final BaseRule baseRule;
    private final TargetBook.Lookup targets;
    private final String ownBrand;

    public KpiRowBuilder(NightlyRun run, BaseRule baseRule, TargetBook.Lookup targets, String ownBrand) {
        this.run = run;
        this.baseRule = baseRule;
        this.targets = targets;
        this.ownBrand = ownBrand;
    }

    /**
     * The rows of {@code periods}, each compared with its prior period and, for the run's period,
     * with the same period last year, where {@code estimates} holds them.
     */
    public List<KpiValueRecord> rows(Collection<ReportingPeriod> periods,
            Map<ReportingPeriod, Map<Scope, Map<Metric, KpiEstimate>>> estimates) {
        List<KpiValueRecord> rows = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            Map<Scope, Map<Metric, KpiEstimate>> prior = estimates.getOrDefault(period.prior(), Map.of());
            Map<Scope, Map<Metric, KpiEstimate>> lastYear = period.equals(run.period())
                    ? estimates.getOrDefault(period.sameLastYear(), Map.of()) : Map.of();
            for (Map.Entry<Scope, Map<Metric, KpiEstimate>> scope : estimates.getOrDefault(period, Map.of()).entrySet()) {
                for (KpiEstimate estimate : scope.getValue().values()) {
                    rows.add(row(period, scope.getKey(), estimate,
                            estimateOf(prior.get(scope.getKey()), estimate.metric()),
                            estimateOf(lastYear.get(scope.getKey()), estimate.metric())));
                }
            }
        }
        return rows;
    }

    private static KpiEstimate estimateOf(Map<Metric, KpiEstimate> estimates, Metric metric) {
        return estimates == null ? null : estimates.get(metric);
    }

    private Double targetFor(ReportingPeriod period, Scope scope, Metric metric) {
        boolean ownScope = scope.brand().equals(ownBrand) || scope.brand().equals(ScopeNames.ALL);
        return ownScope ? targets.targetFor(period, metric, scope) : null;
    }

    KpiValueRecord row(ReportingPeriod period, Scope scope, KpiEstimate current, KpiEstimate prior,
            KpiEstimate lastYear) {
        Metric metric = current.metric();
        Double target = targetFor(period, scope, metric);
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
                .setLastYearValue(lastYear == null || lastYear.value() == null
                        || baseRule.classify(metric, lastYear.n()) == BaseFlag.SUPPRESSED
                        ? null : decimal(lastYear.value(), 4))
                .setTarget(decimal(target, 3))
                .setStatus(status == null ? null : status.code())
                .setRunId(run.runId());
    }

    static BigDecimal decimal(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
