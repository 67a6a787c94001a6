package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;

/**
 * The mean of a measure (handle time, service lift), SE the sample standard deviation over
 * sqrt(n), from the sum and sum of squares the database added up. One value has no SE.
 */
public final class MeanCalculator {

    private MeanCalculator() {
    }

    public static KpiEstimate estimate(Metric metric, long n, double sum, double sumOfSquares) {
        if (n == 0) {
            return KpiEstimate.empty(metric);
        }
        double mean = sum / n;
        if (n == 1) {
            return KpiEstimate.of(metric, n, mean, null);
        }
        double sampleVariance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        return KpiEstimate.of(metric, n, mean, Math.sqrt(sampleVariance / n));
    }

    /** A value with no standard error, such as a percentile: no interval and no significance test;
     * {@code null} value (none computable) over a base of {@code n}. */
    public static KpiEstimate exact(Metric metric, long n, Double value) {
        return new KpiEstimate(metric, n, value, null, null, null);
    }
}
