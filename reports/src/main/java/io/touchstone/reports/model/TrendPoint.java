package io.touchstone.reports.model;

import java.time.LocalDate;

/**
 * One period of a trend chart (oldest first). {@code value} and the interval are {@code null}
 * for a suppressed base or a period with no answers.
 */
public record TrendPoint(
        String period,
        LocalDate periodStart,
        Double value,
        Double ciLow,
        Double ciHigh,
        Double target,
        long n,
        BaseFlag base) {
}
