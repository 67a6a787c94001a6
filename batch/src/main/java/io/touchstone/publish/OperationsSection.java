package io.touchstone.publish;

import static io.touchstone.publish.KpiSection.number;
import static io.touchstone.reports.model.ScopeNames.ALL;
import static io.touchstone.sql.generated.Tables.CHURN_GROUP;
import static io.touchstone.sql.generated.Tables.FOLLOWUP;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static io.touchstone.sql.generated.Tables.SERVICE_DRIVER;
import static io.touchstone.sql.generated.Tables.TEAM_KPI_VALUE;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import io.touchstone.kpi.BaseRule;
import io.touchstone.kpi.KpiEstimate;
import io.touchstone.kpi.MoneyFigures;
import io.touchstone.kpi.NpsGroup;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.ChurnGroupRow;
import io.touchstone.reports.model.KpiRow;
import io.touchstone.reports.model.Metric;
import io.touchstone.reports.model.OperationsReport;
import io.touchstone.reports.model.RevenueRow;
import io.touchstone.reports.model.ServiceDriverRow;
import io.touchstone.reports.model.TeamKpiRow;
import io.touchstone.reports.model.TrendPoint;
import io.touchstone.sql.generated.tables.records.ChurnGroupRecord;
import io.touchstone.system.TouchstoneProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * What a copy shows of operations and money beyond its KPI rows, read back from what the
 * operations KPI step stored: the service drivers, the agent teams' KPIs (company-wide rows, on
 * every copy), loop closure over the trend periods in the copy's own scope, churn per NPS group
 * and revenue at risk per scope. A slice's copy holds the company rows and the slice's own.
 */
@Component
final class OperationsSection {

    private final DSLContext dsl;
    private final KpiSection kpis;
    private final TouchstoneProperties properties;

    OperationsSection(DSLContext dsl, KpiSection kpis, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.kpis = kpis;
        this.properties = properties;
    }

    /** The copy's operations report; {@code kpiRows} are the copy's KPI rows, holding the churn rates. */
    OperationsReport report(ReportingPeriod period, ReportScope scope, List<KpiRow> kpiRows) {
        List<TrendPoint> trend = kpis.trend(period, scope, Metric.LOOP_CLOSED_RATE);
        List<ChurnGroupRow> churn = churnGroups(period, scope, kpiRows);
        return new OperationsReport(properties.finance().currency(),
                properties.operations().churnHorizon().toDays(), properties.operations().loopSla().toHours(),
                serviceDrivers(period, scope), teamKpis(period),
                // A trend with no detractor in any period is no trend: the page is left out.
                trend.stream().anyMatch(point -> point.n() > 0) ? trend : List.of(),
                churn, revenue(churn, kpiRows), scope.isCompany() ? unmatchedFollowups() : 0);
    }

    /** The data note on accounts left out of the money figures for want of an exchange rate. */
    List<String> notes(ReportingPeriod period) {
        BigDecimal unconverted = dsl.select(sum(CHURN_GROUP.UNCONVERTED)).from(CHURN_GROUP)
                .where(periodOf(period)).and(CHURN_GROUP.REGION.eq(ALL)).and(CHURN_GROUP.TOUCHPOINT.eq(ALL))
                .fetchOne().value1();
        if (unconverted == null || unconverted.signum() == 0) {
            return List.of();
        }
        return List.of(unconverted + " active accounts are in a currency without a rate in touchstone.finance.fx-rates:"
                + " left out of the revenue figures (their churn still counts in the churn rates).");
    }

    private List<ServiceDriverRow> serviceDrivers(ReportingPeriod period, ReportScope scope) {
        return dsl.selectFrom(SERVICE_DRIVER)
                .where(SERVICE_DRIVER.PERIOD_KIND.eq(period.kind().code()).and(SERVICE_DRIVER.PERIOD.eq(period.label())))
                .and(scope.condition(SERVICE_DRIVER.REGION, SERVICE_DRIVER.TOUCHPOINT))
                .orderBy(SERVICE_DRIVER.REGION.ne(ALL), SERVICE_DRIVER.REGION, SERVICE_DRIVER.TOUCHPOINT.ne(ALL),
                        SERVICE_DRIVER.TOUCHPOINT, SERVICE_DRIVER.DRIVER, SERVICE_DRIVER.BAND_ORDER)
                .fetch(row -> {
                    BaseFlag base = BaseFlag.fromCode(row.getBase());
                    boolean shown = base != BaseFlag.SUPPRESSED;
                    return new ServiceDriverRow(row.getPeriod(), row.getRegion(), row.getTouchpoint(), row.getDriver(),
                            row.getBand(), row.getBandOrder(), row.getN(), shown ? number(row.getNps()) : null,
                            shown ? number(row.getCiLow()) : null, shown ? number(row.getCiHigh()) : null,
                            row.getRestN(), number(row.getRestNps()), shown ? number(row.getGap()) : null,
                            shown ? row.getGapSignificant() : null, base);
                });
    }

    private List<TeamKpiRow> teamKpis(ReportingPeriod period) {
        return dsl.selectFrom(TEAM_KPI_VALUE)
                .where(TEAM_KPI_VALUE.PERIOD_KIND.eq(period.kind().code()).and(TEAM_KPI_VALUE.PERIOD.eq(period.label())))
                .fetch(row -> new TeamKpiRow(row.getAgentTeam(), KpiSection.kpiRow(row.into(KPI_VALUE))))
                .stream()
                .sorted(Comparator.comparing(TeamKpiRow::agentTeam)
                        .thenComparing(team -> team.kpi().metric()))
                .toList();
    }

    private List<ChurnGroupRow> churnGroups(ReportingPeriod period, ReportScope scope, List<KpiRow> kpiRows) {
        return dsl.selectFrom(CHURN_GROUP)
                .where(periodOf(period))
                .and(scope.condition(CHURN_GROUP.REGION, CHURN_GROUP.TOUCHPOINT))
                .fetch()
                .stream()
                // Aggregates first ("" sorts before any name), then the groups in their order.
                .sorted(Comparator.comparing((ChurnGroupRecord row) -> row.getRegion().equals(ALL) ? "" : row.getRegion())
                        .thenComparing(row -> row.getTouchpoint().equals(ALL) ? "" : row.getTouchpoint())
                        .thenComparing(row -> NpsGroup.fromCode(row.getNpsGroup())))
                .map(row -> churnGroup(row, kpiRows))
                .toList();
    }

    private ChurnGroupRow churnGroup(ChurnGroupRecord row, List<KpiRow> kpiRows) {
        Metric metric = NpsGroup.fromCode(row.getNpsGroup()).churnRate();
        KpiRow rate = rateOf(kpiRows, metric, row.getRegion(), row.getTouchpoint());
        return new ChurnGroupRow(row.getRegion(), row.getTouchpoint(), row.getNpsGroup(), row.getAccounts(),
                row.getChurned(), row.getHorizonIncomplete(), rate == null ? null : rate.value(),
                rate == null ? null : rate.ciLow(), rate == null ? null : rate.ciHigh(),
                rate == null ? BaseFlag.SUPPRESSED : rate.base(), row.getActiveAccounts(),
                row.getActiveRevenue().doubleValue());
    }

    /** Per scope of the churn groups, revenue at risk and per NPS point with their inputs (see {@link MoneyFigures}). */
    private List<RevenueRow> revenue(List<ChurnGroupRow> churn, List<KpiRow> kpiRows) {
        Map<List<String>, List<ChurnGroupRow>> byScope = new LinkedHashMap<>();
        churn.forEach(row -> byScope.computeIfAbsent(List.of(row.region(), row.touchpoint()), key -> new ArrayList<>())
                .add(row));
        BaseRule baseRule = new BaseRule(properties.base().low(), properties.base().suppressBelow());
        List<RevenueRow> revenue = new ArrayList<>();
        byScope.forEach((key, groups) -> {
            String region = key.get(0);
            String touchpoint = key.get(1);
            ChurnGroupRow detractors = groups.stream().filter(row -> row.group().equals(NpsGroup.DETRACTOR.code()))
                    .findFirst().orElse(null);
            long responding = groups.stream().mapToLong(ChurnGroupRow::activeAccounts).sum();
            double revenueSum = groups.stream().mapToDouble(ChurnGroupRow::activeRevenue).sum();
            Double gap = MoneyFigures.churnGap(estimate(kpiRows, Metric.CHURN_RATE_DETRACTOR, region, touchpoint),
                    estimate(kpiRows, Metric.CHURN_RATE_PROMOTER, region, touchpoint), baseRule);
            KpiRow atRisk = rateOf(kpiRows, Metric.REVENUE_AT_RISK, region, touchpoint);
            KpiRow perPoint = rateOf(kpiRows, Metric.REVENUE_PER_NPS_POINT, region, touchpoint);
            revenue.add(new RevenueRow(region, touchpoint,
                    detractors == null ? 0 : detractors.activeAccounts(),
                    detractors == null ? 0 : detractors.activeRevenue(), gap,
                    atRisk == null ? null : atRisk.value(), responding,
                    responding == 0 ? null : revenueSum / responding, perPoint == null ? null : perPoint.value()));
        });
        return revenue;
    }

    /** A stored churn rate as an estimate again, for the gap; suppressed rates have no value. */
    private static KpiEstimate estimate(List<KpiRow> kpiRows, Metric metric, String region, String touchpoint) {
        KpiRow row = rateOf(kpiRows, metric, region, touchpoint);
        return row == null ? new KpiEstimate(metric, 0, null, null, null, null)
                : new KpiEstimate(metric, row.n(), row.value(), null, row.ciLow(), row.ciHigh());
    }

    private static KpiRow rateOf(List<KpiRow> kpiRows, Metric metric, String region, String touchpoint) {
        return kpiRows.stream()
                .filter(row -> row.metric() == metric && row.region().equals(region) && row.touchpoint().equals(touchpoint))
                .findFirst()
                .orElse(null);
    }

    private static Condition periodOf(ReportingPeriod period) {
        return CHURN_GROUP.PERIOD_KIND.eq(period.kind().code()).and(CHURN_GROUP.PERIOD.eq(period.label()));
    }

    /** Follow-ups whose response is not (yet) in the warehouse: the company's, not any slice's. */
    private long unmatchedFollowups() {
        return dsl.fetchCount(dsl.selectFrom(FOLLOWUP)
                .whereNotExists(selectOne().from(RESPONSE).where(RESPONSE.RESPONSE_ID.eq(FOLLOWUP.RESPONSE_ID))));
    }
}
