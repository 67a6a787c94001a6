package io.touchstone.ingest;

import io.touchstone.run.NightlyRun;
import io.touchstone.system.RunParallelism;
import io.touchstone.system.TouchstoneProperties;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest parts every feed shares: the delivery folders, the file reader (one per step
 * execution, a file's partition, since it holds the position in the files), the database reader and sources for the
 * feeds read from a database, and the factory of ingest steps.
 */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

    @Bean
    DeliveryFolders deliveryFolders(TouchstoneProperties properties) {
        return new DeliveryFolders(properties.touchstoneHome().archive(), properties.touchstoneHome().quarantine());
    }

    @Bean
    @StepScope
    ItemStreamReader<FeedLine> feedFileItemReader(@Value("#{stepExecution}") StepExecution step,
            TouchstoneProperties properties, IngestFileRegistry registry) {
        return new FeedFileItemReader(NightlyRun.of(step).inbox(), registry, columnMappings(properties),
                properties.ingest().maxRecordLength());
    }

    /** The reader of the feeds read from a database; one per step execution, as it holds the open cursor. */
    @Bean
    @StepScope
    ItemStreamReader<FeedLine> sourceRowReader(TouchstoneProperties properties, IngestFileRegistry registry,
            SourceDatabases sourceDatabases) {
        return new SourceRowReader(registry, sourceDatabases, sourceQueries(properties), columnMappings(properties),
                properties.ingest().chunkSize());
    }

    @Bean
    EnvironmentVariables environmentVariables() {
        return EnvironmentVariables.ofProcess();
    }

    @Bean
    SourceDatabases sourceDatabases(TouchstoneProperties properties, EnvironmentVariables environment) {
        return new SourceDatabases(properties.sources(), environment);
    }

    /** The window for timestamps of the ingest step executing, as each run has its own business date. */
    @Bean
    StepTimestampWindow timestampWindow(TouchstoneProperties properties) {
        return new StepTimestampWindow(properties.reporting().timeZone(), properties.ingest().oldest(),
                properties.ingest().newest());
    }

    @Bean
    IngestStepFactory ingestStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TouchstoneProperties properties, ItemStreamReader<FeedLine> feedFileItemReader,
            IngestFileRegistry registry, DeliveryFolders folders, RejectBook rejects,
            ItemStreamReader<FeedLine> sourceRowReader, SourceDatabases sourceDatabases, FeedWatermarks watermarks,
            TaskExecutor partitionTaskExecutor, RunParallelism parallelism, StepTimestampWindow timestampWindow) {
        return new IngestStepFactory(jobRepository, transactionManager, properties.ingest().chunkSize(),
                feedFileItemReader, columnMappings(properties), registry, folders, rejects,
                properties.ingest().maxRecordLength(),
                new DatabaseFeeds(sourceQueries(properties), sourceDatabases, watermarks, sourceRowReader),
                partitionTaskExecutor, parallelism.parallelism(), timestampWindow);
    }

    @Bean
    FeedArchiveTasklet feedArchiveTasklet(IngestFileRegistry registry, DeliveryFolders folders) {
        return new FeedArchiveTasklet(registry, folders);
    }

    private static Function<Feed, Optional<SourceQuery>> sourceQueries(TouchstoneProperties properties) {
        return feed -> SourceQuery.of(feed, properties);
    }

    private static Function<Feed, Map<String, String>> columnMappings(TouchstoneProperties properties) {
        return feed -> properties.columnsOf(feed.code());
    }
}
