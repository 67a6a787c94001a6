package io.touchstone.reports.model;

/**
 * The outcome metrics computed from survey responses, with the range their values and
 * intervals are clipped to. For all of them a higher value is better.
 */
public enum Metric {
    NPS("Net Promoter Score", -100, 100),
    CSAT("Customer satisfaction (top-2-box %)", 0, 100),
    CES("Customer effort (mean, 7 = very easy)", 1, 7),
    RESPONSES("Responses", 0, Double.MAX_VALUE);

    private final String label;
    private final double min;
    private final double max;

    Metric(String label, double min, double max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the value is a count rather than an estimate: a count of responses is exact, so the
     * low-base and suppression rules, which guard estimates from small samples, never apply to it.
     */
    public boolean isCount() {
        return this == RESPONSES;
    }

    public double clip(double value) {
        return Math.max(min, Math.min(max, value));
    }
}
