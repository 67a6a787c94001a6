package io.touchstone.reports.model;

/**
 * One brand's score for one metric and scope, beside the own brand's: the row of the
 * workbook's {@code Benchmarks} sheet. {@code period} is the benchmark's own period (the
 * vendor's month, quarter or year). {@code rank} is the own brand's position among all brands
 * with a value (1 = best), repeated on every row of that metric and scope; {@code null} when
 * the own value has a low base. Survey metrics come from the benchmark vendor, social ones
 * ({@link Metric.Kind#SOCIAL}) from the posts.
 *
 * <p>The social rows also carry the brand's 95 % interval and base, and include a row for the own
 * brand itself (its gap {@code null}), so every brand's interval is shown; a low-base brand is
 * greyed and never ranked. Survey rows have no interval ({@code null}): the vendor gives none.
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
        String source,
        Double ciLow,
        Double ciHigh,
        BaseFlag base) {

    /** A survey benchmark's row: the vendor gives a value and a sample size, no interval. */
    public BenchmarkRow(String period, String brand, String region, String touchpoint, Metric metric, double value,
            Integer n, Double ownValue, Double gap, Boolean gapSignificant, Integer rank, String source) {
        this(period, brand, region, touchpoint, metric, value, n, ownValue, gap, gapSignificant, rank, source, null,
                null, null);
    }
}
