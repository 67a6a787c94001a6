package io.touchstone.schedule;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;

import io.touchstone.ingest.Feed;
import io.touchstone.system.TouchstoneProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Whether the feeds a schedule waits for have delivered: a feed is ready when the inbox holds a
 * file it takes or its {@code <feed>.ready} marker (for senders that write many files and say
 * when they are done), or when a file of it was loaded since the schedule last succeeded (by a
 * run someone started by hand). A feed read from a database ({@code touchstone.feeds.<feed>.source})
 * is always ready: nothing is dropped into the inbox for it, and the run reads what changed since
 * the last committed watermark, which may be nothing.
 */
@Component
public class DataReadiness {

    private final DSLContext dsl;
    private final Path inbox;
    private final Set<String> databaseFeeds;

    public DataReadiness(DSLContext dsl, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.inbox = properties.touchstoneHome().inbox();
        this.databaseFeeds = properties.feeds().entrySet().stream()
                .filter(feed -> feed.getValue().source() != null)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The feeds of {@code schedule} that have not delivered since {@code since} ({@code null}: ever). */
    public List<String> missing(ScheduleDefinition schedule, Instant since) {
        List<String> missing = new ArrayList<>();
        List<Path> delivered = inboxFiles();
        for (String feed : schedule.waitFor()) {
            if (!databaseFeeds.contains(feed) && !waiting(feed, delivered) && !loadedSince(feed, since)) {
                missing.add(feed);
            }
        }
        return missing;
    }

    /** The {@code .ready} markers of the schedule's feeds, to be archived once a run has used them. */
    public List<Path> markers(ScheduleDefinition schedule) {
        return inboxFiles().stream()
                .filter(file -> schedule.waitFor().stream().anyMatch(feed -> isMarker(file, feed)))
                .toList();
    }

    private static boolean waiting(String code, List<Path> files) {
        return files.stream().anyMatch(file -> feed(code).accepts(file.getFileName().toString()) || isMarker(file, code));
    }

    private static boolean isMarker(Path file, String code) {
        return feed(code).isReadyMarker(file.getFileName().toString());
    }

    private static Feed feed(String code) {
        return Feed.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private boolean loadedSince(String feed, Instant since) {
        var loaded = INGEST_FILE.FEED.eq(feed).and(INGEST_FILE.STATUS.eq("loaded"));
        if (since != null) {
            loaded = loaded.and(INGEST_FILE.RECEIVED_AT.gt(since.atOffset(ZoneOffset.UTC)));
        }
        return dsl.fetchExists(INGEST_FILE, loaded);
    }

    private List<Path> inboxFiles() {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox + ": " + e.getMessage(), e);
        }
    }
}
