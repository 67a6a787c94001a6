package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;

/**
 * Net Promoter Score: 100 × (promoters − detractors) / n, promoters answering 9-10 and
 * detractors 0-6, with SE 100 × sqrt((p + d − (p − d)²) / n).
 */
public final class NpsCalculator {

    private NpsCalculator() {
    }

    public static KpiEstimate estimate(long n, long promoters, long detractors) {
        if (n == 0) {
            return KpiEstimate.empty(Metric.NPS);
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double variance = p + d - (p - d) * (p - d);
        return KpiEstimate.of(Metric.NPS, n, 100 * (p - d), 100 * Math.sqrt(Math.max(0, variance) / n));
    }
}
