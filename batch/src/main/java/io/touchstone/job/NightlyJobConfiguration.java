package io.touchstone.job;

import static io.touchstone.sql.generated.Tables.ACCOUNT;
import static io.touchstone.sql.generated.Tables.BENCHMARK;
import static io.touchstone.sql.generated.Tables.EMPLOYEE_FEEDBACK;
import static io.touchstone.sql.generated.Tables.FOLLOWUP;
import static io.touchstone.sql.generated.Tables.INTERACTION;
import static io.touchstone.sql.generated.Tables.POST;
import static io.touchstone.sql.generated.Tables.TARGET;

import io.touchstone.benchmark.BenchmarkComparisonTasklet;
import io.touchstone.ingest.AccountRowValidator;
import io.touchstone.ingest.BenchmarkRowValidator;
import io.touchstone.ingest.EmployeeFeedbackValidator;
import io.touchstone.ingest.Feed;
import io.touchstone.ingest.FeedArchiveTasklet;
import io.touchstone.ingest.FeedIngestion;
import io.touchstone.ingest.FollowupRowValidator;
import io.touchstone.ingest.IngestStepFactory;
import io.touchstone.ingest.InteractionRowValidator;
import io.touchstone.ingest.PostRowValidator;
import io.touchstone.ingest.ResponseRowValidator;
import io.touchstone.ingest.ResponseSink;
import io.touchstone.ingest.StepTimestampWindow;
import io.touchstone.ingest.TargetRowValidator;
import io.touchstone.ingest.UpsertSink;
import io.touchstone.ingest.WatermarkCommitListener;
import io.touchstone.kpi.OperationsKpiTasklet;
import io.touchstone.kpi.OutcomeKpiTasklet;
import io.touchstone.publish.DashboardWarmUp;
import io.touchstone.publish.PublishTasklet;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.EmergingTopicTasklet;
import io.touchstone.textmining.ThemeMiningTasklet;
import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job, step by step: ingest each feed (chunked, restartable, a partition per file),
 * archive what was read, compute the outcome KPIs and compare with the benchmarks beside mining
 * the comments for themes and sentiment, publish the reports. The independent parts run side by
 * side on {@code touchstone.run.parallelism} threads.
 *
 * <p>A feed's step is its validator and sink handed to {@link IngestStepFactory}; the intake,
 * reading, rejects and counts are the same for every feed.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightlyJob";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;

    NightlyJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
    }

    @Bean
    Step ingestResponsesStep(IngestStepFactory ingestSteps, TouchstoneProperties properties, ResponseSink sink,
            StepTimestampWindow timestampWindow) {
        return ingestSteps.build("ingestResponsesStep", new FeedIngestion<>(Feed.RESPONSES,
                new ResponseRowValidator(timestampWindow, properties.ingest().defaultLanguage()),
                sink));
    }

    @Bean
    Step ingestBenchmarksStep(IngestStepFactory ingestSteps, DSLContext dsl) {
        return ingestSteps.build("ingestBenchmarksStep", new FeedIngestion<>(Feed.BENCHMARKS,
                new BenchmarkRowValidator(), new UpsertSink<>(dsl, BENCHMARK)));
    }

    @Bean
    Step ingestTargetsStep(IngestStepFactory ingestSteps, DSLContext dsl) {
        return ingestSteps.build("ingestTargetsStep", new FeedIngestion<>(Feed.TARGETS,
                new TargetRowValidator(), new UpsertSink<>(dsl, TARGET)));
    }

    @Bean
    Step ingestPostsStep(IngestStepFactory ingestSteps, StepTimestampWindow timestampWindow, DSLContext dsl) {
        return ingestSteps.build("ingestPostsStep", new FeedIngestion<>(Feed.POSTS,
                new PostRowValidator(timestampWindow), new UpsertSink<>(dsl, POST)));
    }

    @Bean
    Step ingestEmployeeStep(IngestStepFactory ingestSteps, StepTimestampWindow timestampWindow, DSLContext dsl) {
        return ingestSteps.build("ingestEmployeeStep", new FeedIngestion<>(Feed.EMPLOYEE,
                new EmployeeFeedbackValidator(timestampWindow),
                new UpsertSink<>(dsl, EMPLOYEE_FEEDBACK)));
    }

    @Bean
    Step ingestInteractionsStep(IngestStepFactory ingestSteps, StepTimestampWindow timestampWindow, DSLContext dsl) {
        return ingestSteps.build("ingestInteractionsStep", new FeedIngestion<>(Feed.INTERACTIONS,
                new InteractionRowValidator(timestampWindow), new UpsertSink<>(dsl, INTERACTION)));
    }

    @Bean
    Step ingestFollowupsStep(IngestStepFactory ingestSteps, StepTimestampWindow timestampWindow, DSLContext dsl) {
        return ingestSteps.build("ingestFollowupsStep", new FeedIngestion<>(Feed.FOLLOWUPS,
                new FollowupRowValidator(timestampWindow), new UpsertSink<>(dsl, FOLLOWUP)));
    }

    @Bean
    Step ingestAccountsStep(IngestStepFactory ingestSteps, TouchstoneProperties properties,
            StepTimestampWindow timestampWindow, DSLContext dsl) {
        return ingestSteps.build("ingestAccountsStep", new FeedIngestion<>(Feed.ACCOUNTS,
                new AccountRowValidator(timestampWindow, properties.finance()), new UpsertSink<>(dsl, ACCOUNT)));
    }

    @Bean
    Step archiveFeedsStep(FeedArchiveTasklet tasklet) {
        return taskletStep("archiveFeedsStep", tasklet);
    }

    @Bean
    Step outcomeKpiStep(OutcomeKpiTasklet tasklet) {
        return taskletStep("outcomeKpiStep", tasklet);
    }

    @Bean
    Step operationsKpiStep(OperationsKpiTasklet tasklet) {
        return taskletStep("operationsKpiStep", tasklet);
    }

    @Bean
    Step themeMiningStep(ThemeMiningTasklet tasklet) {
        return taskletStep("themeMiningStep", tasklet);
    }

    @Bean
    Step emergingTopicStep(EmergingTopicTasklet tasklet) {
        return taskletStep("emergingTopicStep", tasklet);
    }

    @Bean
    Step benchmarkStep(BenchmarkComparisonTasklet tasklet) {
        return taskletStep("benchmarkStep", tasklet);
    }

    @Bean
    Step publishStep(PublishTasklet tasklet) {
        return new StepBuilder("publishStep", jobRepository)
                .tasklet(tasklet, transactionManager)
                // Publishing is cheap and its files are replaced whole: always redo it on restart.
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * The job: the feeds' ingest steps, the responses beside the other feeds, then the archive,
     * then three independent flows — what reads the warehouse in SQL for the KPIs (KPIs,
     * benchmarks), what builds and searches the comment index (text mining, social benchmark), and
     * the emerging topics — then publishing. Each flow reads only what is loaded before the split
     * and writes its own tables: the KPI values and benchmark gaps (from responses, accounts,
     * interactions, follow-ups, targets, benchmarks); the index, theme measures, mined comments and
     * social benchmark (from responses, posts, employee feedback); the emerging topics (from the
     * responses' comments in the warehouse). Publishing reads everything.
     *
     * <p><b>NOTE</b>: with {@code touchstone.run.parallelism} 2 the third flow waits for a thread,
     * so the emerging topics run after whichever side finishes first: at a million responses the
     * KPIs (the text mining took longer), at ten million the text mining (the money query took
     * longer). Placed after either side for good, they made the run longer at one of the two sizes.
     *
     * <p>A failure in one flow fails the run once the others are done; a restart reruns what
     * did not complete, in any flow, and skips the steps that did.
     */
    @Bean
    Job nightlyJob(
            Step ingestResponsesStep,
            Step ingestBenchmarksStep,
            Step ingestTargetsStep,
            Step ingestPostsStep,
            Step ingestEmployeeStep,
            Step ingestInteractionsStep,
            Step ingestFollowupsStep,
            Step ingestAccountsStep,
            Step archiveFeedsStep,
            Step outcomeKpiStep,
            Step operationsKpiStep,
            Step themeMiningStep,
            Step socialBenchmarkStep,
            Step emergingTopicStep,
            Step benchmarkStep,
            Step publishStep,
            TaskExecutor flowTaskExecutor,
            RunStartNotices runStartNotices,
            WatermarkCommitListener watermarkCommit,
            DashboardWarmUp dashboardWarmUp) {
        Flow ingest = new FlowBuilder<Flow>("ingestFlow")
                .split(flowTaskExecutor)
                .add(flow("responsesFlow", ingestResponsesStep),
                        flow("otherFeedsFlow", ingestBenchmarksStep, ingestTargetsStep, ingestPostsStep,
                                ingestEmployeeStep, ingestInteractionsStep, ingestFollowupsStep, ingestAccountsStep))
                .build();
        Flow analysis = new FlowBuilder<Flow>("analysisFlow")
                .split(flowTaskExecutor)
                .add(flow("warehouseFlow", outcomeKpiStep, operationsKpiStep, benchmarkStep),
                        flow("commentIndexFlow", themeMiningStep, socialBenchmarkStep),
                        flow("emergingTopicsFlow", emergingTopicStep))
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(runStartNotices)
                .listener(watermarkCommit)
                .listener(dashboardWarmUp)
                .start(ingest)
                .next(archiveFeedsStep)
                .next(analysis)
                .next(publishStep)
                .end()
                .build();
    }

    private static Flow flow(String name, Step first, Step... then) {
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>(name).start(first);
        for (Step step : then) {
            flow = flow.next(step);
        }
        return flow.build();
    }

    private Step taskletStep(String name, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
