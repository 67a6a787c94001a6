package io.touchstone.reports.model;

/**
 * Every metric a KPI or benchmark row of the reports can carry, with its label, its kind and
 * the range its values and intervals are clipped to. For all of them a higher value is better.
 * The warehouse stores a metric as its {@link #code()}; {@link #fromCode(String)} reads it back.
 *
 * <p>Theme measures (volume, share, sentiment, NPS impact) are columns of a theme's row, not
 * metrics of a KPI or benchmark row, so they have no constant here; their codes are defined,
 * for people, in {@code MetricDefinitions}.
 */
public enum Metric {
    NPS("Net Promoter Score", Kind.SURVEY, -100, 100),
    CSAT("Customer satisfaction (top-2-box %)", Kind.SURVEY, 0, 100),
    CES("Customer effort (mean, 7 = very easy)", Kind.SURVEY, 1, 7),
    RESPONSES("Responses", Kind.SURVEY, 0, Double.MAX_VALUE),
    SOCIAL_VOLUME("Posts", Kind.SOCIAL, 0, Double.MAX_VALUE),
    SHARE_OF_VOICE("Share of voice", Kind.SOCIAL, 0, 100),
    NET_SENTIMENT("Net sentiment (−100..100)", Kind.SOCIAL, -100, 100);

    /** Where a metric's values come from. */
    public enum Kind {
        /** Computed from survey responses, or reported by a survey benchmark vendor. */
        SURVEY,
        /** Computed from public posts about the brands: the social benchmark. */
        SOCIAL
    }

    private final String label;
    private final Kind kind;
    private final double min;
    private final double max;

    Metric(String label, Kind kind, double min, double max) {
        this.label = label;
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The code the feeds and the warehouse spell the metric with. */
    public String code() {
        return name();
    }

    /** The metric a stored or delivered code names. */
    public static Metric fromCode(String code) {
        for (Metric metric : values()) {
            if (metric.code().equals(code)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("Unknown metric code '" + code + "'");
    }

    /**
     * Whether the value is a count rather than an estimate: a count is exact, so the low-base
     * and suppression rules, which guard estimates from small samples, never apply to it.
     */
    public boolean isCount() {
        return this == RESPONSES || this == SOCIAL_VOLUME;
    }

    /** Whether the value is 100 × a share (README, "KPI definitions"): printed with a percent sign. */
    public boolean isPercentage() {
        return this == CSAT || this == SHARE_OF_VOICE;
    }

    public double clip(double value) {
        return Math.max(min, Math.min(max, value));
    }
}
