package io.touchstone.run;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows a long step's progress while it runs. On a terminal, after each chunk, at most once per
 * interval: rows so far, rows per second and the time left ({@link StepProgress}); when the
 * output is not a terminal (a log file, a pipe, a scheduler), nothing until the step's one
 * closing line. The same figures go to the log either way. One listener serves every step,
 * even steps running side by side: each execution keeps its own progress.
 */
public final class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    /** Often enough to see a step move, seldom enough not to scroll the screen away. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);

    private final BooleanSupplier terminal;
    private final LongSupplier nanoClock;
    private final Consumer<String> console;
    private final Duration every;
    private final Map<Long, StepProgress> steps = new ConcurrentHashMap<>();

    public ProgressListener(BooleanSupplier terminal, LongSupplier nanoClock, Consumer<String> console,
            Duration every) {
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.console = console;
        this.every = every;
    }

    /** Progress on this process's console, when it has one. */
    public static ProgressListener onConsole() {
        return new ProgressListener(() -> System.console() != null, System::nanoTime, System.out::println, EVERY);
    }

    @Override
    public void beforeStep(StepExecution step) {
        long total = step.getExecutionContext().getLong(StepProgress.TOTAL_ROWS, StepProgress.UNKNOWN);
        steps.put(step.getId(), new StepProgress(step.getStepName(), total, nanoClock.getAsLong(), every));
    }

    @Override
    public void afterChunk(ChunkContext context) {
        progressOf(context.getStepContext().getStepExecution());
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context != null) {
            progressOf(context.getStepExecution());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        StepProgress progress = steps.remove(step.getId());
        if (progress != null) {
            String line = progress.finish(rows(step), nanoClock.getAsLong());
            console.accept(line);
            LOG.info(line);
        }
        return null;
    }

    private void progressOf(StepExecution step) {
        StepProgress progress = steps.get(step.getId());
        if (progress == null) {
            return;
        }
        progress.update(rows(step), nanoClock.getAsLong()).ifPresent(line -> {
            if (terminal.getAsBoolean()) {
                console.accept(line);
            }
            LOG.info(line);
        });
    }

    /** Rows read for a loading step, rows written for a computing one, as the run's timings count them. */
    private static long rows(StepExecution step) {
        return Math.max(step.getReadCount(), step.getWriteCount());
    }
}
