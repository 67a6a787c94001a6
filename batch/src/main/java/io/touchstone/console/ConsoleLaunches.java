package io.touchstone.console;

import io.touchstone.delivery.DeliveryService;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunHistory;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.system.TouchstoneProperties;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Runs, backfills and restarts started from the console, one at a time on a thread of their own,
 * in the home's inbox and out folders. The request gets the run's id as soon as the job has one
 * (a refusal — the same period going elsewhere, a superseded run — comes back as its sentence)
 * and the run goes on after the answer. A second launch while one is going is refused: two
 * loads of the same inbox side by side would race for its files.
 */
@Component
@ConditionalOnWebApplication
final class ConsoleLaunches {

    private static final Logger log = LoggerFactory.getLogger(ConsoleLaunches.class);
    /** Time for the checks before a run has an id: the distribution file, a dead owner's run. */
    private static final Duration START_WAIT = Duration.ofSeconds(60);

    /** Runs looked through for an earlier completed run of the same period. */
    private static final int LOOK_AT_MOST = 5000;

    private final NightlyJobRunner runner;
    private final RunHistory history;
    private final DeliveryService delivery;
    private final TouchstoneHome home;
    private final ConsoleProperties settings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-run");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> going = new AtomicReference<>();

    ConsoleLaunches(NightlyJobRunner runner, RunHistory history, DeliveryService delivery,
            TouchstoneProperties properties, ConsoleProperties settings) {
        this.runner = runner;
        this.history = history;
        this.delivery = delivery;
        this.home = properties.touchstoneHome();
        this.settings = settings;
    }

    /**
     * Starts the run of a business date's period; returns its id. With {@code deliver}, a run that
     * completes is e-mailed to the distribution file's recipients, marked corrected when an earlier
     * run of the same period completed (as {@code touchstone rerun --deliver} does).
     */
    long run(LocalDate businessDate, PeriodKind period, boolean deliver, String who) {
        return launch(who + " started " + period.code() + " " + businessDate + (deliver ? ", to be delivered" : ""),
                started -> {
                    RunResult result = runner.run(businessDate, period, home.inbox(), home.out(), started::complete);
                    log.info("Console run {} for {} ({}) ended {}", result.runId(), businessDate, period.code(),
                            result.status());
                    if (deliver && result.published()) {
                        boolean corrected = !history.recent(run -> run.runId() != result.runId()
                                && run.businessDate().equals(businessDate) && run.period().equals(period.code())
                                && run.status().equals("COMPLETED"), 1, LOOK_AT_MOST).isEmpty();
                        log.info("Console run {} delivered: {}", result.runId(),
                                delivery.deliver(result.runId(), corrected).summary());
                    }
                });
    }

    /**
     * Starts a backfill: one run per period from {@code from} to {@code to}, oldest first, each
     * after the last; returns the first run's id. A run that stops ends the backfill.
     */
    Backfill backfill(LocalDate from, LocalDate to, PeriodKind period, String who) {
        List<LocalDate> dates = ReportingPeriod.backfillDates(period, from, to);
        if (dates.size() > settings.maxBackfillRuns()) {
            throw new IllegalArgumentException("From " + from + " to " + to + " is " + dates.size() + " " + period.code()
                    + " runs, more than the " + settings.maxBackfillRuns() + " one backfill may start"
                    + " (touchstone.console.max-backfill-runs); split the range.");
        }
        long first = launch(who + " started a backfill of " + dates.size() + " " + period.code() + " runs", started -> {
            for (LocalDate date : dates) {
                RunResult result = runner.run(date, period, home.inbox(), home.out(), started::complete);
                log.info("Backfill run {} for {} ({}) ended {}", result.runId(), date, period.code(), result.status());
                if (result.stopped()) {
                    return;
                }
            }
        });
        return new Backfill(first, dates);
    }

    /** Restarts a failed or stopped run where it stopped. */
    void restart(long runId, String who) {
        try {
            launch(who + " restarted run " + runId, started -> {
                RunResult result = runner.restart(runId, started::complete);
                log.info("Console restart of run {} ended {}", result.runId(), result.status());
            });
        } catch (IllegalArgumentException e) {
            // The job refuses a restart of a run that completed or was superseded: the run's state, not the request.
            throw new RunConflictException(e.getMessage());
        }
    }

    /** What a backfill will run: the first run's id and the business dates, oldest first. */
    record Backfill(long firstRunId, List<LocalDate> dates) {
    }

    @FunctionalInterface
    private interface Launch {
        void go(CompletableFuture<Long> started) throws Exception;
    }

    private synchronized long launch(String what, Launch launch) {
        String current = going.get();
        if (current != null) {
            throw new RunConflictException("A run started from the console is going (" + current
                    + "); wait for it to finish, then try again.");
        }
        CompletableFuture<Long> started = new CompletableFuture<>();
        going.set(what);
        log.info("{}", what);
        worker.execute(() -> {
            try {
                launch.go(started);
            } catch (Exception | Error e) {
                if (!started.completeExceptionally(e)) {
                    log.error("{} failed: {}", what, e.getMessage(), e);
                }
            } finally {
                started.complete(null);
                going.set(null);
            }
        });
        try {
            Long runId = started.get(START_WAIT.toSeconds(), TimeUnit.SECONDS);
            if (runId == null) {
                throw new IllegalStateException("Nothing was started (" + what + "); the log says why.");
            }
            return runId;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new RunConflictException("The run has not started after " + START_WAIT.toSeconds()
                    + " seconds; see the runs page and the log.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the run", e);
        }
    }

    @PreDestroy
    void close() {
        // The session's shutdown hook has asked the run to stop at a chunk boundary; let it get there.
        worker.shutdown();
        try {
            worker.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
