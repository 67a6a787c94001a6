package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;

/**
 * Customer effort: the mean answer (1-7, 7 = very easy), SE the sample standard deviation over
 * sqrt(n). Takes the sum and sum of squares so the database can do the aggregation.
 */
public final class CesCalculator {

    private CesCalculator() {
    }

    public static KpiEstimate estimate(long n, double sum, double sumOfSquares) {
        if (n == 0) {
            return KpiEstimate.empty(Metric.CES);
        }
        double mean = sum / n;
        if (n == 1) {
            return KpiEstimate.of(Metric.CES, n, mean, null);
        }
        double sampleVariance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        return KpiEstimate.of(Metric.CES, n, mean, Math.sqrt(sampleVariance / n));
    }
}
