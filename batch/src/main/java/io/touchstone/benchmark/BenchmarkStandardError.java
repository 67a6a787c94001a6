package io.touchstone.benchmark;

import io.touchstone.kpi.KpiEstimate;
import io.touchstone.reports.model.Metric;

/**
 * The standard error of a published benchmark score, which comes as a value and a sample size
 * only. For CSAT the value fixes the variance. For NPS it does not (the passive share is
 * unknown), so the largest variance the value allows is used — no passives — which makes a
 * gap look significant less often, never more. For CES the spread of the own survey's answers
 * stands in for the competitor's, the scale being the same.
 */
final class BenchmarkStandardError {

    private BenchmarkStandardError() {
    }

    static Double of(Metric metric, double value, Integer sampleSize, Double cesStandardDeviation) {
        if (sampleSize == null || sampleSize < 2) {
            return null;
        }
        return switch (metric) {
            case NPS -> {
                double share = value / 100;
                yield 100 * Math.sqrt(Math.max(0, 1 - share * share) / sampleSize);
            }
            case CSAT -> {
                double q = value / 100;
                yield 100 * Math.sqrt(Math.max(0, q * (1 - q)) / sampleSize);
            }
            case CES -> cesStandardDeviation == null ? null : cesStandardDeviation / Math.sqrt(sampleSize);
            default -> null;
        };
    }

    /** The standard deviation of the own survey's CES answers, or {@code null} for another metric. */
    static Double cesStandardDeviation(KpiEstimate ownSurvey) {
        if (ownSurvey == null || ownSurvey.metric() != Metric.CES || ownSurvey.se() == null) {
            return null;
        }
        return ownSurvey.se() * Math.sqrt(ownSurvey.n());
    }
}
