package io.touchstone.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * What one firing of a schedule decided and did, as {@code serve} logs it in one line.
 *
 * @param runId the run started, restarted or found; {@code null} when none
 * @param missingFeeds the feeds still missing (waiting), or run without at the deadline
 */
public record FiringOutcome(String schedule, LocalDate businessDate, Decision decision, Long runId,
        List<String> missingFeeds, String detail) {

    public FiringOutcome {
        missingFeeds = List.copyOf(missingFeeds);
    }

    /** What a firing can decide. */
    public enum Decision {
        /** Another serve process holds the date: it is deciding or running. */
        HELD_ELSEWHERE,
        /** The date's run completed already. */
        ALREADY_DONE,
        /** A feed the schedule waits for has not delivered, and the deadline has not passed. */
        WAITING,
        /** A run was started, or a failed one restarted, and it completed. */
        COMPLETED,
        /** The run was stopped at a chunk boundary because the service is stopping. */
        STOPPED,
        /** The run started or restarted failed. */
        FAILED
    }

    /** The log line: schedule, business date, what happened. */
    public String line() {
        String head = schedule + " " + businessDate + ": ";
        return switch (decision) {
            case HELD_ELSEWHERE -> head + "skipped, another touchstone serve is working on it";
            case ALREADY_DONE -> head + "skipped, run " + runId + " already completed";
            case WAITING -> head + "waiting for data: " + String.join(", ", missingFeeds) + detail;
            case COMPLETED -> head + "run " + runId + " completed" + detail;
            case STOPPED -> head + "run " + runId + " stopped as the service stops; the next firing resumes it";
            case FAILED -> head + "run " + runId + " failed: " + detail;
        };
    }
}
