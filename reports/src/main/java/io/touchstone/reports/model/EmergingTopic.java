package io.touchstone.reports.model;

/**
 * A phrase customers wrote ({@code term}: its commonest surface form, lower case) that a
 * significantly larger share of commenting customers used this period than in the baseline.
 * {@code customers} is the distinct customers who used it (one voice however often each wrote
 * it), {@code comments} the comments it is in; {@code share} and {@code baselineShare} are
 * percentages of the commenting customers; {@code knownTheme} is the taxonomy theme that already
 * covers it, {@code null} when none does; {@code example} is one sentence holding it, personal
 * data scrubbed.
 */
public record EmergingTopic(String period, String term, long comments, double share, double baselineShare, double g2,
        String knownTheme, long customers, String example) {
}
