package io.touchstone.job;

import io.touchstone.benchmark.BenchmarkComparisonTasklet;
import io.touchstone.ingest.BenchmarkRowValidator;
import io.touchstone.ingest.BenchmarkSink;
import io.touchstone.ingest.DeliveryFolders;
import io.touchstone.ingest.EmployeeFeedbackSink;
import io.touchstone.ingest.EmployeeFeedbackValidator;
import io.touchstone.ingest.Feed;
import io.touchstone.ingest.FeedArchiveTasklet;
import io.touchstone.ingest.FeedFileItemReader;
import io.touchstone.ingest.FeedLine;
import io.touchstone.ingest.IngestFileRegistry;
import io.touchstone.ingest.PostRowValidator;
import io.touchstone.ingest.PostSink;
import io.touchstone.ingest.RejectBook;
import io.touchstone.ingest.ResponseRowValidator;
import io.touchstone.ingest.ResponseSink;
import io.touchstone.ingest.TargetRowValidator;
import io.touchstone.ingest.TargetSink;
import io.touchstone.kpi.OutcomeKpiTasklet;
import io.touchstone.publish.PublishTasklet;
import io.touchstone.run.NightlyRun;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.EmergingTopicTasklet;
import io.touchstone.textmining.ThemeMiningTasklet;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job, step by step: ingest each feed (chunked, restartable), archive what was
 * read, compute the outcome KPIs, mine the comments for themes and sentiment, compare with the
 * benchmarks, publish the reports.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightlyJob";

    @Bean
    IngestStepFactory ingestStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TouchstoneProperties properties, RejectBook rejects, IngestFileRegistry registry) {
        return new IngestStepFactory(jobRepository, transactionManager, properties.ingest().chunkSize(), rejects,
                registry);
    }

    @Bean
    DeliveryFolders deliveryFolders(TouchstoneProperties properties) {
        return new DeliveryFolders(properties.touchstoneHome().archive(), properties.touchstoneHome().quarantine());
    }

    @Bean
    @StepScope
    ItemStreamReader<FeedLine> responsesReader(@Value("#{stepExecution}") StepExecution step,
            TouchstoneProperties properties, IngestFileRegistry registry, DeliveryFolders folders) {
        return feedReader(Feed.RESPONSES, step, properties, registry, folders);
    }

    @Bean
    Step ingestResponsesStep(IngestStepFactory steps, ItemStreamReader<FeedLine> responsesReader,
            TouchstoneProperties properties, ResponseSink sink) {
        return steps.build("ingestResponsesStep", Feed.RESPONSES, responsesReader,
                new ResponseRowValidator(properties.reporting().timeZone(), properties.ingest().defaultLanguage()),
                sink);
    }

    @Bean
    @StepScope
    ItemStreamReader<FeedLine> benchmarksReader(@Value("#{stepExecution}") StepExecution step,
            TouchstoneProperties properties, IngestFileRegistry registry, DeliveryFolders folders) {
        return feedReader(Feed.BENCHMARKS, step, properties, registry, folders);
    }

    @Bean
    Step ingestBenchmarksStep(IngestStepFactory steps, ItemStreamReader<FeedLine> benchmarksReader,
            BenchmarkSink sink) {
        return steps.build("ingestBenchmarksStep", Feed.BENCHMARKS, benchmarksReader, new BenchmarkRowValidator(),
                sink);
    }

    @Bean
    @StepScope
    ItemStreamReader<FeedLine> targetsReader(@Value("#{stepExecution}") StepExecution step,
            TouchstoneProperties properties, IngestFileRegistry registry, DeliveryFolders folders) {
        return feedReader(Feed.TARGETS, step, properties, registry, folders);
    }

    @Bean
    Step ingestTargetsStep(IngestStepFactory steps, ItemStreamReader<FeedLine> targetsReader, TargetSink sink) {
        return steps.build("ingestTargetsStep", Feed.TARGETS, targetsReader, new TargetRowValidator(), sink);
    }

    @Bean
    @StepScope
    ItemStreamReader<FeedLine> postsReader(@Value("#{stepExecution}") StepExecution step,
            TouchstoneProperties properties, IngestFileRegistry registry, DeliveryFolders folders) {
        return feedReader(Feed.POSTS, step, properties, registry, folders);
    }

    @Bean
    Step ingestPostsStep(IngestStepFactory steps, ItemStreamReader<FeedLine> postsReader,
            TouchstoneProperties properties, PostSink sink) {
        return steps.build("ingestPostsStep", Feed.POSTS, postsReader,
                new PostRowValidator(properties.reporting().timeZone()), sink);
    }

    @Bean
    @StepScope
    ItemStreamReader<FeedLine> employeeReader(@Value("#{stepExecution}") StepExecution step,
            TouchstoneProperties properties, IngestFileRegistry registry, DeliveryFolders folders) {
        return feedReader(Feed.EMPLOYEE, step, properties, registry, folders);
    }

    @Bean
    Step ingestEmployeeStep(IngestStepFactory steps, ItemStreamReader<FeedLine> employeeReader,
            TouchstoneProperties properties, EmployeeFeedbackSink sink) {
        return steps.build("ingestEmployeeStep", Feed.EMPLOYEE, employeeReader,
                new EmployeeFeedbackValidator(properties.reporting().timeZone()), sink);
    }

    @Bean
    Step archiveFeedsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestFileRegistry registry, DeliveryFolders folders) {
        return new StepBuilder("archiveFeedsStep", jobRepository)
                .tasklet(new FeedArchiveTasklet(registry, folders), transactionManager)
                .build();
    }

    @Bean
    Step outcomeKpiStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OutcomeKpiTasklet tasklet) {
        return new StepBuilder("outcomeKpiStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step themeMiningStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ThemeMiningTasklet tasklet) {
        return new StepBuilder("themeMiningStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step emergingTopicStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            EmergingTopicTasklet tasklet) {
        return new StepBuilder("emergingTopicStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step benchmarkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BenchmarkComparisonTasklet tasklet) {
        return new StepBuilder("benchmarkStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PublishTasklet tasklet) {
        return new StepBuilder("publishStep", jobRepository)
                .tasklet(tasklet, transactionManager)
                // Publishing is cheap and its files are replaced whole: always redo it on restart.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step ingestResponsesStep, Step ingestBenchmarksStep,
            Step ingestTargetsStep, Step ingestPostsStep, Step ingestEmployeeStep, Step archiveFeedsStep, Step outcomeKpiStep, Step themeMiningStep,
            Step socialBenchmarkStep, Step emergingTopicStep, Step benchmarkStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ingestResponsesStep)
                .next(ingestBenchmarksStep)
                .next(ingestTargetsStep)
                .next(ingestPostsStep)
                .next(ingestEmployeeStep)
                .next(archiveFeedsStep)
                .next(outcomeKpiStep)
                .next(themeMiningStep)
                .next(socialBenchmarkStep)
                .next(emergingTopicStep)
                .next(benchmarkStep)
                .next(publishStep)
                .build();
    }

    private static FeedFileItemReader feedReader(Feed feed, StepExecution step, TouchstoneProperties properties,
            IngestFileRegistry registry, DeliveryFolders folders) {
        return new FeedFileItemReader(feed, NightlyRun.of(step), properties.columnsOf(feed.code()), registry, folders);
    }
}
