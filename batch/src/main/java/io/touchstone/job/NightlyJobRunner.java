package io.touchstone.job;

import static io.touchstone.sql.generated.Tables.UNCLAIMED_FILE;

import io.touchstone.ingest.Feed;
import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.publish.DistributionList;
import io.touchstone.run.NightlyRun;
import io.touchstone.system.TouchstoneProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Starts, restarts and lists runs of the nightly job for the command line (and, later, the
 * scheduler and the web console).
 */
@Component
public final class NightlyJobRunner {

    /** How many job instances are read at a time when looking for a later run of a period. */
    private static final int PAGE = 100;
    /** A stop request raced by the run's own commits is made again this many times at most. */
    private static final int STOP_ATTEMPTS = 5;
    private static final LongConsumer NOBODY_WAITING = runId -> { };
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final DSLContext dsl;
    private final Clock clock;
    private final DistributionList distribution;
    private final FiscalCalendar fiscal;
    private final Path home;
    private final RunStartNotices startNotices;
    private final RunHistory runHistory;

    public NightlyJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, DSLContext dsl,
            DistributionList distribution, TouchstoneProperties properties, RunStartNotices startNotices,
            RunHistory runHistory) {
        this.startNotices = startNotices;
        this.runHistory = runHistory;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.dsl = dsl;
        this.clock = Clock.systemUTC();
        this.distribution = distribution;
        this.fiscal = properties.fiscal().calendar();
        this.home = properties.touchstoneHome().root();
    }

    /**
     * Runs the job for a business date's period. Refused while another process is running that
     * date and period; a run of it whose process has gone is marked failed first (it can still be
     * restarted), and the result says so.
     */
    public RunResult run(LocalDate businessDate, PeriodKind period, Path inbox, Path out) {
        return run(businessDate, period, inbox, out, NOBODY_WAITING);
    }

    /**
     * Runs the job as {@link #run(LocalDate, PeriodKind, Path, Path)} does, telling {@code started}
     * the run's id as soon as it has one; not called when the run is refused before it starts.
     */
    public RunResult run(LocalDate businessDate, PeriodKind period, Path inbox, Path out, LongConsumer started) {
        // A mistake in the distribution file is reported before an hour of loading, not after.
        distribution.load();
        List<String> notices = new ArrayList<>();
        for (JobExecution left : runningExecutions(businessDate, period)) {
            RunOwner owner = requireGone(left);
            jobOperator.recover(left);
            notices.add(describe(left) + " was left running by " + (owner == null ? "a process" : owner.describe())
                    + ", which has gone; it is marked failed, resume it with touchstone restart "
                    + left.getJobInstanceId());
        }
        JobParameters parameters = RunOwner.current().owning(
                NightlyRun.parameters(businessDate, period, fiscal, home, inbox, out, LocalDateTime.now(clock)));
        try {
            return resultOf(start(parameters, started), notices);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the nightly job: " + e.getMessage(), e);
        }
    }

    /**
     * Restarts a failed or stopped run where it stopped, with its folders resolved in this home.
     * A run whose process died without recording its end (killed, machine lost) is marked failed
     * first; one whose process is still running it, or that a later run of its period has
     * replaced, is refused with what to do instead.
     */
    public RunResult restart(long runId) {
        return restart(runId, NOBODY_WAITING);
    }

    /** Restarts a run as {@link #restart(long)} does, telling {@code started} once it is going again. */
    public RunResult restart(long runId, LongConsumer started) {
        JobInstance instance = jobRepository.getJobInstance(runId);
        if (instance == null) {
            throw new IllegalArgumentException("There is no run " + runId + "; 'touchstone runs' lists them.");
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last.getStatus() == BatchStatus.COMPLETED) {
            throw new IllegalArgumentException("Run " + runId + " completed; to run the period again use"
                    + " 'touchstone rerun --date " + last.getJobParameters().getLocalDate(NightlyRun.BUSINESS_DATE) + "'.");
        }
        Long successor = completedSuccessor(last);
        if (successor != null) {
            throw new IllegalArgumentException(describe(last) + " was superseded by run " + successor
                    + ", which completed; rerun the period with touchstone " + rerunOptions(last)
                    + " if you need it again");
        }
        distribution.load();
        if (last.getStatus().isRunning()) {
            requireGone(last);
            last = jobOperator.recover(last);
        }
        failStepsWithoutARecordedEnd(last);
        // Started again with the same identifying parameters, Spring Batch resumes the instance.
        JobParameters parameters = RunOwner.current().owning(NightlyRun.resumedIn(last.getJobParameters(), home));
        try {
            return resultOf(start(parameters, started), List.of());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot restart run " + runId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Marks failed the steps of a stopped or failed run that ended without their end recorded
     * (status UNKNOWN), so the restart resumes them from their last commit instead of refusing
     * the run ("manual intervention is probably necessary").
     *
     * <p><b>NOTE</b>: a stop request that updates a step while the step commits a chunk beside it
     * (the other flow of a parallel run) makes the step's own update stale; Spring Batch then ends
     * it UNKNOWN. That is safe to resume here: a chunk's rows, rejects and counts commit in one
     * transaction with the step's position, so a chunk whose update failed left nothing behind.
     */
    private void failStepsWithoutARecordedEnd(JobExecution last) {
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("ended without its end recorded (a stop"
                        + " request raced a chunk's commit); resumed from its last commit"));
                jobRepository.update(step);
            }
        }
    }

    private JobExecution start(JobParameters parameters, LongConsumer started) throws Exception {
        startNotices.expect(started);
        try {
            return jobOperator.start(nightlyJob, parameters);
        } finally {
            startNotices.forget();
        }
    }

    /**
     * Asks the runs this process is executing to stop at their next chunk boundary, as on Ctrl-C
     * or SIGTERM; they end STOPPED and can be restarted. Returns whether one was going.
     */
    public boolean stopRunning() {
        RunOwner self = RunOwner.current();
        boolean going = false;
        for (JobExecution execution : jobRepository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME)) {
            if (!RunOwner.of(execution.getJobParameters()).map(self::equals).orElse(false)) {
                continue;
            }
            going = true;
            requestStop(execution);
        }
        return going;
    }

    /**
     * Marks the run STOPPING, which its step notices at its next chunk boundary. The operator
     * writes from a copy read a moment ago, so a chunk the run commits in between makes that write
     * stale: then the copy is read again and, unless the run is already marked, the request is
     * made again.
     */
    private void requestStop(JobExecution execution) {
        JobExecution current = execution;
        for (int attempt = 1;; attempt++) {
            try {
                jobOperator.stop(current);
                return;
            } catch (JobExecutionNotRunningException e) {
                // It ended, or is already stopping, between the look-up and the request.
                return;
            } catch (OptimisticLockingFailureException e) {
                current = jobRepository.getJobExecution(execution.getId());
                if (current == null || current.getStatus() != BatchStatus.STARTED
                        && current.getStatus() != BatchStatus.STARTING) {
                    // Marked STOPPING before the stale write of a step failed, or ended meanwhile.
                    return;
                }
                if (attempt == STOP_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Set<JobExecution> runningExecutions(LocalDate businessDate, PeriodKind period) {
        Set<JobExecution> running = new HashSet<>();
        for (JobExecution execution : jobRepository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME)) {
            JobParameters parameters = execution.getJobParameters();
            if (businessDate.equals(parameters.getLocalDate(NightlyRun.BUSINESS_DATE))
                    && period.code().equals(parameters.getString(NightlyRun.PERIOD))) {
                running.add(execution);
            }
        }
        return running;
    }

    /**
     * The owner of an execution marked running, when it is known to have gone; refuses when it
     * is alive or cannot be checked from here. {@code null}: a run from before owners were
     * recorded, which no process of this version is running.
     */
    private static RunOwner requireGone(JobExecution execution) {
        RunOwner owner = RunOwner.of(execution.getJobParameters()).orElse(null);
        if (owner != null && !owner.isGone()) {
            LocalDateTime started = execution.getStartTime() != null ? execution.getStartTime()
                    : execution.getCreateTime();
            // Spring Batch records times in this machine's zone; the date is shown when it is not today.
            boolean today = started.toLocalDate().equals(LocalDate.now());
            throw new IllegalStateException(describe(execution) + " is still going, started "
                    + (today ? CLOCK : DAY_AND_CLOCK).format(started) + " by " + owner.describe()
                    + "; wait for it, or see 'touchstone runs'");
        }
        return owner;
    }

    /** The newest later run of the same business date and period that completed, or {@code null}. */
    private Long completedSuccessor(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        long runId = execution.getJobInstanceId();
        for (int start = 0;; start += PAGE) {
            List<JobInstance> page = jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, start, PAGE);
            for (JobInstance later : page) {
                if (later.getInstanceId() <= runId) {
                    return null;
                }
                JobExecution its = jobRepository.getLastJobExecution(later);
                if (its != null && its.getStatus() == BatchStatus.COMPLETED && samePeriod(its.getJobParameters(),
                        parameters)) {
                    return later.getInstanceId();
                }
            }
            if (page.size() < PAGE) {
                return null;
            }
        }
    }

    private static boolean samePeriod(JobParameters one, JobParameters other) {
        return Objects.equals(one.getLocalDate(NightlyRun.BUSINESS_DATE), other.getLocalDate(NightlyRun.BUSINESS_DATE))
                && Objects.equals(one.getString(NightlyRun.PERIOD), other.getString(NightlyRun.PERIOD));
    }

    /** "run 12 for 2026-11-30 (month)". */
    private static String describe(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        return "run " + execution.getJobInstanceId() + " for " + parameters.getLocalDate(NightlyRun.BUSINESS_DATE)
                + " (" + parameters.getString(NightlyRun.PERIOD) + ")";
    }

    private static String rerunOptions(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        String period = parameters.getString(NightlyRun.PERIOD);
        return "rerun --date " + parameters.getLocalDate(NightlyRun.BUSINESS_DATE)
                + (PeriodKind.MONTH.code().equals(period) ? "" : " --period " + period);
    }

    /** The newest runs, newest first. */
    public List<RunSummary> history(int limit) {
        return runHistory.recent(limit);
    }

    private RunResult resultOf(JobExecution execution, List<String> earlier) {
        long runId = execution.getJobInstanceId();
        List<String> notices = new ArrayList<>(earlier);
        // Files nobody takes are left where they are; the person who ran it should hear of them at once.
        dsl.select(UNCLAIMED_FILE.FILE_NAME).from(UNCLAIMED_FILE).where(UNCLAIMED_FILE.RUN_ID.eq(runId))
                .orderBy(UNCLAIMED_FILE.FILE_NAME)
                .fetch(UNCLAIMED_FILE.FILE_NAME)
                .forEach(file -> notices.add("left " + file + " in the inbox: no feed takes that name (the feeds take "
                        + Arrays.stream(Feed.values()).map(feed -> feed.code() + "*.csv").collect(Collectors.joining(", "))
                        + ")"));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            Path folder = execution.getStepExecutions().stream()
                    .filter(step -> step.getStepName().equals("publishStep"))
                    .map(StepExecution::getExecutionContext)
                    .filter(context -> context.containsKey("published.folder"))
                    .map(context -> Path.of(context.getString("published.folder")))
                    .findFirst()
                    .orElse(null);
            return new RunResult(runId, execution.getStatus().name(), folder != null, folder, null, timings(execution),
                    notices);
        }
        return new RunResult(runId, execution.getStatus().name(), false, null, failureOf(execution),
                timings(execution), notices);
    }

    private static List<StepTiming> timings(JobExecution execution) {
        return ReportedSteps.of(execution)
                .filter(step -> step.getStartTime() != null && step.getEndTime() != null)
                .sorted(Comparator.comparing(StepExecution::getStartTime))
                .map(step -> new StepTiming(step.getStepName(), step.getReadCount(), step.getWriteCount(),
                        Duration.between(step.getStartTime(), step.getEndTime())))
                .toList();
    }

    private static String failureOf(JobExecution execution) {
        Optional<Throwable> cause = ReportedSteps.firstFailure(execution);
        if (cause.isEmpty()) {
            return "the run ended " + execution.getStatus();
        }
        Throwable failure = cause.get();
        String where = ReportedSteps.failedStep(execution).map(step -> " in " + step).orElse("");
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "failed" + where + ": " + message.lines().findFirst().orElse(message);
    }
}
