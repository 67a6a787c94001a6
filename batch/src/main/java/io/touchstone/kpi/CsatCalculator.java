package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;

/** CSAT: 100 × the share of answers that are 4 or 5 (top-2-box), SE 100 × sqrt(q (1 − q) / n). */
public final class CsatCalculator {

    private CsatCalculator() {
    }

    public static KpiEstimate estimate(long n, long topTwoBox) {
        if (n == 0) {
            return KpiEstimate.empty(Metric.CSAT);
        }
        double q = (double) topTwoBox / n;
        return KpiEstimate.of(Metric.CSAT, n, 100 * q, 100 * Math.sqrt(q * (1 - q) / n));
    }
}
