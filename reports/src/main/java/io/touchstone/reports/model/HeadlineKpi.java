package io.touchstone.reports.model;

/**
 * A headline tile: the company-wide value of one metric ({@link Metric#NPS}, {@link Metric#CSAT}, {@link Metric#CES})
 * with its comparisons. {@code current} is the metric's {@code ALL/ALL/ALL} row for the own
 * brand. The benchmark fields are {@code null} when no benchmark covers the period.
 *
 * @param industryGap own value minus the industry value
 * @param bestCompetitor the competitor with the highest value (not {@code INDUSTRY})
 * @param bestCompetitorGap own value minus the best competitor's value
 */
public record HeadlineKpi(
        Metric metric,
        String label,
        KpiRow current,
        Double industryValue,
        Double industryGap,
        Boolean industryGapSignificant,
        String bestCompetitor,
        Double bestCompetitorValue,
        Double bestCompetitorGap,
        Boolean bestCompetitorGapSignificant,
        String benchmarkPeriod) {
}
