package io.touchstone.reports.model;

/**
 * Revenue at risk and revenue per NPS point of one scope, with the inputs that produce them
 * (README and the workbook's {@code Definitions}: "CX in money").
 *
 * @param detractorActiveAccounts active accounts whose latest response was a detractor
 * @param detractorActiveRevenue their annual revenue, reporting currency
 * @param churnGap CHURN_RATE_DETRACTOR − CHURN_RATE_PROMOTER, in points; {@code null} when either is suppressed
 * @param revenueAtRisk detractorActiveRevenue × churnGap / 100; {@code null} without a gap
 * @param respondingAccounts active accounts with a response: the base one NPS point is a share of
 * @param meanRevenue their mean annual revenue
 * @param revenuePerNpsPoint respondingAccounts / 200 × churnGap / 100 × meanRevenue: one point of
 *     NPS is one detractor in 200 becoming a promoter
 */
public record RevenueRow(
        String region,
        String touchpoint,
        long detractorActiveAccounts,
        double detractorActiveRevenue,
        Double churnGap,
        Double revenueAtRisk,
        long respondingAccounts,
        Double meanRevenue,
        Double revenuePerNpsPoint) {
}
