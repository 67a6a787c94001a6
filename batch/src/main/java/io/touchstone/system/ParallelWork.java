package io.touchstone.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * The threads a run works on: one executor for the job's side-by-side flows and one for the
 * partitions of the ingest steps, each of {@code touchstone.run.parallelism} threads at most.
 *
 * <p><b>NOTE</b>: the two are separate on purpose. An ingest step waits, on a flow's thread, for
 * its partitions; had they to queue for the same threads the flows hold, two flows each waiting
 * for their partitions would wait for ever.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunParallelism.class)
public class ParallelWork {

    @Bean
    TaskExecutor flowTaskExecutor(RunParallelism parallelism) {
        return executor("run-flow-", parallelism);
    }

    @Bean
    TaskExecutor partitionTaskExecutor(RunParallelism parallelism) {
        return executor("ingest-partition-", parallelism);
    }

    /** A thread per task, at most as many at once as the setting allows; a task beyond them waits to start. */
    private static TaskExecutor executor(String threadNames, RunParallelism parallelism) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(threadNames);
        executor.setConcurrencyLimit(parallelism.parallelism());
        return executor;
    }
}
