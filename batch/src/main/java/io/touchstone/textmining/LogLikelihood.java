package io.touchstone.textmining;

/**
 * Dunning's log-likelihood ratio G² for a 2×2 table: how surprising it is that {@code a} of
 * {@code n1} comments this period use a term when {@code b} of {@code n2} did in the baseline.
 * With one degree of freedom, G² above 10.83 means p < 0.001.
 */
final class LogLikelihood {

    /** G² at which a rise counts as significant (p < 0.001). */
    static final double SIGNIFICANT = 10.83;
    /** Mentions a theme or term needs this period before it can count as emerging. */
    static final int MINIMUM_MENTIONS = 10;

    private LogLikelihood() {
    }

    static double g2(long a, long n1, long b, long n2) {
        long total = n1 + n2;
        long with = a + b;
        long without = total - with;
        return 2 * (cell(a, (double) n1 * with / total) + cell(n1 - a, (double) n1 * without / total)
                + cell(b, (double) n2 * with / total) + cell(n2 - b, (double) n2 * without / total));
    }

    private static double cell(long observed, double expected) {
        return observed == 0 || expected == 0 ? 0 : observed * Math.log(observed / expected);
    }

    /** Whether the term's share rose significantly, with at least {@code minimum} comments this period. */
    static boolean emerging(long a, long n1, long b, long n2, int minimum) {
        if (a < minimum || n1 == 0 || n2 == 0 || (double) a / n1 <= (double) b / n2) {
            return false;
        }
        return g2(a, n1, b, n2) > SIGNIFICANT;
    }
}
