package io.touchstone.schedule;

import io.touchstone.delivery.DeliveryOutcome;
import io.touchstone.delivery.DeliveryService;
import io.touchstone.ingest.DeliveryFolders;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.job.RunSummary;
import io.touchstone.schedule.FiringOutcome.Decision;
import io.touchstone.sql.generated.tables.records.ScheduleRunRecord;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.system.TouchstoneProperties;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides and does what one firing of a schedule calls for: nothing when another process holds
 * the business date or its run completed; restart when the date's run failed (or its process
 * died); wait while a feed it waits for has not delivered and the deadline has not passed;
 * otherwise run the nightly job for the date. Time is given, never read, so tests control it.
 */
@Component
public class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleClaims claims;
    private final DataReadiness readiness;
    private final NightlyJobRunner runner;
    private final DeliveryFolders folders;
    private final DeliveryService delivery;
    private final ZoneId zone;
    private final TouchstoneHome home;

    public ScheduledRuns(ScheduleClaims claims, DataReadiness readiness, NightlyJobRunner runner,
            DeliveryFolders folders, DeliveryService delivery, TouchstoneProperties properties) {
        this.claims = claims;
        this.readiness = readiness;
        this.runner = runner;
        this.folders = folders;
        this.delivery = delivery;
        this.zone = properties.reporting().timeZone();
        this.home = properties.touchstoneHome();
    }

    /** One firing of {@code schedule} at {@code now}; the outcome is logged in one line and returned. */
    public FiringOutcome fire(ScheduleDefinition schedule, Instant now) {
        LocalDate businessDate = schedule.businessDate(now.atZone(zone));
        log.info("{} fired for business date {}", schedule.name(), businessDate);
        FiringOutcome outcome = claims.tryClaim(schedule.name(), businessDate)
                .map(claim -> {
                    try (claim) {
                        return decide(schedule, businessDate, now);
                    }
                })
                .orElseGet(() -> new FiringOutcome(schedule.name(), businessDate, Decision.HELD_ELSEWHERE, null,
                        List.of(), ""));
        log.info(outcome.line());
        return outcome;
    }

    private FiringOutcome decide(ScheduleDefinition schedule, LocalDate businessDate, Instant now) {
        ScheduleRunRecord row = claims.row(schedule.name(), businessDate, schedule.periodKind().code(), now);
        ScheduleStatus status = ScheduleStatus.fromCode(row.getStatus());
        if (status == ScheduleStatus.COMPLETED) {
            return outcome(schedule, businessDate, Decision.ALREADY_DONE, row.getRunId(), List.of(), "");
        }
        List<String> missing = missingFeeds(row);
        if (status == ScheduleStatus.FAILED || status == ScheduleStatus.RUNNING) {
            // Running while this process holds the date means the process that ran it is gone.
            Optional<Long> unfinished = Optional.ofNullable(row.getRunId()).or(() -> unfinishedRun(schedule, businessDate));
            if (unfinished.isPresent()) {
                log.info("{} {}: restarting run {}", schedule.name(), businessDate, unfinished.get());
                return finish(schedule, row, runner.restart(unfinished.get()), missing, now);
            }
        }
        missing = readiness.missing(schedule, claims.lastSuccess(schedule.name()));
        Instant deadline = schedule.deadline() == null ? null
                : row.getFirstFiredAt().toInstant().plus(schedule.deadline());
        if (!missing.isEmpty() && (deadline == null || now.isBefore(deadline))) {
            claims.update(row, ScheduleStatus.WAITING, null, missing, now);
            String until = deadline == null ? "" : " (runs anyway at " + CLOCK_TIME.format(deadline.atZone(zone)) + ")";
            return outcome(schedule, businessDate, Decision.WAITING, null, missing, until);
        }
        claims.update(row, ScheduleStatus.RUNNING, null, missing, now);
        log.info("{} {}: starting the {} run{}", schedule.name(), businessDate, schedule.periodKind().code(),
                missing.isEmpty() ? "" : " without " + String.join(", ", missing) + " (deadline passed)");
        Path inbox = home.inbox();
        return finish(schedule, row, runner.run(businessDate, schedule.periodKind(), inbox, home.out()), missing, now);
    }

    private FiringOutcome finish(ScheduleDefinition schedule, ScheduleRunRecord row, RunResult result,
            List<String> missing, Instant now) {
        LocalDate businessDate = row.getBusinessDate();
        if ("STOPPED".equals(result.status())) {
            // Stopped by a shutdown at a chunk boundary: not a failure, and the next firing resumes it.
            claims.update(row, ScheduleStatus.FAILED, result.runId(), missing, now);
            return outcome(schedule, businessDate, Decision.STOPPED, result.runId(), missing, "");
        }
        if (!result.published()) {
            claims.update(row, ScheduleStatus.FAILED, result.runId(), missing, now);
            delivery.alertRunFailed(result.runId(), result.failure());
            return outcome(schedule, businessDate, Decision.FAILED, result.runId(), missing, result.failure());
        }
        claims.update(row, ScheduleStatus.COMPLETED, result.runId(), missing, now);
        readiness.markers(schedule).forEach(marker -> folders.archive(marker, businessDate));
        if (!missing.isEmpty()) {
            delivery.alertFeedsMissing(result.runId(), schedule.name(), missing);
        }
        DeliveryOutcome delivered = delivery.deliver(result.runId(), false);
        String without = missing.isEmpty() ? "" : ", without " + String.join(", ", missing) + " (deadline passed)";
        return outcome(schedule, businessDate, Decision.COMPLETED, result.runId(), missing,
                ", published " + result.folder() + without + "; deliveries: " + delivered.summary());
    }

    /** The newest run of the date and period that did not complete: the one a dead process left. */
    private Optional<Long> unfinishedRun(ScheduleDefinition schedule, LocalDate businessDate) {
        return runner.history(50).stream()
                .filter(run -> run.businessDate().equals(businessDate)
                        && run.period().equals(schedule.periodKind().code())
                        && !run.status().equals("COMPLETED"))
                .max(Comparator.comparingLong(RunSummary::runId))
                .map(RunSummary::runId);
    }

    private static List<String> missingFeeds(ScheduleRunRecord row) {
        return row.getMissingFeeds() == null ? List.of() : List.of(row.getMissingFeeds().split(","));
    }

    private static FiringOutcome outcome(ScheduleDefinition schedule, LocalDate businessDate, Decision decision,
            Long runId, List<String> missing, String detail) {
        return new FiringOutcome(schedule.name(), businessDate, decision, runId, missing, detail);
    }
}
