package io.touchstone.cli.bench;

import io.touchstone.job.StepTiming;
import java.time.Duration;
import java.util.List;

/**
 * One stage of the run beside its floor: the product's step and the bare tool doing the same
 * work on the same data. {@code items} (rows, comments, cells) gives the rates; the product's
 * time is absent when the run had no such step.
 */
record Stage(String name, String unit, long items, Duration product, Measured floor) {

    static Stage of(String name, String unit, List<StepTiming> steps, String step, Measured floor) {
        Duration product = steps.stream().filter(timing -> timing.step().equals(step)).map(StepTiming::duration)
                .reduce(Duration::plus).orElse(null);
        return new Stage(name, unit, floor.items(), product, floor);
    }

    double productSeconds() {
        return product == null ? Double.NaN : product.toNanos() / 1e9;
    }

    /** The product's time over the floor's: 1 would be as fast as the bare tool. */
    double ratio() {
        return productSeconds() / Math.max(floor.seconds(), 1e-3);
    }
}
