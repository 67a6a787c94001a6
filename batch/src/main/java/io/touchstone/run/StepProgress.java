package io.touchstone.run;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The progress of one step as a person reads it: rows so far, rows per second and the time left
 * when the total is known ("—" when it is not), at most once per interval; and one closing line
 * with the rows, the time taken and the rate. Times are {@link System#nanoTime()} readings, so
 * a test can pass its own.
 */
public final class StepProgress {

    /** The total of a step whose rows are not known in advance. */
    public static final long UNKNOWN = -1;

    /**
     * The step execution context's key for the rows a step will read, where it knows them (an
     * ingest partition: the rows its file's inspection counted); without it the time left is "—".
     */
    public static final String TOTAL_ROWS = "progress.totalRows";

    private final String step;
    private final long total;
    private final long startNanos;
    private final long intervalNanos;
    private long lastShownNanos;

    public StepProgress(String step, long total, long startNanos, Duration interval) {
        this.step = step;
        this.total = total;
        this.startNanos = startNanos;
        this.intervalNanos = interval.toNanos();
        this.lastShownNanos = startNanos;
    }

    /** The progress line, if an interval has passed since the step began or the last line shown. */
    public Optional<String> update(long rows, long nowNanos) {
        if (nowNanos - lastShownNanos < intervalNanos) {
            return Optional.empty();
        }
        lastShownNanos = nowNanos;
        double rate = rate(rows, nowNanos);
        return Optional.of(String.format(Locale.ROOT, "%s: %,d rows%s, %,.0f rows/s, %s left", step, rows,
                total < 0 ? "" : String.format(Locale.ROOT, " of %,d", total), rate, left(rows, rate)));
    }

    /** The line that closes the step. */
    public String finish(long rows, long nowNanos) {
        return String.format(Locale.ROOT, "%s: %,d rows in %s, %,.0f rows/s", step, rows,
                clock((nowNanos - startNanos) / 1_000_000_000L), rate(rows, nowNanos));
    }

    private double rate(long rows, long nowNanos) {
        return rows / Math.max((nowNanos - startNanos) / 1e9, 1e-3);
    }

    private String left(long rows, double rate) {
        if (total < 0 || rate <= 0) {
            return "—";
        }
        return clock((long) Math.ceil(Math.max(0, total - rows) / rate));
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
