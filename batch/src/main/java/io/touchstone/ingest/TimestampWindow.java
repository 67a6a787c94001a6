package io.touchstone.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The timestamps a run accepts, relative to its business date: from {@code oldest} before it to
 * {@code newest} after it ({@code touchstone.ingest.oldest}, {@code .newest}), whole days in the
 * reporting time zone, which also reads plain dates. A response dated 9999-12-31 is a typing or
 * export error; loaded, it would make every report "as of 31 Dec 9999".
 *
 * <p>Each ingest step has its own, from its run's business date ({@link StepTimestampWindow}).
 */
public final class TimestampWindow {

    private final ZoneId zone;
    private final LocalDate businessDate;
    private final Period oldest;
    private final Period newest;

    /** The window's bounds, worked out once: every timestamp of every line is checked against them. */
    private final OffsetDateTime earliest;
    private final OffsetDateTime pastNewest;

    public TimestampWindow(ZoneId zone, LocalDate businessDate, Period oldest, Period newest) {
        this.zone = zone;
        this.businessDate = businessDate;
        this.oldest = oldest;
        this.newest = newest;
        this.earliest = businessDate.minus(oldest).atStartOfDay(zone).toOffsetDateTime();
        this.pastNewest = businessDate.plus(newest).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** The zone a plain date (2026-11-20) is read in: the start of that day there. */
    public ZoneId zone() {
        return zone;
    }

    /** What is wrong with a timestamp of a column, or {@code null} when it lies in the window. */
    public LineProblem problem(String column, String value, OffsetDateTime timestamp) {
        if (timestamp.isBefore(earliest)) {
            return outside(column, value, "more than " + words(oldest) + " before");
        }
        if (!timestamp.isBefore(pastNewest)) {
            return outside(column, value, "more than " + words(newest) + " after");
        }
        return null;
    }

    private LineProblem outside(String column, String value, String distance) {
        String rule = column + " is " + distance + " the business date";
        return new LineProblem(rule, column + " " + value + " is " + distance + " the business date " + businessDate
                + " (touchstone.ingest.oldest and .newest set the window)");
    }

    /** P20Y as "20 years", P1M2D as "1 month 2 days". */
    static String words(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void add(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
