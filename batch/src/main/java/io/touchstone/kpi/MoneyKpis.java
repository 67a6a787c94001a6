package io.touchstone.kpi;

import static io.touchstone.sql.generated.Tables.CHURN_GROUP;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.Metric;
import io.touchstone.sql.generated.tables.records.ChurnGroupRecord;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.TouchstoneProperties;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * CX in money for the run's period and its prior, each as of its end (or the run's as-of if
 * sooner): the churn rate per NPS group, revenue at risk and revenue per NPS point in
 * {@code kpi_value}, and each group's counts in {@code churn_group}, per region × touchpoint of
 * the accounts' latest responses.
 */
@Component
public final class MoneyKpis {

    static final List<Metric> METRICS = Arrays.stream(Metric.values())
            .filter(metric -> metric.kind() == Metric.Kind.MONEY)
            .toList();

    private final DSLContext dsl;
    private final AccountTallies accounts;
    private final TargetBook targets;
    private final TouchstoneProperties properties;

    public MoneyKpis(DSLContext dsl, AccountTallies accounts, TargetBook targets, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.targets = targets;
        this.properties = properties;
    }

    public int replace(RunMoments moments) {
        List<ReportingPeriod> periods = moments.periodAndPrior();
        BaseRule baseRule = new BaseRule(properties.base().low(), properties.base().suppressBelow());
        Map<ReportingPeriod, Map<Scope, Map<Metric, KpiEstimate>>> estimates = new HashMap<>();
        List<ChurnGroupRecord> groups = new ArrayList<>();
        // One pass over the responses for both as-of moments (see AccountTallies).
        Map<OffsetDateTime, Map<Scope, Map<NpsGroup, ChurnTally>>> byAsOf = accounts.tally(properties.ownBrand(),
                periods.stream().map(moments::asOf).toList(), properties.operations().churnHorizon(),
                properties.finance().fxRates());
        for (ReportingPeriod period : periods) {
            Map<Scope, Map<Metric, KpiEstimate>> byScope = new HashMap<>();
            byAsOf.get(moments.asOf(period)).forEach((scope, tallies) -> {
                byScope.put(scope, MoneyFigures.estimates(tallies, baseRule));
                tallies.forEach((group, tally) -> groups.add(groupRow(moments, period, scope, group, tally)));
            });
            estimates.put(period, byScope);
        }
        List<KpiValueRecord> rows = new KpiRowBuilder(moments.run(), baseRule, targets.load(periods),
                properties.ownBrand()).rows(periods, estimates);
        String kind = moments.run().period().kind().code();
        PeriodRows.of(dsl, KPI_VALUE, KPI_VALUE.PERIOD_KIND, KPI_VALUE.PERIOD)
                .replace(kind, RunMoments.labels(periods), KPI_VALUE.METRIC.in(OutcomeKpiTasklet.codes(METRICS)), rows);
        PeriodRows.of(dsl, CHURN_GROUP, CHURN_GROUP.PERIOD_KIND, CHURN_GROUP.PERIOD)
                .replace(kind, RunMoments.labels(periods), groups);
        return rows.size() + groups.size();
    }

    private static ChurnGroupRecord groupRow(RunMoments moments, ReportingPeriod period, Scope scope, NpsGroup group,
            ChurnTally tally) {
        return new ChurnGroupRecord()
                .setPeriodKind(period.kind().code())
                .setPeriod(period.label())
                .setRegion(scope.region())
                .setTouchpoint(scope.touchpoint())
                .setNpsGroup(group.code())
                .setAccounts(tally.accounts())
                .setChurned(tally.churned())
                .setHorizonIncomplete(tally.horizonIncomplete())
                .setActiveAccounts(tally.activeAccounts())
                .setActiveRevenue(KpiRowBuilder.decimal(tally.activeRevenue(), 2))
                .setUnconverted(tally.unconverted())
                .setRunId(moments.run().runId());
    }
}
