package io.touchstone.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the chunk-oriented step that loads one feed: the intake of its new files before the
 * step, the shared file reader, the feed's validator and sink, with rejects and per-file counts
 * written in the same transaction as the rows. A feed with a source
 * ({@code touchstone.feeds.<feed>.source}) has the database intake and row reader instead, and
 * the same validator, sink, rejects and counts.
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
    private final DatabaseFeeds databaseFeeds;

    IngestStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, int chunkSize,
            ItemStreamReader<FeedLine> reader, Function<Feed, Map<String, String>> columnMappings,
            IngestFileRegistry registry, DeliveryFolders folders, RejectBook rejects, int maxRecordLength,
            DatabaseFeeds databaseFeeds) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.chunkSize = chunkSize;
        this.reader = reader;
        this.columnMappings = columnMappings;
        this.registry = registry;
        this.folders = folders;
        this.rejects = rejects;
        this.maxRecordLength = maxRecordLength;
        this.databaseFeeds = databaseFeeds;
    }

    public <R> Step build(String name, FeedIngestion<R> ingestion) {
        Feed feed = ingestion.feed();
        Optional<SourceQuery> source = databaseFeeds.queries().apply(feed);
        StepExecutionListener intake = source.isPresent()
                ? new SourceIntakeListener(source.get(), databaseFeeds.databases(), registry,
                        databaseFeeds.watermarks(), jobRepository)
                : new FeedIntakeListener(feed, columnMappings.apply(feed), registry, folders, jobRepository,
                        maxRecordLength);
        return new StepBuilder(name, jobRepository)
                .<FeedLine, Checked<R>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .listener(intake)
                .reader(source.isPresent() ? databaseFeeds.reader() : reader)
                .processor(ingestion.validator())
                .writer(new FeedItemWriter<>(feed, ingestion.sink(), rejects, registry))
                .build();
    }
}
