package io.touchstone.kpi;

/** NPS answers of a group of responses: how many, and how many promoters and detractors. */
public record NpsCount(long n, long promoters, long detractors) {

    public static final NpsCount NONE = new NpsCount(0, 0, 0);

    public NpsCount plus(NpsCount other) {
        return new NpsCount(n + other.n, promoters + other.promoters, detractors + other.detractors);
    }

    public NpsCount minus(NpsCount other) {
        return new NpsCount(n - other.n, promoters - other.promoters, detractors - other.detractors);
    }

    public KpiEstimate nps() {
        return NpsCalculator.estimate(n, promoters, detractors);
    }
}
