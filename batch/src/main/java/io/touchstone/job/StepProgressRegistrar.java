package io.touchstone.job;

import io.touchstone.run.ProgressListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every step of the job the console's {@link ProgressListener} — as a step listener for
 * the closing line, as a chunk listener for the progress in between — without a line in each
 * step's definition.
 */
@Component
final class StepProgressRegistrar implements BeanPostProcessor {

    private final ProgressListener progress = ProgressListener.onConsole();

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(progress);
            if (step instanceof ChunkOrientedStep chunked) {
                chunked.registerChunkListener(progress);
            } else if (step instanceof TaskletStep tasklet) {
                tasklet.registerChunkListener(progress);
            }
        }
        return bean;
    }
}
