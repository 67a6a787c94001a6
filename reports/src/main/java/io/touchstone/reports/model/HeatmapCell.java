package io.touchstone.reports.model;

/**
 * The own brand's NPS for one touchpoint in one region, a cell of the page-1 heatmap.
 * {@code ALL} in touchpoint or region marks the row or column of totals. {@code stage} is the
 * journey stage the touchpoint belongs to and {@code stageOrder} its place in the journey
 * (0 first), so the heatmap reads in the order a customer meets the touchpoints.
 * {@code nps} is {@code null} when the base is suppressed.
 */
public record HeatmapCell(
        String stage,
        int stageOrder,
        String touchpoint,
        String region,
        Double nps,
        long n,
        BaseFlag base) {
}
