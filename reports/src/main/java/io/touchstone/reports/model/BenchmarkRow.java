package io.touchstone.reports.model;

/**
 * One brand's score for one metric and scope, beside the own brand's: the row of the
 * workbook's {@code Benchmarks} sheet. {@code period} is the benchmark's own period (the
 * vendor's month, quarter or year). {@code rank} is the own brand's position among all brands
 * with a value (1 = best), repeated on every row of that metric and scope; {@code null} when
 * the own value has a low base. Survey metrics come from the benchmark vendor, social ones
 * ({@link Metric.Kind#SOCIAL}) from the posts.
 */
public record BenchmarkRow(
        String period,
        String brand,
        String region,
        String touchpoint,
        Metric metric,
        double value,
        Integer n,
        Double ownValue,
        Double gap,
        Boolean gapSignificant,
        Integer rank,
        String source) {
}
