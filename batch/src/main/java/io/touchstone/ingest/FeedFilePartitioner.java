package io.touchstone.ingest;

import io.touchstone.run.StepProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a feed's ingest into one partition per file its intake registered
 * ({@link FeedIntakeListener}, before the step), in reading order: {@code partition0} loads the
 * first file. Each partition's context holds its one file, which {@link FeedFileItemReader} reads
 * as it read a whole step's files before.
 *
 * <p>The files come from the running manager step's context, so a restarted step has the same
 * partitions under the same names and Spring Batch reruns just those that did not complete, each
 * from its last committed chunk. A file per partition rather than file ranges: the grid size only
 * bounds how many load at once (the partition threads), and a file is the unit that is counted,
 * archived and restarted. Each partition's context also holds the rows its file holds
 * ({@link StepProgress#TOTAL_ROWS}), so its progress can say how long it has left.
 */
final class FeedFilePartitioner implements Partitioner {

    private final IngestFileRegistry registry;

    FeedFilePartitioner(IngestFileRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        var step = StepSynchronizationManager.getContext();
        if (step == null) {
            throw new IllegalStateException("A feed's files are partitioned inside its running ingest step");
        }
        List<Long> files = RegisteredFiles.of(step.getStepExecution().getExecutionContext()).ids();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int index = 0; index < files.size(); index++) {
            ExecutionContext context = new ExecutionContext();
            new RegisteredFiles(List.of(files.get(index))).keepIn(context);
            // What the partition's progress and time left are measured against.
            context.putLong(StepProgress.TOTAL_ROWS, registry.expectedRows(List.of(files.get(index))));
            partitions.put("partition" + index, context);
        }
        return partitions;
    }
}
