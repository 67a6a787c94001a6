package io.touchstone.reports.model;

/**
 * An operational KPI of one agent team: the workbook's further breakdown of the {@code KPIs}
 * sheet (its {@code agent_team} column; every other row there is {@code ALL}).
 */
public record TeamKpiRow(String agentTeam, KpiRow kpi) {
}
