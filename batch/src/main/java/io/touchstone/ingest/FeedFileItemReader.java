package io.touchstone.ingest;

import io.touchstone.run.NightlyRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every new file of one feed in the inbox, record by record, never holding a file in
 * memory. On opening it inspects each file: unreadable ones go to quarantine, content already
 * loaded is archived untouched, the rest are registered and read in name order.
 *
 * <p>Restartable: the files of the run and the position in the current one are kept in the
 * step's execution context, committed with each chunk, so a restarted step resumes after the
 * last committed line.
 */
public final class FeedFileItemReader implements ItemStreamReader<FeedLine> {

    private static final Logger log = LoggerFactory.getLogger(FeedFileItemReader.class);
    private static final String FILES = "files";
    private static final String FILE_INDEX = "file.index";
    private static final String RECORDS_DONE = "records.done";

    private final Feed feed;
    private final NightlyRun run;
    private final Map<String, String> mapping;
    private final IngestFileRegistry registry;
    private final DeliveryFolders folders;

    private List<Long> fileIds = List.of();
    private int fileIndex;
    private long recordsDone;
    private DeliveredRows records;
    private ColumnLayout layout;
    private String fileName;

    public FeedFileItemReader(Feed feed, NightlyRun run, Map<String, String> mapping, IngestFileRegistry registry,
            DeliveryFolders folders) {
        this.feed = feed;
        this.run = run;
        this.mapping = mapping;
        this.registry = registry;
        this.folders = folders;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(FILES)) {
            String files = context.getString(FILES);
            fileIds = files.isEmpty() ? List.of() : Arrays.stream(files.split(",")).map(Long::valueOf).toList();
            fileIndex = context.getInt(FILE_INDEX);
            recordsDone = context.getLong(RECORDS_DONE);
        } else {
            fileIds = registerNewFiles();
            fileIndex = 0;
            recordsDone = 0;
        }
    }

    private List<Long> registerNewFiles() {
        List<Long> registered = new ArrayList<>();
        Set<String> contentSeen = new HashSet<>();
        for (Path file : deliveries()) {
            FeedFileInspector.Inspection inspection = FeedFileInspector.inspect(file, feed, mapping);
            String name = file.getFileName().toString();
            if (!inspection.readable()) {
                registry.quarantine(feed, name, inspection.sha256(), inspection.size(), run.runId(),
                        run.businessDate(), inspection.problem());
                folders.quarantine(file, name + ": " + inspection.problem());
                log.warn("Quarantined {}: {}", file, inspection.problem());
                continue;
            }
            boolean alreadyLoaded = !contentSeen.add(inspection.sha256())
                    || registry.find(feed, inspection.sha256())
                            .filter(known -> IngestFileRegistry.LOADED.equals(known.getStatus()))
                            .isPresent();
            if (alreadyLoaded) {
                folders.archive(file, run.businessDate());
                log.info("Skipped {}: the same content was loaded before", file);
                continue;
            }
            registered.add(registry.beginLoading(feed, name, inspection.sha256(), inspection.size(), run.runId(),
                    run.businessDate()));
        }
        return registered;
    }

    private List<Path> deliveries() {
        try (Stream<Path> files = Files.list(run.inbox())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> feed.accepts(file.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + run.inbox() + ": " + e.getMessage(), e);
        }
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
                        layout.arrange(fields), fields, layout.headerFieldCount());
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
        long fileId = fileIds.get(fileIndex);
        fileName = registry.find(fileId).orElseThrow().getFileName();
        Path file = run.inbox().resolve(fileName);
        try {
            records = DeliveredFile.open(file);
            layout = ColumnLayout.of(feed, records.next().fields(), mapping);
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
        context.putString(FILES, String.join(",", fileIds.stream().map(String::valueOf).toList()));
        context.putInt(FILE_INDEX, fileIndex);
        context.putLong(RECORDS_DONE, recordsDone);
    }

    @Override
    public void close() {
        closeCurrentFile();
    }
}
