package io.touchstone.ingest;

import io.touchstone.sql.generated.tables.records.IngestFileRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the files registered for an ingest step ({@link FeedIntakeListener}), record by record
 * and in order, never holding a file in memory. Each file's feed comes from its registration, so
 * one reader serves every file feed.
 *
 * <p>Restartable: the position (which file, how many of its records) is kept in the step's
 * execution context and committed with each chunk, so a restarted step resumes after the last
 * committed line.
 */
final class FeedFileItemReader implements ItemStreamReader<FeedLine> {

    private static final String FILE_INDEX = "file.index";
    private static final String RECORDS_DONE = "records.done";

    private final Path inbox;
    private final IngestFileRegistry registry;
    private final Function<Feed, Map<String, String>> columnMappings;
    private final int maxRecordLength;

    private List<Long> fileIds = List.of();
    private int fileIndex;
    private long recordsDone;
    private DeliveredRows records;
    private ColumnLayout layout;
    private String fileName;

    /**
     * @param columnMappings per feed, the sender's header name for a contract column
     *        ({@code touchstone.feeds.<feed>.columns})
     * @param maxRecordLength the most characters one record may hold ({@code touchstone.ingest.max-record-length})
     */
    FeedFileItemReader(Path inbox, IngestFileRegistry registry, Function<Feed, Map<String, String>> columnMappings,
            int maxRecordLength) {
        this.inbox = inbox;
        this.registry = registry;
        this.columnMappings = columnMappings;
        this.maxRecordLength = maxRecordLength;
    }

    @Override
    public void open(ExecutionContext context) {
        fileIds = RegisteredFiles.of(context).ids();
        fileIndex = context.getInt(FILE_INDEX, 0);
        recordsDone = context.getLong(RECORDS_DONE, 0);
    }

    @Override
    public FeedLine read() {
        while (fileIndex < fileIds.size()) {
            if (records == null) {
                openCurrentFile();
            }
            if (records.hasNext()) {
                DeliveredRow record = records.next();
                recordsDone++;
                List<String> fields = withoutNulCharacters(record.fields());
                return new FeedLine(fileIds.get(fileIndex), record.lineNo(),
                        layout.arrange(fields), fields, layout.headerFieldCount(), record.strayQuote());
            }
            closeCurrentFile();
            fileIndex++;
            recordsDone = 0;
        }
        return null;
    }

    /** PostgreSQL text cannot hold U+0000; a stray NUL from a broken export is dropped. */
    private static List<String> withoutNulCharacters(List<String> fields) {
        for (String field : fields) {
            if (field.indexOf('\u0000') >= 0) {
                return fields.stream().map(value -> value.replace("\u0000", "")).toList();
            }
        }
        return fields;
    }

    private void openCurrentFile() {
        IngestFileRecord registered = registry.find(fileIds.get(fileIndex)).orElseThrow();
        Feed feed = Feed.ofCode(registered.getFeed());
        fileName = registered.getFileName();
        Path file = inbox.resolve(fileName);
        try {
            DeliveredRows delivered = DeliveredFile.open(file, feed, maxRecordLength);
            layout = ColumnLayout.of(feed, delivered.next().fields(), columnMappings.apply(feed));
            records = StrayQuoteRecovery.afterHeader(delivered, fileName, layout, maxRecordLength);
            for (long skipped = 0; skipped < recordsDone && records.hasNext(); skipped++) {
                records.next();
            }
        } catch (IOException e) {
            throw new ItemStreamException("Cannot read " + file + " (was it moved during the run?): "
                    + e.getMessage(), e);
        }
    }

    private void closeCurrentFile() {
        if (records != null) {
            try {
                records.close();
            } catch (IOException e) {
                throw new ItemStreamException("Cannot close " + fileName + ": " + e.getMessage(), e);
            }
        }
        records = null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(FILE_INDEX, fileIndex);
        context.putLong(RECORDS_DONE, recordsDone);
    }

    @Override
    public void close() {
        closeCurrentFile();
    }
}
