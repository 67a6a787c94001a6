package io.touchstone.job;

import java.util.function.LongConsumer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started a run its id as soon as the job has one, before any step works. The
 * console answers "202, run 42" while the run goes on in the background; the launch itself is
 * synchronous on the launching thread, so the waiting party is found in a thread-local.
 */
@Component
final class RunStartNotices implements JobExecutionListener {

    private final ThreadLocal<LongConsumer> waiting = new ThreadLocal<>();

    void expect(LongConsumer started) {
        waiting.set(started);
    }

    void forget() {
        waiting.remove();
    }

    @Override
    public void beforeJob(JobExecution execution) {
        LongConsumer started = waiting.get();
        if (started != null) {
            started.accept(execution.getJobInstanceId());
        }
    }
}
