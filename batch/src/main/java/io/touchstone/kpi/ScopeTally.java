package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;
import java.util.Map;

/**
 * The counts and sums one scope's responses add up to in a period, as aggregated by the
 * database; everything the outcome metrics need.
 */
public record ScopeTally(
        Scope scope,
        long responses,
        long npsAnswers,
        long promoters,
        long detractors,
        long csatAnswers,
        long csatTopTwoBox,
        long cesAnswers,
        double cesSum,
        double cesSumOfSquares) {

    public Map<Metric, KpiEstimate> estimates() {
        return Map.of(
                Metric.NPS, NpsCalculator.estimate(npsAnswers, promoters, detractors),
                Metric.CSAT, CsatCalculator.estimate(csatAnswers, csatTopTwoBox),
                Metric.CES, CesCalculator.estimate(cesAnswers, cesSum, cesSumOfSquares),
                Metric.RESPONSES, new KpiEstimate(Metric.RESPONSES, responses, (double) responses,
                        null, null, null));
    }
}
