package io.touchstone.ingest;

import io.touchstone.run.NightlyRun;
import java.time.Period;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The {@link TimestampWindow} of the ingest step executing on the calling thread: worked out from
 * the run's business date as the step starts, and forgotten as it ends. Every ingest chunk step
 * (each file partition, each database feed) has it as a listener; the validators ask it once a line.
 *
 * <p><b>NOTE</b>: not a step-scoped bean. A scoped proxy finds its target in the step scope on
 * every call, one bean-factory look-up for every timestamp of every line, which cost more than
 * reading the timestamp. Partitions run on threads of their own, so the window is bound per thread.
 */
public final class StepTimestampWindow implements StepExecutionListener, Supplier<TimestampWindow> {

    private final ZoneId zone;
    private final Period oldest;
    private final Period newest;
    private final ThreadLocal<TimestampWindow> current = new ThreadLocal<>();

    public StepTimestampWindow(ZoneId zone, Period oldest, Period newest) {
        this.zone = zone;
        this.oldest = oldest;
        this.newest = newest;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        current.set(new TimestampWindow(zone, NightlyRun.of(stepExecution).businessDate(), oldest, newest));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        current.remove();
        return null;
    }

    @Override
    public TimestampWindow get() {
        TimestampWindow window = current.get();
        if (window == null) {
            throw new IllegalStateException("No ingest step is executing on " + Thread.currentThread().getName()
                    + ": the timestamp window is set as an ingest step starts (register "
                    + StepTimestampWindow.class.getSimpleName() + " as the step's listener)");
        }
        return window;
    }
}
