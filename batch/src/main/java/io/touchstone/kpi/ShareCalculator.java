package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;

/**
 * A percentage of a base: 100 × yes / n, SE 100 × sqrt(q(1 − q) / n) with q = yes / n
 * (first-contact resolution, callbacks offered, loops closed, churn rates).
 */
public final class ShareCalculator {

    private ShareCalculator() {
    }

    public static KpiEstimate estimate(Metric metric, long n, long yes) {
        if (n == 0) {
            return KpiEstimate.empty(metric);
        }
        double q = (double) yes / n;
        return KpiEstimate.of(metric, n, 100 * q, 100 * Math.sqrt(q * (1 - q) / n));
    }
}
