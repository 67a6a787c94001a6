package io.touchstone.ingest;

import io.touchstone.run.NightlyRun;
import io.touchstone.sql.generated.tables.records.IngestFileRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Closes the run's deliveries once every feed is ingested: each file read in full is marked
 * loaded and moved to {@code archive/<business-date>/}. Runs after all ingest steps, so a file
 * stays in the inbox until its last chunk is committed, and a restart finds it there.
 */
public final class FeedArchiveTasklet implements Tasklet {

    private final IngestFileRegistry registry;
    private final DeliveryFolders folders;

    public FeedArchiveTasklet(IngestFileRegistry registry, DeliveryFolders folders) {
        this.registry = registry;
        this.folders = folders;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        NightlyRun run = NightlyRun.of(contribution.getStepExecution());
        for (IngestFileRecord file : registry.loadingIn(run.runId())) {
            Path delivered = run.inbox().resolve(file.getFileName());
            if (Files.exists(delivered)) {
                folders.archive(delivered, run.businessDate());
            }
            registry.markLoaded(file.getFileId());
        }
        return RepeatStatus.FINISHED;
    }
}
