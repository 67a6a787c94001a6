package io.touchstone.ingest;

import java.util.List;

/**
 * One record of a delivered file, its values arranged in the order of the feed's contract
 * columns ({@code null} where the file has no such column), with where it came from and the
 * fields as read, from which the raw text of a rejected line is rebuilt.
 *
 * @param headerFieldCount how many fields the header had
 * @param strayQuote the problem of a line whose stray quote swallowed the lines after it, else {@code null}
 */
public record FeedLine(long fileId, long lineNo, String[] values, List<String> fields,
        int headerFieldCount, LineProblem strayQuote) {

    /** The line as CSV text; built only for the lines that are rejected. */
    public String raw() {
        return CsvText.join(fields);
    }

    public int fieldCount() {
        return fields.size();
    }

    public String value(Feed feed, String column) {
        String value = values[feed.indexOf(column)];
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean hasWrongFieldCount() {
        return fields.size() != headerFieldCount;
    }
}
