package io.touchstone.ingest;

import org.springframework.aop.scope.ScopedObject;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A step-scoped reader reached once per step execution: its target is found in the step scope
 * when the step opens it, and read directly until the step closes it.
 *
 * <p><b>NOTE</b>: a scoped proxy finds its target in the step scope on every call, a bean-factory
 * look-up for every line read. One worker step serves every file partition, each on its own
 * thread, so the target is bound per thread.
 */
final class StepBoundReader<T> implements ItemStreamReader<T> {

    private final ItemStreamReader<T> scoped;
    private final ThreadLocal<ItemStreamReader<T>> bound = new ThreadLocal<>();

    StepBoundReader(ItemStreamReader<T> scoped) {
        this.scoped = scoped;
    }

    @Override
    public void open(ExecutionContext context) {
        bound.set(targetOf(scoped));
        target().open(context);
    }

    @Override
    public T read() throws Exception {
        return target().read();
    }

    @Override
    public void update(ExecutionContext context) {
        target().update(context);
    }

    @Override
    public void close() {
        ItemStreamReader<T> target = bound.get();
        if (target == null) {
            return;
        }
        try {
            target.close();
        } finally {
            bound.remove();
        }
    }

    private ItemStreamReader<T> target() {
        ItemStreamReader<T> target = bound.get();
        if (target == null) {
            throw new IllegalStateException("The reader was not opened on " + Thread.currentThread().getName()
                    + ": a step opens its reader before reading");
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    private static <T> ItemStreamReader<T> targetOf(ItemStreamReader<T> reader) {
        return reader instanceof ScopedObject scopedObject
                ? (ItemStreamReader<T>) scopedObject.getTargetObject()
                : reader;
    }
}
