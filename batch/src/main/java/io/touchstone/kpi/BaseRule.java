package io.touchstone.kpi;

import io.touchstone.reports.model.BaseFlag;
import io.touchstone.reports.model.Metric;

/**
 * The low-base rule: below {@code low} answers a value is greyed, never ranked and never
 * tested; below {@code suppressBelow} it is not shown at all.
 */
public record BaseRule(int low, int suppressBelow) {

    public BaseRule {
        if (suppressBelow > low) {
            throw new IllegalArgumentException("touchstone.base.suppress-below (" + suppressBelow
                    + ") must not exceed touchstone.base.low (" + low + ")");
        }
    }

    /** The base flag of {@code metric}'s value over {@code n} answers; a count is never low or suppressed. */
    public BaseFlag classify(Metric metric, long n) {
        return metric.isCount() ? BaseFlag.OK : classify(n);
    }

    public BaseFlag classify(long n) {
        if (n < suppressBelow) {
            return BaseFlag.SUPPRESSED;
        }
        return n < low ? BaseFlag.LOW : BaseFlag.OK;
    }
}
