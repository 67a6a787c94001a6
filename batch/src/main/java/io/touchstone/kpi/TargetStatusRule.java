package io.touchstone.kpi;

import io.touchstone.reports.model.TargetStatus;

/**
 * Status against a target: green when the value meets it, amber when it misses by less than
 * its own 95 % margin, red otherwise; no target (or no value) means no status. "Meets" reads the
 * metric's direction: a wait meets its target at or below it.
 */
public final class TargetStatusRule {

    private TargetStatusRule() {
    }

    public static TargetStatus statusOf(Double value, Double margin, Double target) {
        return statusOf(value, margin, target, true);
    }

    public static TargetStatus statusOf(Double value, Double margin, Double target, boolean higherIsBetter) {
        if (value == null || target == null) {
            return null;
        }
        double shortfall = higherIsBetter ? target - value : value - target;
        if (shortfall <= 0) {
            return TargetStatus.GREEN;
        }
        return margin != null && shortfall < margin ? TargetStatus.AMBER : TargetStatus.RED;
    }
}
