package io.touchstone.ingest;

/**
 * A line after validation: either the row to load, or the reason it was rejected.
 *
 * @param <R> the warehouse row type
 */
public record Checked<R>(FeedLine line, R row, String rejectReason) {

    public static <R> Checked<R> accepted(FeedLine line, R row) {
        return new Checked<>(line, row, null);
    }

    public static <R> Checked<R> rejected(FeedLine line, String reason) {
        return new Checked<>(line, null, reason);
    }

    public boolean isAccepted() {
        return rejectReason == null;
    }
}
