package io.touchstone.job;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import io.touchstone.run.NightlyRun;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The run history as the command line and the console show it: each run (a job instance, with
 * every restart of it) summed up, and one run in detail with its steps and, while it goes, the
 * step it is in. Read from Spring Batch's job repository and the ingest log.
 */
@Component
public final class RunHistory {

    /** Job instances read at a time while looking for runs that pass a filter. */
    private static final int PAGE = 100;

    private final JobRepository jobRepository;
    private final DSLContext dsl;

    RunHistory(JobRepository jobRepository, DSLContext dsl) {
        this.jobRepository = jobRepository;
        this.dsl = dsl;
    }

    /** The newest runs, newest first. */
    public List<RunSummary> recent(int limit) {
        return recent(run -> true, limit, limit);
    }

    /**
     * The newest runs that pass the filter, newest first: at most {@code limit} of them, looking
     * through at most {@code lookAtMost} runs (a filter nothing passes does not read years of history).
     */
    public List<RunSummary> recent(Predicate<RunSummary> filter, int limit, int lookAtMost) {
        List<RunSummary> runs = new ArrayList<>();
        for (int start = 0; start < lookAtMost && runs.size() < limit; start += PAGE) {
            List<JobInstance> page = jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, start,
                    Math.min(PAGE, lookAtMost - start));
            for (JobInstance instance : page) {
                RunSummary run = summary(instance, executionsOldestFirst(instance));
                if (run != null && filter.test(run)) {
                    runs.add(run);
                    if (runs.size() == limit) {
                        break;
                    }
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return runs;
    }

    /** One run with its steps, oldest first across restarts; empty when there is no such run. */
    public Optional<RunDetail> find(long runId) {
        JobInstance instance = jobRepository.getJobInstance(runId);
        if (instance == null || !instance.getJobName().equals(NightlyJobConfiguration.JOB_NAME)) {
            return Optional.empty();
        }
        List<JobExecution> executions = executionsOldestFirst(instance);
        RunSummary summary = summary(instance, executions);
        if (summary == null) {
            return Optional.empty();
        }
        List<RunDetail.StepRecord> steps = new ArrayList<>();
        for (int attempt = 0; attempt < executions.size(); attempt++) {
            int number = attempt + 1;
            ReportedSteps.of(executions.get(attempt))
                    .sorted(Comparator.comparing(RunHistory::startOf))
                    .map(step -> step(step, number))
                    .forEach(steps::add);
        }
        JobExecution last = executions.get(executions.size() - 1);
        String failure = last.getStatus() == BatchStatus.FAILED ? failureOf(last) : null;
        return Optional.of(new RunDetail(summary, executions.size(), steps, failure));
    }

    private RunSummary summary(JobInstance instance, List<JobExecution> executions) {
        if (executions.isEmpty()) {
            return null;
        }
        JobExecution first = executions.get(0);
        JobExecution last = executions.get(executions.size() - 1);
        Duration duration = Duration.ZERO;
        for (JobExecution execution : executions) {
            if (execution.getStartTime() != null) {
                LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime()
                        : execution.getStatus().isRunning() ? LocalDateTime.now() : execution.getStartTime();
                duration = duration.plus(Duration.between(execution.getStartTime(), end));
            }
        }
        var counts = dsl.select(sum(INGEST_FILE.ROWS_LOADED), sum(INGEST_FILE.ROWS_REJECTED), count())
                .from(INGEST_FILE)
                .where(INGEST_FILE.RUN_ID.eq(instance.getInstanceId()))
                .fetchOne();
        return new RunSummary(instance.getInstanceId(),
                first.getJobParameters().getLocalDate(NightlyRun.BUSINESS_DATE),
                first.getJobParameters().getString(NightlyRun.PERIOD), last.getStatus().name(),
                first.getStartTime(), duration, longOf(counts.value1()), longOf(counts.value2()), counts.value3());
    }

    private List<JobExecution> executionsOldestFirst(JobInstance instance) {
        return jobRepository.getJobExecutions(instance).stream()
                .sorted(Comparator.comparing(JobExecution::getCreateTime).thenComparing(JobExecution::getId))
                .toList();
    }

    private static RunDetail.StepRecord step(StepExecution step, int attempt) {
        LocalDateTime end = step.getEndTime() != null ? step.getEndTime()
                : step.getStatus().isRunning() ? LocalDateTime.now() : null;
        Duration took = step.getStartTime() == null || end == null ? Duration.ZERO
                : Duration.between(step.getStartTime(), end);
        return new RunDetail.StepRecord(step.getStepName(), step.getStatus().name(), attempt, step.getStartTime(),
                took, step.getReadCount(), step.getWriteCount());
    }

    private static LocalDateTime startOf(StepExecution step) {
        return step.getStartTime() != null ? step.getStartTime() : LocalDateTime.MAX;
    }

    private static String failureOf(JobExecution execution) {
        return ReportedSteps.firstFailure(execution).stream()
                .map(failure -> failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage())
                .map(message -> message.lines().findFirst().orElse(message))
                .findFirst()
                .orElse(execution.getExitStatus().getExitDescription());
    }

    private static long longOf(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}
