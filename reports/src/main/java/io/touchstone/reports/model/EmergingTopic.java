package io.touchstone.reports.model;

/**
 * A term or two-word phrase (as analysed: lower case, stemmed) whose share of comments rose
 * significantly above its baseline; {@code knownTheme} is the taxonomy theme that already
 * covers it, {@code null} when none does.
 */
public record EmergingTopic(String period, String term, long comments, double share, double baselineShare, double g2,
        String knownTheme) {
}
