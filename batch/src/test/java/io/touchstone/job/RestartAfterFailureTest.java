package io.touchstone.job;

import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchstone.period.PeriodKind;
import io.touchstone.support.Fixtures;
import io.touchstone.support.SimulatedOutage;
import io.touchstone.support.WarehouseSnapshot;
import io.touchstone.support.WarehouseTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A run that fails in the middle of loading a feed — after some chunks are committed — and is
 * restarted ends exactly as a clean run would: same rows, same counts, same numbers.
 */
@TestPropertySource(properties = "touchstone.ingest.chunk-size=10")
class RestartAfterFailureTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);

    @Autowired
    NightlyJobRunner runner;

    @Autowired
    JobRepository jobRepository;

    @AfterEach
    void restoreTheDatabase() {
        dsl.execute("drop trigger if exists simulated_outage on response");
    }

    @Test
    void aRestartedRunEndsWithTheSameResultAsACleanRun() {
        // given the result of a clean run
        WarehouseSnapshot clean = aCleanNightlyRunsResult(runner, BUSINESS_DATE);

        // when the database fails while the responses are half loaded (the 5th chunk of 10)
        Fixtures.deliverNightly(inbox());
        dsl.execute("""
                create or replace function fail_on_sep001() returns trigger language plpgsql as $$
                begin raise exception 'simulated outage while loading %', new.response_id; end $$""");
        dsl.execute("""
                create trigger simulated_outage before insert on response for each row
                when (new.response_id = 'SEP001') execute function fail_on_sep001()""");
        RunResult failed = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());

        // then the run failed after committing the chunks before the failure
        assertThat(failed.published()).isFalse();
        assertThat(failed.failure()).contains("ingestResponsesStep");
        assertThat(dsl.fetchCount(RESPONSE)).isBetween(1, 101);

        // when the cause is fixed and the run restarted
        dsl.execute("drop trigger simulated_outage on response");
        RunResult restarted = runner.restart(failed.runId());

        // then it ends as the clean run did, with no duplicates and no double counts
        assertThat(restarted.published()).isTrue();
        assertThat(restarted.runId()).isEqualTo(failed.runId());
        assertThat(WarehouseSnapshot.of(dsl)).isEqualTo(clean);
    }

    @Test
    void aRunWhoseStepsEndedWithoutTheirEndRecordedRestartsFromTheirLastCommit() {
        // given the result of a clean run
        WarehouseSnapshot clean = aCleanNightlyRunsResult(runner, BUSINESS_DATE);

        // and a run failed half-way through the responses whose failed steps could not record
        // their end, as when a stop request races a chunk's commit (Spring Batch says UNKNOWN)
        Fixtures.deliverNightly(inbox());
        RunResult failed;
        try (SimulatedOutage outage = SimulatedOutage.onInserting(dsl, "SEP001")) {
            failed = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        }
        assertThat(failed.published()).isFalse();
        JobExecution last = jobRepository.getLastJobExecution(jobRepository.getJobInstance(failed.runId()));
        List<String> unrecorded = new ArrayList<>();
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.FAILED) {
                step.setStatus(BatchStatus.UNKNOWN);
                jobRepository.update(step);
                unrecorded.add(step.getStepName());
            }
        }
        assertThat(unrecorded).contains("ingestResponsesStep");

        // when it is restarted, then it resumes those steps and ends as the clean run did
        RunResult restarted = runner.restart(failed.runId());
        assertThat(restarted.published()).isTrue();
        assertThat(WarehouseSnapshot.of(dsl)).isEqualTo(clean);
    }

    @Test
    void aRestartOfARunThatACleanRunOfItsPeriodSupersededIsRefused() {
        // given a run that failed, then a later run of the same period that completed
        Fixtures.deliverNightly(inbox());
        RunResult failed;
        try (SimulatedOutage outage = SimulatedOutage.onInserting(dsl, "SEP001")) {
            failed = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        }
        assertThat(failed.published()).isFalse();
        RunResult clean = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        assertThat(clean.published()).isTrue();

        // when the failed run is restarted, then it is refused with what to do instead
        assertThatThrownBy(() -> runner.restart(failed.runId()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("run " + failed.runId() + " for 2026-10-31 (month) was superseded by run " + clean.runId()
                        + ", which completed; rerun the period with touchstone rerun --date 2026-10-31 if you need"
                        + " it again");
    }
}
