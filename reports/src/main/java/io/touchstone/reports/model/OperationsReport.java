package io.touchstone.reports.model;

import java.util.List;

/**
 * What the dashboard's "Operations and closing the loop" and "CX in money" pages and the
 * workbook's {@code Revenue} sheet show beyond the KPI rows (whose operational, loop and money
 * metrics are in {@link CxPeriodReport#kpis()} like every other): the service drivers, the agent
 * teams' KPIs, loop closure over the trend periods, churn per NPS group and revenue at risk.
 *
 * @param currency the ISO 4217 code every amount is in
 * @param churnHorizonDays the days after responding a churn counts against the response's group
 * @param loopSlaHours the hours within which a detractor's contact closes the loop
 * @param loopClosureTrend LOOP_CLOSED_RATE of the scope shown, oldest period first
 * @param unmatchedFollowups follow-ups held whose response is not (yet) in the warehouse
 */
public record OperationsReport(
        String currency,
        long churnHorizonDays,
        long loopSlaHours,
        List<ServiceDriverRow> serviceDrivers,
        List<TeamKpiRow> teamKpis,
        List<TrendPoint> loopClosureTrend,
        List<ChurnGroupRow> churnGroups,
        List<RevenueRow> revenue,
        long unmatchedFollowups) {

    public OperationsReport {
        serviceDrivers = List.copyOf(serviceDrivers);
        teamKpis = List.copyOf(teamKpis);
        loopClosureTrend = List.copyOf(loopClosureTrend);
        churnGroups = List.copyOf(churnGroups);
        revenue = List.copyOf(revenue);
    }

    /** A report with no operational data: no interactions, follow-ups or accounts were ever delivered. */
    public static OperationsReport none(String currency) {
        return new OperationsReport(currency, 180, 48, List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }

    /** Whether there is anything to show on the operations and money pages. */
    public boolean isEmpty() {
        return serviceDrivers.isEmpty() && teamKpis.isEmpty() && loopClosureTrend.isEmpty()
                && churnGroups.isEmpty() && revenue.isEmpty();
    }
}
