package io.touchstone.ingest;

/**
 * A line after validation: either the row to load, or why it was rejected — the reason a person
 * reads and the rule it broke (the reason without the values, see {@link LineProblem}).
 *
 * @param <R> the warehouse row type
 */
public record Checked<R>(FeedLine line, R row, String rejectReason, String rejectRule) {

    public static <R> Checked<R> accepted(FeedLine line, R row) {
        return new Checked<>(line, row, null, null);
    }

    static <R> Checked<R> rejected(FeedLine line, LineCheck check) {
        return new Checked<>(line, null, check.reason(), check.rule());
    }

    public boolean isAccepted() {
        return rejectReason == null;
    }
}
