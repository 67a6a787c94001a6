package io.touchstone.kpi;

/**
 * Whether two values differ by more than chance: |v1 − v2| / sqrt(SE1² + SE2²) > 1.96. Used
 * for the change against the prior period and for the gap to a competitor.
 */
public final class ChangeSignificance {

    private ChangeSignificance() {
    }

    /** {@code null} when either side has no value or no standard error: no test is shown. */
    public static Boolean isSignificant(Double v1, Double se1, Double v2, Double se2) {
        if (v1 == null || v2 == null || se1 == null || se2 == null) {
            return null;
        }
        double combined = Math.sqrt(se1 * se1 + se2 * se2);
        if (combined == 0) {
            return !v1.equals(v2);
        }
        return Math.abs(v1 - v2) / combined > KpiEstimate.Z_95;
    }
}
