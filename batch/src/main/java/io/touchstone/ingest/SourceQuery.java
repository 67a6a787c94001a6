package io.touchstone.ingest;

import io.touchstone.system.TouchstoneProperties;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a feed is read from a database instead of inbox files ({@code touchstone.feeds.<feed>.source},
 * {@code .query}, {@code .watermark}): the source, the configured SELECT, and the column whose
 * highest value read is the watermark the next run starts after.
 *
 * <p>The SELECT is run as a subquery ordered by the watermark, so rows are numbered alike by a
 * restart over an unchanged source, and each {@code :last_watermark} in it becomes a bound
 * parameter: the committed watermark, never text pasted into SQL.
 */
record SourceQuery(Feed feed, String source, String query, String watermark) {

    /** What {@code :last_watermark} is on a first read: before any row (PostgreSQL's own -infinity is not portable). */
    static final OffsetDateTime BEGINNING = OffsetDateTime.parse("0001-01-01T00:00:00Z");

    /** The placeholder, not a PostgreSQL cast ({@code x::last_watermark} is no placeholder). */
    private static final Pattern LAST_WATERMARK = Pattern.compile("(?<!:):last_watermark\\b");
    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The feed's read from a database, or empty when the feed comes as files. */
    static Optional<SourceQuery> of(Feed feed, TouchstoneProperties properties) {
        TouchstoneProperties.Feed settings = properties.feeds().get(feed.code());
        if (settings == null || settings.source() == null || settings.source().isBlank()) {
            return Optional.empty();
        }
        String setting = "touchstone.feeds." + feed.code();
        if (settings.query() == null || settings.query().isBlank()) {
            throw new IllegalStateException(setting + ".source is " + settings.source() + ", but " + setting
                    + ".query is not set: give the SELECT that reads the feed, its columns named as in the contract");
        }
        String watermark = settings.watermark() == null ? "updated_at" : settings.watermark().strip();
        if (!COLUMN_NAME.matcher(watermark).matches()) {
            throw new IllegalStateException(setting + ".watermark must be a column name of the query's result"
                    + " (letters, digits, '_'), got '" + watermark + "'");
        }
        return Optional.of(new SourceQuery(feed, settings.source().strip(), settings.query().strip(), watermark));
    }

    String setting() {
        return "touchstone.feeds." + feed.code() + ".query";
    }

    /** Whether the query reads only what changed; one without the placeholder reads everything every run. */
    boolean incremental() {
        return LAST_WATERMARK.matcher(query).find();
    }

    /** The JDBC statement: each placeholder a {@code ?}, bound to the same watermark. */
    String sql() {
        String select = query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
        return "select * from (" + LAST_WATERMARK.matcher(select).replaceAll(Matcher.quoteReplacement("?"))
                + ") as source_rows order by " + watermark;
    }

    int parameterCount() {
        return (int) LAST_WATERMARK.matcher(query).results().count();
    }

    /**
     * How the read is named where a file's name stands (data notes, console, manifest): the
     * source, the feed and the watermark range.
     *
     * @param after the committed watermark the read started after ({@code null}: a first read)
     * @param highest the highest watermark it read ({@code null}: not known yet, or no rows)
     * @param done whether the read is finished
     */
    String readName(OffsetDateTime after, OffsetDateTime highest, boolean done) {
        String from = after == null ? watermark + " from the beginning" : watermark + " after " + after;
        String to = !done ? "" : highest == null ? ", no rows" : " up to " + highest;
        return source + ":" + feed.code() + " (" + from + to + ")";
    }
}
