package io.touchstone.ingest;

import io.touchstone.sql.generated.tables.records.IngestFileRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a feed from its database: the configured SELECT with {@code :last_watermark} bound to
 * the committed watermark, row by row, each row handed on as a {@link FeedLine} (its number the
 * line number, its values the file text {@link SourceColumn} makes of them), so the feed's own
 * validator, sink, reject book and counts take it as they take a file's lines. Columns are found
 * by name as a file's header is, the feed's column mapping included.
 *
 * <p>Streamed: a forward-only cursor inside a read-only transaction with a fetch size (PostgreSQL's
 * driver fetches everything at once in auto-commit), so a read of millions of rows holds one fetch
 * in memory. The highest watermark read is kept in the step's context as each chunk commits.
 *
 * <p>Not resumed by position: a restart reads again from the watermark its first attempt started
 * after, since the source may have changed between the attempts and no count of rows done would
 * point at the same row; the intake resets the read's counts and the upserts store nothing twice.
 */
final class SourceRowReader implements ItemStreamReader<FeedLine> {

    private final IngestFileRegistry registry;
    private final SourceDatabases databases;
    private final Function<Feed, Optional<SourceQuery>> queries;
    private final Function<Feed, Map<String, String>> columnMappings;
    private final int fetchSize;

    private Connection connection;
    private ResultSet rows;
    private SourceQuery query;
    private long fileId;
    private SourceColumn[] columns;
    private ColumnLayout layout;
    private int watermarkColumn;
    private long rowNo;
    private OffsetDateTime highest;
    private boolean exhausted;

    SourceRowReader(IngestFileRegistry registry, SourceDatabases databases,
            Function<Feed, Optional<SourceQuery>> queries, Function<Feed, Map<String, String>> columnMappings,
            int fetchSize) {
        this.registry = registry;
        this.databases = databases;
        this.queries = queries;
        this.columnMappings = columnMappings;
        this.fetchSize = fetchSize;
    }

    @Override
    public void open(ExecutionContext context) {
        SourceRead read = SourceRead.of(context);
        fileId = read.fileId();
        IngestFileRecord registered = registry.find(fileId).orElseThrow();
        Feed feed = Feed.ofCode(registered.getFeed());
        query = queries.apply(feed).orElseThrow(() -> new ItemStreamException("touchstone.feeds." + feed.code()
                + ".source was removed while run " + registered.getRunId() + " read from it; set it back to restart"
                + " the run, or run the period again"));
        rowNo = 0;
        highest = null;
        exhausted = false;
        SourceRead.keepHighest(context, null);
        connection = databases.connect(query.source(), feed);
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            PreparedStatement statement = connection.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            for (int parameter = 1; parameter <= query.parameterCount(); parameter++) {
                statement.setObject(parameter, read.lastWatermark());
            }
            rows = statement.executeQuery();
            describe(feed, rows.getMetaData());
        } catch (SQLException e) {
            close();
            throw new ItemStreamException(query.setting() + " failed on source " + query.source() + ": "
                    + SourceDatabases.firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void describe(Feed feed, ResultSetMetaData metadata) throws SQLException {
        columns = new SourceColumn[metadata.getColumnCount()];
        List<String> names = new ArrayList<>(columns.length);
        watermarkColumn = -1;
        for (int i = 0; i < columns.length; i++) {
            columns[i] = SourceColumn.of(metadata, i + 1);
            names.add(columns[i].name());
            if (columns[i].name().equalsIgnoreCase(query.watermark())) {
                watermarkColumn = i + 1;
            }
        }
        if (watermarkColumn < 0) {
            throw new ItemStreamException(query.setting() + " returns no column " + query.watermark()
                    + " (touchstone.feeds." + feed.code() + ".watermark): select the column that tells when a row"
                    + " last changed");
        }
        SourceColumn watermark = columns[watermarkColumn - 1];
        if (!watermark.isTimestampWithZone()) {
            throw new ItemStreamException("the watermark column " + query.watermark() + " of " + query.setting()
                    + " is " + watermark.describeType() + "; it must be a timestamp with time zone (for a timestamp"
                    + " without one, select it as " + query.watermark() + " at time zone 'UTC' as "
                    + query.watermark() + ")");
        }
        layout = ColumnLayout.of(feed, names, columnMappings.apply(feed));
        if (!layout.missingRequired().isEmpty()) {
            throw new ItemStreamException(query.setting() + " returns no column " + String.join(", ",
                    layout.missingRequired()) + ", which the " + feed.code() + " feed requires; name the query's"
                    + " columns as in the contract or map them with touchstone.feeds." + feed.code()
                    + ".columns.<column>=<name>");
        }
        registry.noteHeader(fileId, CsvText.join(names));
    }

    @Override
    public FeedLine read() {
        if (exhausted) {
            return null;
        }
        try {
            if (!rows.next()) {
                exhausted = true;
                return null;
            }
            rowNo++;
            List<String> fields = new ArrayList<>(columns.length);
            for (int i = 0; i < columns.length; i++) {
                fields.add(columns[i].text(rows, i + 1));
            }
            OffsetDateTime watermark = rows.getObject(watermarkColumn, OffsetDateTime.class);
            if (watermark != null && (highest == null || watermark.isAfter(highest))) {
                highest = watermark;
            }
            return new FeedLine(fileId, rowNo, layout.arrange(fields), fields, fields.size(), null);
        } catch (SQLException e) {
            throw new ItemStreamException("reading " + query.setting() + " from source " + query.source()
                    + " failed at row " + (rowNo + 1) + ": " + SourceDatabases.firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        SourceRead.keepHighest(context, highest);
    }

    /** Ends the read-only transaction and gives the connection back; nothing was written to the source. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is closed below either way; a read has nothing to lose.
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ItemStreamException("Cannot close the connection to source " + query.source() + ": "
                    + SourceDatabases.firstLine(e.getMessage()), e);
        } finally {
            connection = null;
            rows = null;
        }
    }
}
