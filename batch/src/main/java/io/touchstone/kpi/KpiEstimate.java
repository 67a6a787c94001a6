package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;

/**
 * A metric's value over a base of {@code n} answers with its standard error and 95 %
 * interval (value ± 1.96 SE, clipped to the metric's range). Value and interval are
 * {@code null} with no answers; the SE is {@code null} where it cannot be estimated.
 */
public record KpiEstimate(Metric metric, long n, Double value, Double se, Double ciLow, Double ciHigh) {

    static final double Z_95 = 1.96;

    static KpiEstimate of(Metric metric, long n, double value, Double se) {
        if (se == null) {
            return new KpiEstimate(metric, n, value, null, null, null);
        }
        return new KpiEstimate(metric, n, value, se,
                metric.clip(value - Z_95 * se), metric.clip(value + Z_95 * se));
    }

    static KpiEstimate empty(Metric metric) {
        return new KpiEstimate(metric, 0, null, null, null, null);
    }

    /** Half the width of the unclipped 95 % interval; {@code null} without an SE. */
    public Double margin() {
        return se == null ? null : Z_95 * se;
    }
}
