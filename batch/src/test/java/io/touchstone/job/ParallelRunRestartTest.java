package io.touchstone.job;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.KPI_VALUE;
import static io.touchstone.sql.generated.Tables.THEME_MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.period.PeriodKind;
import io.touchstone.support.Fixtures;
import io.touchstone.support.SimulatedOutage;
import io.touchstone.support.WarehouseSnapshot;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A run whose parts go side by side — a feed's files in partitions, the KPIs beside the text
 * mining — and that fails in one of them restarts just what did not complete and ends as a clean
 * run would: same rows, same counts, same numbers.
 */
@TestPropertySource(properties = {"touchstone.ingest.chunk-size=10", "touchstone.run.parallelism=2"})
class ParallelRunRestartTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);

    @Autowired
    NightlyJobRunner runner;

    @Autowired
    JobRepository jobRepository;

    @Test
    void aRunFailedInOneFilesPartitionRestartsThatFileAloneAndEndsAsACleanRun() throws IOException {
        // given the result of a clean run of the responses delivered in two files
        deliverResponsesInTwoFiles();
        assertThat(runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out()).published()).isTrue();
        WarehouseSnapshot clean = WarehouseSnapshot.of(dsl);
        emptyWarehouse();

        // when the database fails in the third chunk of the second file
        deliverResponsesInTwoFiles();
        RunResult failed;
        try (SimulatedOutage outage = SimulatedOutage.onInserting(dsl, "SEP024")) {
            failed = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        }

        // then the run failed in the responses' step, the first file loaded whole, the second in part
        assertThat(failed.published()).isFalse();
        assertThat(failed.failure()).startsWith("failed in ingestResponsesStep: ");
        assertThat(rowsRead()).containsEntry("responses_2026-10_a.csv", 50L)
                .hasEntrySatisfying("responses_2026-10_b.csv", read -> assertThat(read).isBetween(1L, 52L));
        assertThat(failed.steps()).extracting(StepTiming::step)
                .contains("ingestResponsesStep")
                .noneMatch(step -> step.contains(":"));

        // when the run is restarted
        RunResult restarted = runner.restart(failed.runId());

        // then it ends as the clean run did, having loaded the first file once and the second again
        assertThat(restarted.published()).isTrue();
        assertThat(WarehouseSnapshot.of(dsl)).isEqualTo(clean);
        Map<String, Long> executions = stepExecutions(failed.runId());
        assertThat(executions).containsEntry("ingestResponsesStep:partition0", 1L)
                .containsEntry("ingestResponsesStep:partition1", 2L)
                .containsEntry("ingestResponsesStep", 2L);
    }

    @Test
    void aRunFailedInTheTextMiningRestartsItWithoutRedoingTheKpisAndEndsAsACleanRun() {
        // given the result of a clean run
        WarehouseSnapshot clean = aCleanNightlyRunsResult(runner, BUSINESS_DATE);

        // when the theme measures cannot be written, while the KPIs run beside the text mining
        Fixtures.deliverNightly(inbox());
        RunResult failed;
        try (SimulatedOutage outage = SimulatedOutage.onInsertingInto(dsl, "theme_measure")) {
            failed = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        }

        // then the run failed in the text mining, and the warehouse side (KPIs, emerging topics) completed beside it
        assertThat(failed.published()).isFalse();
        assertThat(failed.failure()).startsWith("failed in themeMiningStep: ").contains("simulated outage");
        assertThat(statuses(failed.runId())).containsEntry("outcomeKpiStep", BatchStatus.COMPLETED)
                .containsEntry("operationsKpiStep", BatchStatus.COMPLETED)
                .containsEntry("benchmarkStep", BatchStatus.COMPLETED)
                .containsEntry("emergingTopicStep", BatchStatus.COMPLETED)
                .containsEntry("themeMiningStep", BatchStatus.FAILED)
                .doesNotContainKeys("socialBenchmarkStep", "publishStep");
        assertThat(dsl.fetchCount(KPI_VALUE)).isPositive();
        assertThat(dsl.fetchCount(THEME_MEASURE)).isZero();

        // when the run is restarted
        RunResult restarted = runner.restart(failed.runId());

        // then it ends as the clean run did, the comment index side run again and the rest not
        assertThat(restarted.published()).isTrue();
        assertThat(WarehouseSnapshot.of(dsl)).isEqualTo(clean);
        assertThat(stepExecutions(failed.runId())).containsEntry("ingestResponsesStep", 1L)
                .containsEntry("outcomeKpiStep", 1L)
                .containsEntry("operationsKpiStep", 1L)
                .containsEntry("benchmarkStep", 1L)
                .containsEntry("themeMiningStep", 2L)
                .containsEntry("socialBenchmarkStep", 1L)
                .containsEntry("emergingTopicStep", 1L);
    }

    /** The fixture's responses as two deliveries: October's in the first, the rest in the second. */
    private static void deliverResponsesInTwoFiles() throws IOException {
        Fixtures.deliverNightly(inbox());
        Path whole = inbox().resolve("responses_2026-10.csv");
        List<String> lines = Files.readAllLines(whole);
        Files.write(inbox().resolve("responses_2026-10_a.csv"), lines.subList(0, 51));
        Files.write(inbox().resolve("responses_2026-10_b.csv"),
                Stream.concat(lines.subList(0, 1).stream(), lines.subList(51, lines.size()).stream())
                        .toList());
        Files.delete(whole);
    }

    private Map<String, Long> rowsRead() {
        return dsl.select(INGEST_FILE.FILE_NAME, INGEST_FILE.ROWS_READ).from(INGEST_FILE)
                .where(INGEST_FILE.FEED.eq("responses"))
                .fetchMap(INGEST_FILE.FILE_NAME, INGEST_FILE.ROWS_READ);
    }

    /** Per step name, how many times the run (all its attempts) executed it. */
    private Map<String, Long> stepExecutions(long runId) {
        return attempts(runId).stream().flatMap(attempt -> attempt.getStepExecutions().stream())
                .collect(Collectors.groupingBy(StepExecution::getStepName, Collectors.counting()));
    }

    /** Per step name, its status in the run's first attempt. */
    private Map<String, BatchStatus> statuses(long runId) {
        return attempts(runId).get(0).getStepExecutions().stream()
                .collect(Collectors.toMap(StepExecution::getStepName, StepExecution::getStatus));
    }

    private List<JobExecution> attempts(long runId) {
        return jobRepository.getJobExecutions(jobRepository.getJobInstance(runId)).stream()
                .sorted(Comparator.comparing(JobExecution::getId))
                .toList();
    }
}
