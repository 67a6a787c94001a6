package io.touchstone.job;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.publish.DistributionList;
import io.touchstone.run.NightlyRun;
import io.touchstone.system.TouchstoneProperties;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts, restarts and lists runs of the nightly job for the command line (and, later, the
 * scheduler and the web console).
 */
@Component
public final class NightlyJobRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final DSLContext dsl;
    private final Clock clock;
    private final DistributionList distribution;
    private final FiscalCalendar fiscal;

    public NightlyJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, DSLContext dsl,
            DistributionList distribution, TouchstoneProperties properties) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.dsl = dsl;
        this.clock = Clock.systemUTC();
        this.distribution = distribution;
        this.fiscal = properties.fiscal().calendar();
    }

    public RunResult run(LocalDate businessDate, PeriodKind period, Path inbox, Path out) {
        // A mistake in the distribution file is reported before an hour of loading, not after.
        distribution.load();
        try {
            JobExecution execution = jobOperator.start(nightlyJob,
                    NightlyRun.parameters(businessDate, period, fiscal, inbox, out, LocalDateTime.now(clock)));
            return resultOf(execution);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the nightly job: " + e.getMessage(), e);
        }
    }

    /**
     * Restarts a failed run where it stopped. A run whose process died without recording its end
     * (killed, machine lost) is marked failed first, since nothing can still be running it.
     */
    public RunResult restart(long runId) {
        JobInstance instance = jobRepository.getJobInstance(runId);
        if (instance == null) {
            throw new IllegalArgumentException("There is no run " + runId + "; 'touchstone runs' lists them.");
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last.getStatus() == BatchStatus.COMPLETED) {
            throw new IllegalArgumentException("Run " + runId + " completed; to run the period again use"
                    + " 'touchstone rerun --date " + last.getJobParameters().getLocalDate(NightlyRun.BUSINESS_DATE) + "'.");
        }
        distribution.load();
        if (last.getStatus().isRunning()) {
            last = jobOperator.recover(last);
        }
        try {
            return resultOf(jobOperator.restart(last));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot restart run " + runId + ": " + e.getMessage(), e);
        }
    }

    public List<RunSummary> history(int limit) {
        List<RunSummary> runs = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, limit)) {
            List<JobExecution> executions = jobRepository.getJobExecutions(instance);
            JobExecution first = executions.stream().min(Comparator.comparing(JobExecution::getCreateTime)).orElseThrow();
            JobExecution last = jobRepository.getLastJobExecution(instance);
            Duration duration = executions.stream()
                    .filter(execution -> execution.getStartTime() != null && execution.getEndTime() != null)
                    .map(execution -> Duration.between(execution.getStartTime(), execution.getEndTime()))
                    .reduce(Duration.ZERO, Duration::plus);
            var counts = dsl.select(sum(INGEST_FILE.ROWS_LOADED), sum(INGEST_FILE.ROWS_REJECTED), count())
                    .from(INGEST_FILE)
                    .where(INGEST_FILE.RUN_ID.eq(instance.getInstanceId()))
                    .fetchOne();
            runs.add(new RunSummary(instance.getInstanceId(),
                    first.getJobParameters().getLocalDate(NightlyRun.BUSINESS_DATE),
                    first.getJobParameters().getString(NightlyRun.PERIOD), last.getStatus().name(),
                    first.getStartTime(), duration, longOf(counts.value1()), longOf(counts.value2()), counts.value3()));
        }
        return runs;
    }

    private static RunResult resultOf(JobExecution execution) {
        long runId = execution.getJobInstanceId();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            Path folder = execution.getStepExecutions().stream()
                    .filter(step -> step.getStepName().equals("publishStep"))
                    .map(StepExecution::getExecutionContext)
                    .filter(context -> context.containsKey("published.folder"))
                    .map(context -> Path.of(context.getString("published.folder")))
                    .findFirst()
                    .orElse(null);
            return new RunResult(runId, execution.getStatus().name(), folder != null, folder, null, timings(execution));
        }
        return new RunResult(runId, execution.getStatus().name(), false, null, failureOf(execution),
                timings(execution));
    }

    private static List<StepTiming> timings(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStartTime() != null && step.getEndTime() != null)
                .sorted(Comparator.comparing(StepExecution::getStartTime))
                .map(step -> new StepTiming(step.getStepName(), step.getReadCount(), step.getWriteCount(),
                        Duration.between(step.getStartTime(), step.getEndTime())))
                .toList();
    }

    private static String failureOf(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return "the run ended " + execution.getStatus();
        }
        Throwable failure = failures.get(0);
        String where = execution.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.FAILED)
                .map(StepExecution::getStepName)
                .findFirst()
                .map(step -> " in " + step)
                .orElse("");
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "failed" + where + ": " + message.lines().findFirst().orElse(message);
    }

    private static long longOf(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}
