package io.touchstone.ingest;

/**
 * One record of a delivered file, its values arranged in the order of the feed's contract
 * columns ({@code null} where the file has no such column), with where it came from and its
 * raw text for the rejects table.
 *
 * @param fieldCount how many fields the record had
 * @param headerFieldCount how many fields the header had
 */
public record FeedLine(long fileId, String fileName, long lineNo, String[] values, String raw,
        int fieldCount, int headerFieldCount) {

    public String value(Feed feed, String column) {
        String value = values[feed.indexOf(column)];
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean hasWrongFieldCount() {
        return fieldCount != headerFieldCount;
    }
}
