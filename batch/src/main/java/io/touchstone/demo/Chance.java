package io.touchstone.demo;

import java.util.SplittableRandom;

/**
 * Random draws the JDK does not make reproducibly: {@code SplittableRandom.nextGaussian} is
 * inherited from an interface whose algorithm is not specified, and {@code Math} may differ by a
 * bit between machines, so a normal draw here uses Box-Muller over {@code StrictMath}.
 */
final class Chance {

    private Chance() {
    }

    /** A draw from the normal distribution with mean 0 and standard deviation {@code sd}. */
    static double normal(SplittableRandom random, double sd) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return sd * StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    static int between(SplittableRandom random, int low, int high) {
        return random.nextInt(low, high + 1);
    }
}
