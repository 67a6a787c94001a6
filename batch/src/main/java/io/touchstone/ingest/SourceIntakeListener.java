package io.touchstone.ingest;

import io.touchstone.run.NightlyRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Takes in a feed read from a database, where {@link FeedIntakeListener} takes in files: before
 * the step reads, registers the run's read (as an {@code ingest_file} row, so its counts and
 * rejects are kept as a file's) starting after the feed's committed watermark; after the step
 * has read everything, records the highest watermark read as pending for the run
 * ({@link FeedWatermarks}) and names the read with its range.
 *
 * <p>Files of the feed in the inbox are not read: the feed's settings say where it comes from.
 * They are left where they are, untouched, with a warning, and load as usual once the source
 * setting is removed.
 *
 * <p>A restarted step finds its read in the step's context and starts it over from the same
 * watermark, its earlier counts and rejects reset.
 */
final class SourceIntakeListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SourceIntakeListener.class);

    private final SourceQuery query;
    private final SourceDatabases databases;
    private final IngestFileRegistry registry;
    private final FeedWatermarks watermarks;
    private final JobRepository jobRepository;

    SourceIntakeListener(SourceQuery query, SourceDatabases databases, IngestFileRegistry registry,
            FeedWatermarks watermarks, JobRepository jobRepository) {
        this.query = query;
        this.databases = databases;
        this.registry = registry;
        this.watermarks = watermarks;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeStep(StepExecution step) {
        Feed feed = query.feed();
        databases.check(query.source(), feed);
        if (SourceRead.keptIn(step.getExecutionContext())) {
            SourceRead read = SourceRead.of(step.getExecutionContext());
            registry.restartReading(read.fileId());
            log.info("Reading {} from source {} again from its first row, as the first attempt started", feed.code(),
                    query.source());
            return;
        }
        NightlyRun run = NightlyRun.of(step);
        leaveFiles(run.inbox(), feed);
        if (!query.incremental()) {
            log.warn("{} has no :last_watermark: every run reads all its rows", query.setting());
        }
        OffsetDateTime after = watermarks.committed(feed, query.source());
        long fileId = registry.beginReading(feed, query.readName(after, null, false), readKey(run, after), run);
        new SourceRead(fileId, after).keepIn(step.getExecutionContext());
        // Saved now, as a chunk step saves its context only when a chunk commits: a run that dies
        // before its first commit still restarts with its read.
        jobRepository.updateExecutionContext(step);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        SourceRead read = SourceRead.of(step.getExecutionContext());
        OffsetDateTime highest = SourceRead.highestIn(step.getExecutionContext());
        long runId = NightlyRun.of(step).runId();
        watermarks.readPending(query.feed(), query.source(), runId, read.after(), highest, step.getReadCount());
        registry.rename(read.fileId(), query.readName(read.after(), highest, true));
        log.info("Read {} rows of {} from source {}; highest {} {}, committed when run {} completes",
                step.getReadCount(), query.feed().code(), query.source(), query.watermark(), highest, runId);
        return null;
    }

    /** What makes the read's registration unique, as a file's content hash does: source, feed, run, start. */
    private String readKey(NightlyRun run, OffsetDateTime after) {
        String key = "source " + query.source() + "\nfeed " + query.feed().code() + "\nrun " + run.runId()
                + "\nafter " + after;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }

    private void leaveFiles(Path inbox, Feed feed) {
        if (!Files.isDirectory(inbox)) {
            return;
        }
        try (Stream<Path> files = Files.list(inbox)) {
            List<Path> delivered = files.filter(file -> feed.accepts(file.getFileName().toString())).sorted().toList();
            for (Path file : delivered) {
                log.warn("Left {} in the inbox unread: the {} feed is read from source {} (touchstone.feeds.{}.source);"
                        + " remove that setting to load files", file, feed.code(), query.source(), feed.code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox + ": " + e.getMessage(), e);
        }
    }
}
