package io.touchstone.reports.model;

/**
 * One NPS group's churn in a scope: of the accounts whose latest response fell in the group and
 * whose horizon has passed, how many churned within it. Accounts whose horizon is still running
 * are counted apart and kept out of the rate.
 *
 * @param group {@code promoter}, {@code passive} or {@code detractor}
 * @param accounts accounts of the group whose horizon is complete: the rate's base
 * @param churned of those, the accounts that churned within the horizon after responding
 * @param horizonIncomplete accounts of the group whose horizon has not passed yet (not in the rate)
 * @param rate 100 × churned / accounts; {@code null} when suppressed
 * @param activeAccounts accounts of the group active now
 * @param activeRevenue their annual revenue in the reporting currency
 */
public record ChurnGroupRow(
        String region,
        String touchpoint,
        String group,
        long accounts,
        long churned,
        long horizonIncomplete,
        Double rate,
        Double ciLow,
        Double ciHigh,
        BaseFlag base,
        long activeAccounts,
        double activeRevenue) {
}
