package io.touchstone.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks one of a fixed set of items with given relative weights.
 *
 * <p>A linear scan over cumulative weights: the sets here have at most a dozen items, where that
 * beats a binary search and keeps the draw order obvious (one {@code nextDouble} per pick).
 */
final class WeightedPick<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedPick(List<T> items, double... weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException(
                    "need one weight per item, got " + items.size() + " items and " + weights.length + " weights");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    T pick(SplittableRandom random) {
        return items.get(pickIndex(random));
    }

    int pickIndex(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    List<T> items() {
        return items;
    }

    /** The share of all weight that item {@code index} carries. */
    double share(int index) {
        double previous = index == 0 ? 0 : cumulative[index - 1];
        return (cumulative[index] - previous) / cumulative[cumulative.length - 1];
    }
}
