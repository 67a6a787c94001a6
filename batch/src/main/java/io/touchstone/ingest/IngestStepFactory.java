package io.touchstone.ingest;

import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the chunk-oriented step that loads one feed: the intake of its new files before the
 * step, the shared file reader, the feed's validator and sink, with rejects and per-file counts
 * written in the same transaction as the rows.
 */
public final class IngestStepFactory {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final int chunkSize;
    private final ItemStreamReader<FeedLine> reader;
    private final Function<Feed, Map<String, String>> columnMappings;
    private final IngestFileRegistry registry;
    private final DeliveryFolders folders;
    private final RejectBook rejects;
    private final int maxRecordLength;

    IngestStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, int chunkSize,
            ItemStreamReader<FeedLine> reader, Function<Feed, Map<String, String>> columnMappings,
            IngestFileRegistry registry, DeliveryFolders folders, RejectBook rejects, int maxRecordLength) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.chunkSize = chunkSize;
        this.reader = reader;
        this.columnMappings = columnMappings;
        this.registry = registry;
        this.folders = folders;
        this.rejects = rejects;
        this.maxRecordLength = maxRecordLength;
    }

    public <R> Step build(String name, FeedIngestion<R> ingestion) {
        Feed feed = ingestion.feed();
        return new StepBuilder(name, jobRepository)
                .<FeedLine, Checked<R>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .listener(new FeedIntakeListener(feed, columnMappings.apply(feed), registry, folders, jobRepository,
                        maxRecordLength))
                .reader(reader)
                .processor(ingestion.validator())
                .writer(new FeedItemWriter<>(feed, ingestion.sink(), rejects, registry))
                .build();
    }
}
