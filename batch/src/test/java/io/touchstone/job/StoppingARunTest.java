package io.touchstone.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.cli.TouchstoneCommand;
import io.touchstone.period.PeriodKind;
import io.touchstone.publish.DistributionList;
import io.touchstone.schedule.FiringOutcome;
import io.touchstone.schedule.ScheduleDefinition;
import io.touchstone.schedule.ScheduledRuns;
import io.touchstone.support.Fixtures;
import io.touchstone.support.HeldLoad;
import io.touchstone.support.TestDatabase;
import io.touchstone.support.WarehouseTest;
import io.touchstone.system.TouchstoneProperties;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.TestPropertySource;

/**
 * Ctrl-C or SIGTERM during a run stops it at a chunk boundary: it ends STOPPED, says how to
 * resume it, and a restart ends it as a clean run would.
 *
 * <p>The load is held at one response by a trigger waiting for an advisory lock the test holds,
 * so the stop arrives while the responses are half loaded, whatever the machine's speed.
 */
@TestPropertySource(properties = "touchstone.ingest.chunk-size=10")
class StoppingARunTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);

    @Autowired
    NightlyJobRunner runner;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    DataSource dataSource;

    @Autowired
    ScheduledRuns scheduledRuns;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job nightlyJob;

    @Autowired
    DistributionList distribution;

    @Autowired
    TouchstoneProperties properties;

    @Autowired
    RunStartNotices startNotices;

    @Autowired
    RunHistory runHistory;

    @BeforeEach
    void holdTheLoadAtOneResponse() {
        HeldLoad.atResponse(dsl, "SEP001");
    }

    @AfterEach
    void releaseTheLoad() {
        HeldLoad.release(dsl);
    }

    @Test
    void aRunAskedToStopEndsStoppedAndItsRestartPublishes() throws Exception {
        // given a run held in the middle of loading the responses
        Fixtures.deliverNightly(inbox());
        CompletableFuture<RunResult> going;
        try (HeldLoad held = HeldLoad.take(dataSource)) {
            going = CompletableFuture.supplyAsync(() -> runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out()));
            awaitHeld();

            // when it is asked to stop, as the shutdown hook does on SIGTERM
            assertThat(runner.stopRunning()).isTrue();
        }
        RunResult stopped = going.get(60, TimeUnit.SECONDS);

        // then it stopped after the chunk it was in, before the steps after the loading (the other
        // feeds load beside the responses, so they may have finished)
        assertThat(stopped.stopped()).isTrue();
        assertThat(stopped.published()).isFalse();
        assertThat(statusOf(stopped.runId())).isEqualTo(BatchStatus.STOPPED);
        assertThat(stopped.steps()).extracting(StepTiming::step).doesNotContain("archiveFeedsStep");

        // and restarted, it runs to the end
        releaseTheLoad();
        RunResult restarted = runner.restart(stopped.runId());
        assertThat(restarted.published()).isTrue();
        assertThat(restarted.runId()).isEqualTo(stopped.runId());
    }

    @Test
    void aStopRequestWhoseWritesTheRunsOwnCommitsMadeStaleStillStopsIt() throws Exception {
        // given a run held mid-load, and an operator whose stop writes from copies read a moment
        // before the run's steps commit: its first request loses the write of the run itself, its
        // second marks the run but loses the write of a step (as a chunk committed beside it does)
        Fixtures.deliverNightly(inbox());
        AtomicInteger requests = new AtomicInteger();
        JobOperator racedOperator = (JobOperator) Proxy.newProxyInstance(JobOperator.class.getClassLoader(),
                new Class<?>[] {JobOperator.class}, (proxy, method, arguments) -> {
                    boolean stop = method.getName().equals("stop") && arguments[0] instanceof JobExecution;
                    if (stop && requests.incrementAndGet() == 1) {
                        throw new OptimisticLockingFailureException("job execution written with a stale version");
                    }
                    Object result = invokeOn(jobOperator, method, arguments);
                    if (stop) {
                        throw new OptimisticLockingFailureException("step execution written with a stale version");
                    }
                    return result;
                });
        NightlyJobRunner racedRunner = new NightlyJobRunner(racedOperator, jobRepository, nightlyJob, dsl,
                distribution, properties, startNotices, runHistory);
        CompletableFuture<RunResult> going;
        try (HeldLoad held = HeldLoad.take(dataSource)) {
            going = CompletableFuture.supplyAsync(() -> runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out()));
            awaitHeld();

            // when it is asked to stop, as the shutdown hook does on SIGTERM
            assertThat(racedRunner.stopRunning()).isTrue();
        }

        // then the request was made again until the run was marked, and the run stops at its next
        // chunk boundary and can be resumed
        assertThat(requests).hasValue(2);
        RunResult stopped = going.get(60, TimeUnit.SECONDS);
        assertThat(stopped.stopped()).isTrue();
        assertThat(statusOf(stopped.runId())).isEqualTo(BatchStatus.STOPPED);
        releaseTheLoad();
        assertThat(runner.restart(stopped.runId()).published()).isTrue();
    }

    private static Object invokeOn(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void sigtermDuringARunOfTheCommandStopsItWithALineSayingHowToResumeIt() throws Exception {
        // given the touchstone command running the October job in its own process, held mid-load
        Fixtures.deliverNightly(inbox());
        Path stderr = Files.createTempFile("touchstone-stderr", ".txt");
        Process command;
        try (HeldLoad held = HeldLoad.take(dataSource)) {
            command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dtouchstone.ingest.chunk-size=10", "-cp", System.getProperty("java.class.path"),
                    TouchstoneCommand.class.getName(), "--home", HOME.toString(), "--db-url", TestDatabase.jdbcUrl(),
                    "run", "--date", BUSINESS_DATE.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile())
                    .start();
            awaitHeld();

            // when it gets SIGTERM, as from Ctrl-C or a service manager
            command.destroy();
            awaitStopping();
        }
        assertThat(command.waitFor(90, TimeUnit.SECONDS)).as("the command ended").isTrue();

        // then the run is STOPPED, the command said how to resume it, and the restart publishes
        JobInstance run = jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
        long runId = run.getInstanceId();
        assertThat(Files.readString(stderr, StandardCharsets.UTF_8))
                .contains("touchstone: run " + runId + " stopped; resume it with touchstone restart " + runId);
        assertThat(statusOf(runId)).isEqualTo(BatchStatus.STOPPED);
        releaseTheLoad();
        assertThat(runner.restart(runId).published()).isTrue();
    }

    @Test
    void sigtermStopsAServiceMidRunAndTheNextFiringResumesTheRun() throws Exception {
        // given touchstone serve in its own process, firing every second, its run held mid-load
        Fixtures.deliverNightly(inbox());
        Files.writeString(HOME.resolve("application.yml"),
                "touchstone:\n  schedules:\n    - name: nightly\n      cron: \"* * * * * *\"\n");
        Path stdout = Files.createTempFile("touchstone-serve", ".txt");
        Process service;
        try (HeldLoad held = HeldLoad.take(dataSource)) {
            service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dtouchstone.ingest.chunk-size=10", "-cp", System.getProperty("java.class.path"),
                    TouchstoneCommand.class.getName(), "--home", HOME.toString(), "--db-url", TestDatabase.jdbcUrl(),
                    "serve", "--port", "0")
                    .redirectErrorStream(true)
                    .redirectOutput(stdout.toFile())
                    .start();
            awaitHeld();

            // when the service manager stops it
            service.destroy();
            awaitStopping();
        } finally {
            Files.deleteIfExists(HOME.resolve("application.yml"));
        }
        assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("the service ended").isTrue();

        // then its run stopped at a chunk boundary, said so, and published nothing
        long runId = jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME).getInstanceId();
        assertThat(statusOf(runId)).isEqualTo(BatchStatus.STOPPED);
        assertThat(Files.readString(stdout, StandardCharsets.UTF_8))
                .contains("run " + runId + " stopped as the service stops; the next firing resumes it");
        assertThat(out()).isEmptyDirectory();

        // and the schedule's next firing resumes that run to the end
        releaseTheLoad();
        FiringOutcome next = scheduledRuns.fire(new ScheduleDefinition("nightly", "* * * * * *", "month", null, null),
                Instant.now());
        assertThat(next.decision()).as(next.line()).isEqualTo(FiringOutcome.Decision.COMPLETED);
        assertThat(next.runId()).isEqualTo(runId);
    }

    /** Waits until a load waits for the lock: the run is between two chunks' commits. */
    private void awaitHeld() throws InterruptedException {
        HeldLoad.awaitHeld(dsl);
    }

    /**
     * Waits until the command's shutdown hook has asked its run to stop. Spring Batch records the
     * request as STOPPED at once; the run itself, held at the lock, has not moved on yet.
     */
    private void awaitStopping() throws InterruptedException {
        long runId = jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME).getInstanceId();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (statusOf(runId) != BatchStatus.STOPPED) {
            assertThat(Instant.now()).as("the command asked its run to stop").isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private BatchStatus statusOf(long runId) {
        return jobRepository.getLastJobExecution(jobRepository.getJobInstance(runId)).getStatus();
    }
}
