package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one scope's (or team's) interactions of a period add up to, as aggregated by the database: the counts,
 * sums and percentiles the operational metrics need. Each base counts only the interactions that
 * carry the field (an interaction without a wait is not a wait of zero).
 */
public record InteractionTally(
        long fcrAnswers,
        long fcrResolved,
        long waits,
        Double waitP50,
        Double waitP90,
        long handled,
        double handleSum,
        double handleSumOfSquares,
        long callbackAnswers,
        long callbacksOffered,
        long lifts,
        double liftSum,
        double liftSumOfSquares) {

    public Map<Metric, KpiEstimate> estimates() {
        Map<Metric, KpiEstimate> estimates = new EnumMap<>(Metric.class);
        estimates.put(Metric.FCR, ShareCalculator.estimate(Metric.FCR, fcrAnswers, fcrResolved));
        estimates.put(Metric.WAIT_P50, MeanCalculator.exact(Metric.WAIT_P50, waits, waitP50));
        estimates.put(Metric.WAIT_P90, MeanCalculator.exact(Metric.WAIT_P90, waits, waitP90));
        estimates.put(Metric.AHT, MeanCalculator.estimate(Metric.AHT, handled, handleSum, handleSumOfSquares));
        estimates.put(Metric.CALLBACK_SHARE,
                ShareCalculator.estimate(Metric.CALLBACK_SHARE, callbackAnswers, callbacksOffered));
        estimates.put(Metric.SERVICE_LIFT, MeanCalculator.estimate(Metric.SERVICE_LIFT, lifts, liftSum, liftSumOfSquares));
        return estimates;
    }
}
