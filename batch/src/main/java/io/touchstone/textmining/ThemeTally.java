package io.touchstone.textmining;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up one theme's mentions in a period: the distinct comments that mention it (with their
 * NPS answers, counted once per comment) and the sentiment of the sentences that matched; and,
 * when asked to ({@link #withQuotes()}), the quotes that represent it.
 */
final class ThemeTally {

    private final Map<String, Short> npsByComment = new HashMap<>();
    /** {@code null} in a tally of counts only: a prior period's volume needs no quote. */
    private final RepresentativeQuotes positive;
    private final RepresentativeQuotes negative;
    private double sentimentSum;
    private long sentences;
    private long negativeSentences;

    private ThemeTally(boolean quotes) {
        this.positive = quotes ? new RepresentativeQuotes() : null;
        this.negative = quotes ? new RepresentativeQuotes() : null;
    }

    /** A tally that also picks the theme's quotes: its mentions must carry their score and sentence. */
    static ThemeTally withQuotes() {
        return new ThemeTally(true);
    }

    /**
     * A tally of counts and sentiment only. Picking quotes reads many matched sentences from the
     * index, most of a theme search's time; only the period a quote is shown for needs them.
     */
    static ThemeTally countsOnly() {
        return new ThemeTally(false);
    }

    /** Whether the tally picks quotes, so its mentions need their score and sentence. */
    boolean keepsQuotes() {
        return positive != null;
    }

    void add(CommentIndex.Mention mention) {
        if (mention.sentiment() <= -SentimentScorer.THRESHOLD) {
            negativeSentences++;
        }
        if (keepsQuotes() && mention.sentiment() != 0) {
            (mention.sentiment() > 0 ? positive : negative).add(mention);
        }
        npsByComment.putIfAbsent(mention.id(), mention.nps());
        if (mention.nps() != null) {
            npsByComment.put(mention.id(), mention.nps());
        }
        sentimentSum += mention.sentiment();
        sentences++;
    }

    /**
     * Up to {@code count} short verbatims in the theme's tone that represent it (see {@link
     * RepresentativeQuotes}), each from a different comment, with personal data removed. The tone
     * is negative when the theme costs NPS points (its quote should show why), else that of its
     * mean sentiment.
     */
    List<String> quotes(int count, Double npsImpact) {
        if (!keepsQuotes()) {
            throw new IllegalStateException("A tally of counts only has no quotes: tally with ThemeTally.withQuotes()");
        }
        Double mean = meanSentiment();
        boolean tonePositive = npsImpact != null ? npsImpact > 0 : mean != null && mean > 0;
        return (tonePositive ? positive : negative).quotes(count);
    }

    /** Matched sentences that are negative: what a brand is criticised for. */
    long negativeSentences() {
        return negativeSentences;
    }

    long volume() {
        return npsByComment.size();
    }

    Double meanSentiment() {
        return sentences == 0 ? null : sentimentSum / sentences;
    }

    Iterable<String> comments() {
        return npsByComment.keySet();
    }

    /**
     * NPS of all answers minus NPS of the answers whose comment does not mention the theme: the
     * points NPS would move if the theme's mentions scored like the rest.
     */
    Double npsImpact(long answers, long promoters, long detractors) {
        long mentionAnswers = 0;
        long mentionPromoters = 0;
        long mentionDetractors = 0;
        for (Short nps : npsByComment.values()) {
            if (nps != null) {
                mentionAnswers++;
                mentionPromoters += nps >= 9 ? 1 : 0;
                mentionDetractors += nps <= 6 ? 1 : 0;
            }
        }
        long rest = answers - mentionAnswers;
        if (answers == 0 || rest <= 0) {
            return null;
        }
        double all = 100.0 * (promoters - detractors) / answers;
        double withoutTheme = 100.0 * ((promoters - mentionPromoters) - (detractors - mentionDetractors)) / rest;
        return all - withoutTheme;
    }
}
