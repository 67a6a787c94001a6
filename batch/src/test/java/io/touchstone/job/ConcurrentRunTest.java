package io.touchstone.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.run.NightlyRun;
import io.touchstone.support.Fixtures;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two processes on one home share one database: a second run of a business date and period
 * while the first is still going is refused in one line, and a run whose process was killed is
 * taken for the crash it was.
 */
class ConcurrentRunTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);

    @Autowired
    NightlyJobRunner runner;

    @Autowired
    JobRepository jobRepository;

    private Process owner;

    @AfterEach
    void endTheOwner() throws InterruptedException {
        if (owner != null) {
            owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRunOfAPeriodAnotherProcessIsStillRunningIsRefusedInOneLine() throws IOException {
        // given a run of October started at 19:02 by a process that is still alive
        owner = new ProcessBuilder("sleep", "120").start();
        JobInstance going = runningInstance(ownerOf(owner.toHandle()), LocalDate.now().atTime(19, 2));
        long runId = going.getInstanceId();
        String refusal = "run " + runId + " for 2026-10-31 (month) is still going, started 19:02 by process "
                + owner.pid() + " on this machine; wait for it, or see 'touchstone runs'";

        // when another run, or a restart, of it is asked for, then each is refused with that line
        Fixtures.deliverNightly(inbox());
        assertThatThrownBy(() -> runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out()))
                .hasMessage(refusal);
        assertThatThrownBy(() -> runner.restart(runId)).hasMessage(refusal);

        // and the first run is left as it was, with no second one beside it
        assertThat(jobRepository.getLastJobExecution(going).getStatus()).isEqualTo(BatchStatus.STARTED);
        assertThat(jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, 10)).hasSize(1);
    }

    @Test
    void aRunLeftRunningByAProcessThatHasGoneIsMarkedFailedAndTheNewRunGoesAhead() throws Exception {
        // given a run of October whose process was killed (kill -9 leaves it STARTED)
        Process killed = new ProcessBuilder("sleep", "120").start();
        RunOwner gone = ownerOf(killed.toHandle());
        killed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        JobInstance left = runningInstance(gone, LocalDateTime.now().minusHours(3));
        long leftId = left.getInstanceId();

        // when
        Fixtures.deliverNightly(inbox());
        RunResult result = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());

        // then the new run published, and said what became of the old one
        assertThat(result.published()).isTrue();
        assertThat(result.notices()).containsExactly("run " + leftId + " for 2026-10-31 (month) was left running by"
                + " process " + gone.pid() + " on this machine, which has gone; it is marked failed, resume it with"
                + " touchstone restart " + leftId);
        assertThat(jobRepository.getLastJobExecution(left).getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    /**
     * The October run as the job repository holds it while its owner runs it. (Not a method
     * returning a JobExecution: Spring Batch's test support would call that to set up its scopes.)
     */
    private JobInstance runningInstance(RunOwner runOwner, LocalDateTime startedAt) {
        JobParameters parameters = runOwner.owning(NightlyRun.parameters(BUSINESS_DATE, PeriodKind.MONTH,
                FiscalCalendar.DEFAULT, HOME, inbox(), out(), startedAt));
        JobInstance instance = jobRepository.createJobInstance(NightlyJobConfiguration.JOB_NAME, parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStartTime(startedAt);
        execution.setStatus(BatchStatus.STARTED);
        jobRepository.update(execution);
        return instance;
    }

    private static RunOwner ownerOf(ProcessHandle process) {
        return new RunOwner(process.pid(), RunOwner.current().host(), process.info().startInstant().orElse(null));
    }
}
