package io.touchstone.ingest;

import io.touchstone.run.ProgressListener;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the step that loads one feed: the intake of its new files before the step, then one
 * partition per file ({@link FeedFilePartitioner}), loaded side by side on the partition threads
 * ({@code touchstone.run.parallelism}), each a chunk-oriented step of the file reader (one per
 * partition), the feed's validator and sink, with rejects and per-file counts written in the same
 * transaction as the rows. The manager step, named as the feed's step, carries the totals; its
 * partitions are {@code <step>:partition<n>}. A feed with a source
 * ({@code touchstone.feeds.<feed>.source}) is one chunk-oriented step with the database intake and
 * row reader instead, and the same validator, sink, rejects and counts.
 *
 * <p>Files loaded side by side keep the order of deliveries: the sinks let a row of a later file
 * (the higher file id) win over an earlier file's whichever commits first.
 *
 * <p><b>NOTE</b>: a file's repeated ids are counted against its rows stored by earlier chunks. When
 * an id repeats in a file across chunks and a later file of the same run holds it too, the later
 * file may have replaced the stored row before the repeat is read, and the repeat goes uncounted
 * ({@code duplicate_ids} one lower); the rows themselves are as when loaded one by one.
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
    private final TaskExecutor partitionExecutor;
    private final int parallelism;
    private final StepTimestampWindow timestampWindow;

    IngestStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, int chunkSize,
            ItemStreamReader<FeedLine> reader, Function<Feed, Map<String, String>> columnMappings,
            IngestFileRegistry registry, DeliveryFolders folders, RejectBook rejects, int maxRecordLength,
            DatabaseFeeds databaseFeeds, TaskExecutor partitionExecutor, int parallelism,
            StepTimestampWindow timestampWindow) {
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
        this.partitionExecutor = partitionExecutor;
        this.parallelism = parallelism;
        this.timestampWindow = timestampWindow;
    }

    private static final ProgressListener PARTITION_PROGRESS = ProgressListener.onConsole();

    public <R> Step build(String name, FeedIngestion<R> ingestion) {
        Feed feed = ingestion.feed();
        Optional<SourceQuery> source = databaseFeeds.queries().apply(feed);
        if (source.isPresent()) {
            return chunkStep(name, ingestion, databaseFeeds.reader())
                    .listener(new SourceIntakeListener(source.get(), databaseFeeds.databases(), registry,
                            databaseFeeds.watermarks(), jobRepository))
                    .listener(loadedListener(ingestion))
                    .build();
        }
        return new StepBuilder(name, jobRepository)
                .listener(new FeedIntakeListener(feed, columnMappings.apply(feed), registry, folders, jobRepository,
                        maxRecordLength))
                .listener(loadedListener(ingestion))
                .partitioner(name, new FeedFilePartitioner(registry))
                // The partitions' executions are named after the step they run: <name>:partition<n>.
                // The partitions are no beans the job's progress reaches: each shows its own.
                .step(chunkStep(name, ingestion, reader)
                        .listener((StepExecutionListener) PARTITION_PROGRESS)
                        .listener((ChunkListener<FeedLine, Checked<R>>) (ChunkListener<?, ?>) PARTITION_PROGRESS)
                        .build())
                .gridSize(parallelism)
                .taskExecutor(partitionExecutor)
                .build();
    }

    /** Tells the sink, once the step (every partition) has stored rows and completed, that its load is over. */
    private static StepExecutionListener loadedListener(FeedIngestion<?> ingestion) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                if (stepExecution.getStatus() == BatchStatus.COMPLETED && stepExecution.getWriteCount() > 0) {
                    ingestion.sink().loaded();
                }
                return null;
            }
        };
    }

    private <R> ChunkOrientedStepBuilder<FeedLine, Checked<R>> chunkStep(String name, FeedIngestion<R> ingestion,
            ItemStreamReader<FeedLine> lines) {
        return new StepBuilder(name, jobRepository)
                .<FeedLine, Checked<R>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(new StepBoundReader<>(lines))
                .processor(ingestion.validator())
                .listener((StepExecutionListener) timestampWindow)
                .writer(new FeedItemWriter<>(ingestion.feed(), ingestion.sink(), rejects, registry));
    }
}
