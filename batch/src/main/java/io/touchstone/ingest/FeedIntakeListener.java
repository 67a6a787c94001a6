package io.touchstone.ingest;

import io.touchstone.run.NightlyRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Takes in the new files of one feed before its ingest step reads: lists the feed's files in the
 * inbox in name order and inspects each once; an unreadable file goes to quarantine, content
 * already loaded to the archive untouched, and the rest are registered for the run and their ids
 * kept in the step's execution context for {@link FeedFileItemReader}.
 *
 * <p>Files in the inbox that no feed takes ({@code survey_responses.csv}, {@code responses.xlsx})
 * are left where they are, logged and recorded in {@code unclaimed_file}, so the run can report
 * them; every intake looks, each file is recorded and logged once per run. Hidden files (a name
 * starting with '.') are left out: they are the uploads in progress and desktop litter of a
 * shared folder, not deliveries.
 *
 * <p>A restarted step finds the ids there and takes in nothing: a run registers, quarantines and
 * archives its deliveries once, and files arriving after it started wait for the next run.
 */
final class FeedIntakeListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FeedIntakeListener.class);

    private final Feed feed;
    private final Map<String, String> mapping;
    private final IngestFileRegistry registry;
    private final DeliveryFolders folders;
    private final JobRepository jobRepository;
    private final int maxRecordLength;

    FeedIntakeListener(Feed feed, Map<String, String> mapping, IngestFileRegistry registry, DeliveryFolders folders,
            JobRepository jobRepository, int maxRecordLength) {
        this.feed = feed;
        this.mapping = mapping;
        this.registry = registry;
        this.folders = folders;
        this.jobRepository = jobRepository;
        this.maxRecordLength = maxRecordLength;
    }

    @Override
    public void beforeStep(StepExecution step) {
        if (RegisteredFiles.keptIn(step.getExecutionContext())) {
            return;
        }
        NightlyRun run = NightlyRun.of(step);
        noteUnclaimed(run);
        new RegisteredFiles(takeIn(run)).keepIn(step.getExecutionContext());
        // A chunk step saves its context only when a chunk commits; saved now, a run that dies
        // before its first commit still restarts with the files it registered.
        jobRepository.updateExecutionContext(step);
    }

    private List<Long> takeIn(NightlyRun run) {
        List<Long> registered = new ArrayList<>();
        Set<String> contentSeen = new HashSet<>();
        for (Path file : inboxFiles(run.inbox(), feed::accepts)) {
            FeedFileInspector.Inspection inspection = FeedFileInspector.inspect(file, feed, mapping, maxRecordLength);
            String name = file.getFileName().toString();
            if (!inspection.readable()) {
                registry.quarantine(feed, name, inspection, run);
                folders.quarantine(file, name + ": " + inspection.problem());
                log.warn("Quarantined {}: {}", file, inspection.problem());
            } else if (!contentSeen.add(inspection.sha256()) || registry.wasLoaded(feed, inspection.sha256())) {
                folders.archive(file, run.businessDate());
                log.info("Skipped {}: the same content was loaded before", file);
            } else {
                registered.add(registry.beginLoading(feed, name, inspection, run));
            }
        }
        return registered;
    }

    private void noteUnclaimed(NightlyRun run) {
        for (Path file : inboxFiles(run.inbox(), name -> !Feed.anyTakes(name) && !name.startsWith("."))) {
            String name = file.getFileName().toString();
            try {
                if (registry.recordUnclaimed(run, name, Files.size(file))) {
                    log.warn("Left {} in the inbox: no feed takes a file of that name (feeds take responses*.csv,"
                            + " benchmarks*.csv, targets*.csv or .xlsx, posts*.csv, employee*.csv,"
                            + " interactions*.csv, followups*.csv, accounts*.csv, each CSV also as .csv.gz); rename it to load it", file);
                }
            } catch (NoSuchFileException gone) {
                log.info("{} left the inbox while it was looked at", file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the size of " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<Path> inboxFiles(Path inbox, Predicate<String> named) {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> named.test(file.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox + ": " + e.getMessage(), e);
        }
    }
}
