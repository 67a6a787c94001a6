package io.touchstone.kpi;

import io.touchstone.reports.model.TargetStatus;

/**
 * Status against a target: green when the value meets it, amber when it misses by less than
 * its own 95 % margin, red otherwise; no target (or no value) means no status.
 */
public final class TargetStatusRule {

    private TargetStatusRule() {
    }

    public static TargetStatus statusOf(Double value, Double margin, Double target) {
        if (value == null || target == null) {
            return null;
        }
        if (value >= target) {
            return TargetStatus.GREEN;
        }
        return margin != null && target - value < margin ? TargetStatus.AMBER : TargetStatus.RED;
    }
}
