package io.touchstone.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * A long step shows rows so far, rate and time left on a terminal at most every few seconds,
 * and only its closing line when the output is not a terminal; the clock is the test's own.
 */
class StepProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(100 * SECOND);
    private final List<String> console = new ArrayList<>();

    @Test
    void aLineShowsRowsRateAndTimeLeftWhenTheTotalIsKnown() {
        StepProgress progress = new StepProgress("ingestResponsesStep", 1_000_000, 0, Duration.ofSeconds(5));

        assertThat(progress.update(250_000, 10 * SECOND))
                .hasValue("ingestResponsesStep: 250,000 rows of 1,000,000, 25,000 rows/s, 0:30 left");
        assertThat(progress.finish(1_000_000, 3725 * SECOND))
                .isEqualTo("ingestResponsesStep: 1,000,000 rows in 1:02:05, 268 rows/s");
    }

    @Test
    void theTimeLeftIsADashWhenNoTotalIsKnown() {
        StepProgress progress = new StepProgress("themeMiningStep", StepProgress.UNKNOWN, 0, Duration.ofSeconds(5));

        assertThat(progress.update(12_000, 6 * SECOND))
                .hasValue("themeMiningStep: 12,000 rows, 2,000 rows/s, — left");
    }

    @Test
    void noMoreThanOneLinePerInterval() {
        StepProgress progress = new StepProgress("ingestResponsesStep", StepProgress.UNKNOWN, 0, Duration.ofSeconds(5));

        assertThat(progress.update(100, 4 * SECOND)).isEmpty();
        assertThat(progress.update(200, 5 * SECOND)).isPresent();
        assertThat(progress.update(300, 9 * SECOND)).isEmpty();
        assertThat(progress.update(400, 10 * SECOND)).isPresent();
    }

    @Test
    void onATerminalAStepShowsItsProgressAndItsClosingLine() {
        ProgressListener listener = listener(true);
        StepExecution step = MetaDataInstanceFactory.createStepExecution("ingestResponsesStep", 7L);

        runChunks(listener, step);

        assertThat(console).containsExactly(
                "ingestResponsesStep: 5,000 rows, 1,000 rows/s, — left",
                "ingestResponsesStep: 10,000 rows, 1,000 rows/s, — left",
                "ingestResponsesStep: 12,000 rows in 0:12, 1,000 rows/s");
    }

    @Test
    void withoutATerminalAStepShowsOnlyItsClosingLine() {
        ProgressListener listener = listener(false);
        StepExecution step = MetaDataInstanceFactory.createStepExecution("ingestResponsesStep", 7L);

        runChunks(listener, step);

        assertThat(console).containsExactly("ingestResponsesStep: 12,000 rows in 0:12, 1,000 rows/s");
    }

    private ProgressListener listener(boolean terminal) {
        return new ProgressListener(() -> terminal, now::get, console::add, Duration.ofSeconds(5));
    }

    /** Twelve chunks of 1,000 rows, one a second. */
    private void runChunks(ProgressListener listener, StepExecution step) {
        listener.beforeStep(step);
        StepSynchronizationManager.register(step);
        try {
            for (int chunk = 1; chunk <= 12; chunk++) {
                now.addAndGet(SECOND);
                step.setReadCount(chunk * 1000L);
                listener.afterChunk(new Chunk<>());
            }
        } finally {
            StepSynchronizationManager.close();
        }
        listener.afterStep(step);
    }
}
