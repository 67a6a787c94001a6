package io.touchstone.delivery;

import io.touchstone.period.PeriodKind;
import io.touchstone.publish.PublishedRuns;
import io.touchstone.publish.RunPublication;
import io.touchstone.run.NightlyRun;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Finds a run to deliver: one that completed and whose published files are still in its folder.
 * The job repository says whether it completed; {@link PublishedRuns} what it published and
 * whether a rerun of the period has replaced it since.
 */
@Component
final class DeliverableRuns {

    private static final String PUBLISH_STEP = "publishStep";

    private final JobRepository jobRepository;
    private final PublishedRuns publications;

    DeliverableRuns(JobRepository jobRepository, PublishedRuns publications) {
        this.jobRepository = jobRepository;
        this.publications = publications;
    }

    /**
     * The run with its published folder and manifest; refused, with what to do instead, when the
     * run does not exist, has not published, or its files are no longer in the folder.
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
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Run " + runId + " completed without publishing a folder."));
        RunPublication publication = publications.find(runId)
                .orElseThrow(() -> new IllegalArgumentException("Run " + runId + " completed without publishing a folder."));
        if (publication.replacedBy() != null) {
            throw new IllegalArgumentException("Run " + runId + "'s files in " + publication.folder()
                    + " were replaced by run " + publication.replacedBy() + " (a rerun of the same period); deliver run "
                    + publication.replacedBy() + " instead.");
        }
        if (!publication.filesPresent()) {
            throw new IllegalArgumentException("Run " + runId + "'s files are no longer in " + publication.folder()
                    + " (the folder or its manifest.json was moved or deleted); publish the period again: touchstone"
                    + " rerun --date " + publication.manifest().businessDate() + rerunPeriod(publication) + " --deliver");
        }
        return new PublishedRun(NightlyRun.of(publish), publication);
    }

    private static String rerunPeriod(RunPublication publication) {
        String kind = publication.manifest().period().kind();
        return PeriodKind.MONTH.code().equals(kind) ? "" : " --period " + kind;
    }
}
