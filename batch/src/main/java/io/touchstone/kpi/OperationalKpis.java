package io.touchstone.kpi;

import static io.touchstone.sql.generated.Tables.KPI_VALUE;
import static io.touchstone.sql.generated.Tables.TEAM_KPI_VALUE;

import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.Metric;
import io.touchstone.sql.generated.tables.records.KpiValueRecord;
import io.touchstone.sql.generated.tables.records.TeamKpiValueRecord;
import io.touchstone.system.PeriodRows;
import io.touchstone.system.TouchstoneProperties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The operational KPIs (from interactions) and the loop-closure KPIs (from follow-ups of
 * detractors) of the run's period, its trend periods and the same period last year, per region ×
 * touchpoint of the own brand; and the operational KPIs per agent team for the period and its
 * prior. Stored replacing what was stored for those periods and metrics.
 */
@Component
public final class OperationalKpis {

    static final List<Metric> METRICS = Arrays.stream(Metric.values())
            .filter(metric -> metric.kind() == Metric.Kind.OPERATIONAL || metric.kind() == Metric.Kind.LOOP)
            .toList();

    private final DSLContext dsl;
    private final InteractionTallies interactions;
    private final LoopTallies loops;
    private final TargetBook targets;
    private final TouchstoneProperties properties;

    public OperationalKpis(DSLContext dsl, InteractionTallies interactions, LoopTallies loops, TargetBook targets,
            TouchstoneProperties properties) {
        this.dsl = dsl;
        this.interactions = interactions;
        this.loops = loops;
        this.targets = targets;
        this.properties = properties;
    }

    /** Computes and stores the rows; returns how many were written. */
    public int replace(RunMoments moments) {
        ReportingPeriod runPeriod = moments.run().period();
        Set<ReportingPeriod> periods = new LinkedHashSet<>(runPeriod.trend(properties.reporting().trendPeriods() + 1));
        periods.add(runPeriod.sameLastYear());
        String own = properties.ownBrand();

        Map<ReportingPeriod, Map<Scope, Map<Metric, KpiEstimate>>> estimates = new HashMap<>();
        for (ReportingPeriod period : periods) {
            Map<Scope, Map<Metric, KpiEstimate>> byScope = new HashMap<>();
            var from = period.startsAt(moments.zone());
            var before = period.endsBefore(moments.zone());
            interactions.byScope(own, from, before).forEach((scope, tally) ->
                    byScope.computeIfAbsent(scope, s -> new HashMap<>()).putAll(tally.estimates()));
            loops.tally(own, from, before, moments.asOf(), properties.operations().loopSla()).forEach((scope, tally) ->
                    byScope.computeIfAbsent(scope, s -> new HashMap<>()).putAll(tally.estimates()));
            estimates.put(period, byScope);
        }
        KpiRowBuilder builder = new KpiRowBuilder(moments.run(),
                new BaseRule(properties.base().low(), properties.base().suppressBelow()), targets.load(periods), own);
        List<KpiValueRecord> rows = builder.rows(periods, estimates);
        PeriodRows.of(dsl, KPI_VALUE, KPI_VALUE.PERIOD_KIND, KPI_VALUE.PERIOD).replace(runPeriod.kind().code(),
                RunMoments.labels(List.copyOf(periods)), KPI_VALUE.METRIC.in(OutcomeKpiTasklet.codes(METRICS)), rows);
        return rows.size() + replaceTeams(moments, builder);
    }

    /** Each team's rows compare with the team's own prior period; targets are the company's. */
    private int replaceTeams(RunMoments moments, KpiRowBuilder builder) {
        List<ReportingPeriod> periods = moments.periodAndPrior();
        Scope company = Scope.company(properties.ownBrand());
        Map<String, Map<ReportingPeriod, Map<Scope, Map<Metric, KpiEstimate>>>> byTeam = new HashMap<>();
        for (ReportingPeriod period : periods) {
            interactions.byTeam(period.startsAt(moments.zone()), period.endsBefore(moments.zone()))
                    .forEach((team, tally) -> byTeam.computeIfAbsent(team, t -> new HashMap<>())
                            .put(period, Map.of(company, tally.estimates())));
        }
        List<TeamKpiValueRecord> rows = new ArrayList<>();
        byTeam.forEach((team, estimates) -> builder.rows(periods, estimates).forEach(row -> {
            TeamKpiValueRecord teamRow = row.into(TEAM_KPI_VALUE);
            teamRow.setAgentTeam(team);
            rows.add(teamRow);
        }));
        PeriodRows.of(dsl, TEAM_KPI_VALUE, TEAM_KPI_VALUE.PERIOD_KIND, TEAM_KPI_VALUE.PERIOD)
                .replace(moments.run().period().kind().code(), RunMoments.labels(periods), rows);
        return rows.size();
    }
}
