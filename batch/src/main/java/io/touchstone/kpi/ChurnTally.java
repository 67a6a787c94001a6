package io.touchstone.kpi;

/**
 * One NPS group's accounts in one scope as of a moment, as the database counted them.
 *
 * @param accounts accounts whose churn horizon after their latest response has passed: the rate's base
 * @param churned of those, churned within the horizon
 * @param horizonIncomplete accounts whose horizon is still running: in no rate
 * @param activeAccounts accounts active at the as-of whose currency has a rate
 * @param activeRevenue their annual revenue in the reporting currency
 * @param unconverted active accounts left out of the revenue for want of a rate of their currency
 */
public record ChurnTally(long accounts, long churned, long horizonIncomplete, long activeAccounts,
        double activeRevenue, long unconverted) {

    public static final ChurnTally NONE = new ChurnTally(0, 0, 0, 0, 0, 0);
}
