package io.touchstone.job;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The steps of a run as a person reads them: a feed's ingest step once, with the totals of its
 * files, and not again for each file's partition ({@code ingestResponsesStep:partition0}), which
 * Spring Batch keeps as a step execution of its own and sums into the feed's step. A failure is
 * told by the step it happened in and its own cause, not by the "a partition failed" its feed's
 * step reports on top.
 */
final class ReportedSteps {

    /** How Spring Batch names a partition's execution: its step's name, this, the partition's name. */
    private static final String PARTITION_SEPARATOR = ":";

    private ReportedSteps() {
    }

    /** The run's steps without the partitions, in no particular order. */
    static Stream<StepExecution> of(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(step -> !isPartition(step));
    }

    /** The step a failed run failed in: a feed's step for a failed partition of it. */
    static Optional<String> failedStep(JobExecution execution) {
        return of(execution).filter(step -> step.getStatus() == BatchStatus.FAILED)
                .min(Comparator.comparing(ReportedSteps::startOf))
                .map(StepExecution::getStepName);
    }

    /**
     * The first cause of a failed run: a partition's own failure before its feed's step's, then
     * the other steps' in the order they started, then the job's.
     */
    static Optional<Throwable> firstFailure(JobExecution execution) {
        List<StepExecution> byCause = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing((StepExecution step) -> !isPartition(step))
                        .thenComparing(ReportedSteps::startOf))
                .toList();
        return Stream.concat(byCause.stream().flatMap(step -> step.getFailureExceptions().stream()),
                        execution.getFailureExceptions().stream())
                .findFirst();
    }

    private static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(PARTITION_SEPARATOR);
    }

    private static LocalDateTime startOf(StepExecution step) {
        return step.getStartTime() != null ? step.getStartTime() : LocalDateTime.MAX;
    }
}
