package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;
import java.util.EnumMap;
import java.util.Map;

/**
 * One scope's detractor responses of a period and their follow-ups, as the database counted them.
 *
 * @param detractors detractor responses of the own brand
 * @param due those whose loop is decided: contacted within the SLA, or the SLA elapsed by the run's
 *     as-of; the rate's base
 * @param closed contacted within the SLA
 * @param pending not contacted yet with the SLA still running at the as-of: left out of the base
 * @param contacted contacted at all by the as-of
 * @param hoursToContactP50 median hours from response to first contact over the contacted
 */
public record LoopTally(long detractors, long due, long closed, long pending, long contacted,
        Double hoursToContactP50) {

    public Map<Metric, KpiEstimate> estimates() {
        Map<Metric, KpiEstimate> estimates = new EnumMap<>(Metric.class);
        estimates.put(Metric.LOOP_CLOSED_RATE, ShareCalculator.estimate(Metric.LOOP_CLOSED_RATE, due, closed));
        estimates.put(Metric.LOOP_TIME_P50, MeanCalculator.exact(Metric.LOOP_TIME_P50, contacted, hoursToContactP50));
        return estimates;
    }
}
