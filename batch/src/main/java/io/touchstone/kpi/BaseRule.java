package io.touchstone.kpi;

import io.touchstone.reports.model.BaseFlag;

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

    public BaseFlag classify(long n) {
        if (n < suppressBelow) {
            return BaseFlag.SUPPRESSED;
        }
        return n < low ? BaseFlag.LOW : BaseFlag.OK;
    }
}
