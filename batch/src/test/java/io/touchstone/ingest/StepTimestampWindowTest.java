package io.touchstone.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchstone.period.FiscalCalendar;
import io.touchstone.period.PeriodKind;
import io.touchstone.run.NightlyRun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** Each ingest step checks timestamps against its own run's business date, whichever thread it runs on. */
class StepTimestampWindowTest {

    private final StepTimestampWindow windows = new StepTimestampWindow(ZoneId.of("UTC"), Period.ofDays(10),
            Period.ofDays(1));

    @Test
    void aStepChecksAgainstItsOwnRunsBusinessDateWhileAnotherRunsBeside() throws Exception {
        OffsetDateTime firstOfNovember = OffsetDateTime.parse("2026-11-01T12:00:00Z");
        windows.beforeStep(stepOf(LocalDate.of(2026, 11, 5)));
        String besideOnAnotherThread = CompletableFuture.supplyAsync(() -> {
            windows.beforeStep(stepOf(LocalDate.of(2026, 12, 31)));
            try {
                return windows.get().problem("responded_at", "2026-11-01", firstOfNovember).reason();
            } finally {
                windows.afterStep(null);
            }
        }).get();

        assertThat(windows.get().problem("responded_at", "2026-11-01", firstOfNovember)).isNull();
        assertThat(besideOnAnotherThread).contains("before the business date 2026-12-31");
        windows.afterStep(null);
    }

    @Test
    void outsideAnIngestStepThereIsNoWindowToCheckAgainst() {
        windows.beforeStep(stepOf(LocalDate.of(2026, 11, 5)));
        windows.afterStep(null);

        assertThatThrownBy(windows::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No ingest step is executing on");
    }

    private static StepExecution stepOf(LocalDate businessDate) {
        return MetaDataInstanceFactory.createStepExecution(NightlyRun.parameters(businessDate, PeriodKind.MONTH,
                FiscalCalendar.DEFAULT, Path.of(""), Path.of("inbox"), Path.of("out"), LocalDateTime.now()));
    }
}
