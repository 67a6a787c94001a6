package io.touchstone.kpi;

import io.touchstone.reports.model.Metric;

/** The group a response's NPS answer puts its customer in, and the churn rate metric of the group. */
public enum NpsGroup {
    PROMOTER(Metric.CHURN_RATE_PROMOTER),
    PASSIVE(Metric.CHURN_RATE_PASSIVE),
    DETRACTOR(Metric.CHURN_RATE_DETRACTOR);

    private final Metric churnRate;

    NpsGroup(Metric churnRate) {
        this.churnRate = churnRate;
    }

    public Metric churnRate() {
        return churnRate;
    }

    /** How the warehouse and the reports spell the group. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static NpsGroup fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
