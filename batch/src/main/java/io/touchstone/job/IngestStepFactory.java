package io.touchstone.job;

import io.touchstone.ingest.Checked;
import io.touchstone.ingest.Feed;
import io.touchstone.ingest.FeedItemWriter;
import io.touchstone.ingest.FeedLine;
import io.touchstone.ingest.IngestFileRegistry;
import io.touchstone.ingest.RejectBook;
import io.touchstone.ingest.RowSink;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the chunk-oriented step that loads one feed: its file reader, its row validator and
 * its sink, with rejects and per-file counts written in the same transaction as the rows.
 */
final class IngestStepFactory {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final int chunkSize;
    private final RejectBook rejects;
    private final IngestFileRegistry registry;

    IngestStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, int chunkSize,
            RejectBook rejects, IngestFileRegistry registry) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.chunkSize = chunkSize;
        this.rejects = rejects;
        this.registry = registry;
    }

    <R> Step build(String name, Feed feed, ItemStreamReader<FeedLine> reader,
            ItemProcessor<FeedLine, Checked<R>> validator, RowSink<R> sink) {
        return new StepBuilder(name, jobRepository)
                .<FeedLine, Checked<R>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(validator)
                .writer(new FeedItemWriter<>(feed, sink, rejects, registry))
                .build();
    }
}
