package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.PUBLISHED_RUN;
import static org.jooq.impl.DSL.excluded;

import io.touchstone.system.TouchstoneProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Finds what runs published, for delivery and the web console: the folder and the manifest each
 * run wrote, kept in {@code published_run} when a later run of the same period replaces the
 * files, and whether the folder still holds the run's files, by the run id in its
 * {@code manifest.json}.
 *
 * <p>Folders inside the home are kept relative to it and resolved against this process's home, as
 * a run's own folders are ({@link io.touchstone.run.NightlyRun}): a home copied or moved elsewhere
 * still finds its files.
 *
 * <p>Runs published before {@code published_run} existed are found as their publish step left
 * them: the folder in its execution context ({@code published.folder}) and the manifest
 * in that folder, {@code manifest.json} while it is the run's own, else the
 * {@code manifest.<run-id>.json} a rerun kept.
 */
@Component
public final class PublishedRuns {

    private static final String PUBLISH_STEP = "publishStep";

    private final DSLContext dsl;
    private final JobRepository jobRepository;
    private final Path home;

    public PublishedRuns(DSLContext dsl, JobRepository jobRepository, TouchstoneProperties properties) {
        this.dsl = dsl;
        this.jobRepository = jobRepository;
        this.home = properties.touchstoneHome().root();
    }

    /** What the run published; empty when it has published nothing (or does not exist). */
    public Optional<RunPublication> find(long runId) {
        return Optional.ofNullable(find(List.of(runId)).get(runId));
    }

    /**
     * What each of the runs published, by run id, in the order asked; runs that published nothing
     * are left out. One query for the lot, and one read of {@code manifest.json} per distinct
     * folder (the runs of a period share one), so a page of the console's run list costs little.
     * <b>NOTE</b>: runs published before {@code published_run} existed, and runs that never
     * published, are looked up one by one in the job repository.
     */
    public Map<Long, RunPublication> find(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Record3<Long, String, String>> rows = dsl
                .select(PUBLISHED_RUN.RUN_ID, PUBLISHED_RUN.FOLDER, PUBLISHED_RUN.MANIFEST)
                .from(PUBLISHED_RUN)
                .where(PUBLISHED_RUN.RUN_ID.in(runIds))
                .fetchMap(PUBLISHED_RUN.RUN_ID);
        Map<Path, OptionalLong> holders = new HashMap<>();
        Map<Long, RunPublication> found = new LinkedHashMap<>();
        for (long runId : runIds) {
            Record3<Long, String, String> row = rows.get(runId);
            Optional<RunPublication> publication;
            if (row != null) {
                Path folder = home.resolve(row.value2());
                RunManifest manifest = ManifestJson.read(row.value3(), "of run " + runId + " in published_run");
                publication = Optional.of(publication(runId, folder, manifest,
                        holders.computeIfAbsent(folder, ManifestJson::runIn)));
            } else {
                publication = beforeTheTable(runId);
            }
            publication.ifPresent(each -> found.put(runId, each));
        }
        return found;
    }

    /**
     * Records what the run published, once its set is in place: the folder and the manifest
     * exactly as written to {@code manifest.json}.
     */
    void record(long runId, Path folder, String manifest, Instant publishedAt) {
        dsl.insertInto(PUBLISHED_RUN)
                .set(PUBLISHED_RUN.RUN_ID, runId)
                .set(PUBLISHED_RUN.FOLDER, underHome(folder))
                .set(PUBLISHED_RUN.MANIFEST, manifest)
                .set(PUBLISHED_RUN.PUBLISHED_AT, publishedAt.atOffset(ZoneOffset.UTC))
                // A restarted publish step publishes the whole set again; the row holds the latest.
                .onConflict(PUBLISHED_RUN.RUN_ID)
                .doUpdate()
                .set(PUBLISHED_RUN.FOLDER, excluded(PUBLISHED_RUN.FOLDER))
                .set(PUBLISHED_RUN.MANIFEST, excluded(PUBLISHED_RUN.MANIFEST))
                .set(PUBLISHED_RUN.PUBLISHED_AT, excluded(PUBLISHED_RUN.PUBLISHED_AT))
                .execute();
    }

    private static RunPublication publication(long runId, Path folder, RunManifest manifest, OptionalLong holder) {
        if (holder.isEmpty()) {
            return new RunPublication(runId, folder, manifest, null, false);
        }
        long current = holder.getAsLong();
        return current == runId
                ? new RunPublication(runId, folder, manifest, null, true)
                : new RunPublication(runId, folder, manifest, current, false);
    }

    private Optional<RunPublication> beforeTheTable(long runId) {
        JobInstance instance = jobRepository.getJobInstance(runId);
        JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
        if (last == null) {
            return Optional.empty();
        }
        Optional<Path> published = last.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(PUBLISH_STEP))
                .map(step -> step.getExecutionContext())
                .filter(context -> context.containsKey(PublishTasklet.FOLDER_KEY))
                .map(context -> Path.of(context.getString(PublishTasklet.FOLDER_KEY)))
                .findFirst();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Path folder = published.get();
        OptionalLong holder = ManifestJson.runIn(folder);
        if (holder.isPresent() && holder.getAsLong() == runId) {
            return Optional.of(publication(runId, folder, ManifestJson.read(folder.resolve(ManifestJson.FILE_NAME)),
                    holder));
        }
        Path kept = folder.resolve(PublishTasklet.keptManifest(runId));
        if (holder.isPresent() && Files.isRegularFile(kept)) {
            return Optional.of(publication(runId, folder, ManifestJson.read(kept), holder));
        }
        // Gone, or replaced without its manifest kept: nothing says what the run published.
        return Optional.empty();
    }

    /** The folder relative to the home when inside it, else absolute, as a run keeps its folders. */
    private String underHome(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return absolute.startsWith(home) ? home.relativize(absolute).toString() : absolute.toString();
    }
}
