package io.touchstone.delivery;

import io.touchstone.publish.RunManifest;
import io.touchstone.run.NightlyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds what a run published: the publish step records its folder in its execution context
 * ({@code published.folder}), and the folder's {@code manifest.json} says which run wrote it.
 */
@Component
final class PublishedRuns {

    private static final String PUBLISH_STEP = "publishStep";
    private static final String FOLDER_KEY = "published.folder";
    private static final String MANIFEST = "manifest.json";

    private final JobRepository jobRepository;
    // Tolerant of fields a later publish step adds to the manifest.
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    PublishedRuns(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /**
     * The run's published folder and manifest; refused, with what to do instead, when the run
     * does not exist, has not published, or a later run of the same period replaced its files.
     */
    PublishedRun find(long runId) {
        JobInstance instance = jobRepository.getJobInstance(runId);
        if (instance == null) {
            throw new IllegalArgumentException("There is no run " + runId + "; 'touchstone runs' lists them.");
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalArgumentException("Run " + runId + " has not published (" + (last == null ? "never started"
                    : last.getStatus().name().toLowerCase(Locale.ROOT)) + "); restart it first: touchstone"
                    + " restart " + runId);
        }
        StepExecution publish = last.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(PUBLISH_STEP))
                .filter(step -> step.getExecutionContext().containsKey(FOLDER_KEY))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Run " + runId + " completed without publishing a folder."));
        Path folder = Path.of(publish.getExecutionContext().getString(FOLDER_KEY));
        RunManifest manifest = manifest(folder);
        if (manifest.runId() != runId) {
            throw new IllegalArgumentException("Run " + runId + "'s files in " + folder + " were replaced by run "
                    + manifest.runId() + " (a rerun of the same period); deliver run " + manifest.runId() + " instead.");
        }
        return new PublishedRun(NightlyRun.of(publish), folder, manifest);
    }

    private RunManifest manifest(Path folder) {
        Path file = folder.resolve(MANIFEST);
        try {
            return json.readValue(Files.readString(file), RunManifest.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read the manifest " + file + ": " + e.getMessage(), e);
        }
    }
}
