package io.touchstone.reports.model;

/**
 * Every metric a KPI or benchmark row of the reports can carry, with its label, its kind, the
 * range its values and intervals are clipped to, its unit and whether a higher value is better
 * (a shorter wait, a lower churn rate, less revenue at risk are better). The warehouse stores a
 * metric as its {@link #code()}; {@link #fromCode(String)} reads it back.
 *
 * <p>Theme measures (volume, share, sentiment, NPS impact) are columns of a theme's row, not
 * metrics of a KPI or benchmark row, so they have no constant here; their codes are defined,
 * for people, in {@code MetricDefinitions}.
 */
public enum Metric {
    NPS("Net Promoter Score", Kind.SURVEY, -100, 100),
    CSAT("Customer satisfaction (top-2-box %)", Kind.SURVEY, 0, 100, Unit.PERCENT, true),
    CES("Customer effort (mean, 7 = very easy)", Kind.SURVEY, 1, 7),
    RESPONSES("Responses", Kind.SURVEY, 0, Double.MAX_VALUE, Unit.COUNT, true),
    SOCIAL_VOLUME("Posts", Kind.SOCIAL, 0, Double.MAX_VALUE, Unit.COUNT, true),
    SHARE_OF_VOICE("Share of voice", Kind.SOCIAL, 0, 100, Unit.PERCENT, true),
    NET_SENTIMENT("Net sentiment (−100..100)", Kind.SOCIAL, -100, 100),
    FCR("First-contact resolution", Kind.OPERATIONAL, 0, 100, Unit.PERCENT, true),
    WAIT_P50("Median wait", Kind.OPERATIONAL, 0, Double.MAX_VALUE, Unit.SECONDS, false),
    WAIT_P90("Wait, 90th percentile", Kind.OPERATIONAL, 0, Double.MAX_VALUE, Unit.SECONDS, false),
    AHT("Average handle time", Kind.OPERATIONAL, 0, Double.MAX_VALUE, Unit.SECONDS, false),
    CALLBACK_SHARE("Callback offered", Kind.OPERATIONAL, 0, 100, Unit.PERCENT, true),
    SERVICE_LIFT("Service lift (CSAT after − before)", Kind.OPERATIONAL, -4, 4),
    LOOP_CLOSED_RATE("Detractors contacted within SLA", Kind.LOOP, 0, 100, Unit.PERCENT, true),
    LOOP_TIME_P50("Median hours to first contact", Kind.LOOP, 0, Double.MAX_VALUE, Unit.HOURS, false),
    CHURN_RATE_PROMOTER("Churn rate, promoters", Kind.MONEY, 0, 100, Unit.PERCENT, false),
    CHURN_RATE_PASSIVE("Churn rate, passives", Kind.MONEY, 0, 100, Unit.PERCENT, false),
    CHURN_RATE_DETRACTOR("Churn rate, detractors", Kind.MONEY, 0, 100, Unit.PERCENT, false),
    REVENUE_AT_RISK("Revenue at risk", Kind.MONEY, 0, Double.MAX_VALUE, Unit.MONEY, false),
    REVENUE_PER_NPS_POINT("Revenue per NPS point", Kind.MONEY, -Double.MAX_VALUE, Double.MAX_VALUE, Unit.MONEY,
            true);

    /** Where a metric's values come from. */
    public enum Kind {
        /** Computed from survey responses, or reported by a survey benchmark vendor. */
        SURVEY,
        /** Computed from public posts about the brands: the social benchmark. */
        SOCIAL,
        /** Computed from service interactions: what teams can move. */
        OPERATIONAL,
        /** Computed from follow-ups with detractors: closing the loop. */
        LOOP,
        /** Computed from accounts joined to their latest response: CX in money. */
        MONEY
    }

    /** What a value is measured in, for printing it. */
    public enum Unit {
        /** Points or a mean on the metric's own scale. */
        SCORE,
        /** 100 × a share. */
        PERCENT,
        /** An exact count. */
        COUNT,
        SECONDS,
        HOURS,
        /** An amount in the reporting currency. */
        MONEY
    }

    private final String label;
    private final Kind kind;
    private final double min;
    private final double max;
    private final Unit unit;
    private final boolean higherIsBetter;

    Metric(String label, Kind kind, double min, double max) {
        this(label, kind, min, max, Unit.SCORE, true);
    }

    Metric(String label, Kind kind, double min, double max, Unit unit, boolean higherIsBetter) {
        this.label = label;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public Unit unit() {
        return unit;
    }

    /**
     * Whether a higher value is better: false for waits, handle and contact times, churn rates
     * and revenue at risk. Targets, status and the direction of a change read it.
     */
    public boolean higherIsBetter() {
        return higherIsBetter;
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
        return unit == Unit.COUNT;
    }

    /** Whether the value is 100 × a share (README, "KPI definitions"): printed with a percent sign. */
    public boolean isPercentage() {
        return unit == Unit.PERCENT;
    }

    public double clip(double value) {
        return Math.max(min, Math.min(max, value));
    }
}
