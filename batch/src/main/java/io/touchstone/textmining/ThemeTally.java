package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds up one theme's mentions in a period: the distinct comments that mention it (with their
 * NPS answers, counted once per comment) and the sentiment of the sentences that matched.
 */
final class ThemeTally {

    private static final int CANDIDATES = 12;
    private static final int SHORTEST_QUOTE = 25;
    private static final int LONGEST_QUOTE = 180;

    private final Map<String, Short> npsByComment = new HashMap<>();
    private static final Comparator<CommentIndex.Mention> BY_TIME = Comparator.comparingLong(CommentIndex.Mention::at)
            .thenComparing(CommentIndex.Mention::id).thenComparing(CommentIndex.Mention::sentence);

    private final TreeSet<CommentIndex.Mention> recentPositive = new TreeSet<>(BY_TIME);
    private final TreeSet<CommentIndex.Mention> recentNegative = new TreeSet<>(BY_TIME);
    private double sentimentSum;
    private long sentences;
    private long negativeSentences;

    void add(CommentIndex.Mention mention) {
        if (mention.sentiment() <= -SentimentScorer.THRESHOLD) {
            negativeSentences++;
        }
        if (mention.sentence() != null && mention.sentence().length() >= SHORTEST_QUOTE
                && mention.sentence().length() <= LONGEST_QUOTE && mention.sentiment() != 0) {
            TreeSet<CommentIndex.Mention> candidates = mention.sentiment() > 0 ? recentPositive : recentNegative;
            candidates.add(mention);
            if (candidates.size() > CANDIDATES) {
                candidates.pollFirst();
            }
        }
        npsByComment.putIfAbsent(mention.id(), mention.nps());
        if (mention.nps() != null) {
            npsByComment.put(mention.id(), mention.nps());
        }
        sentimentSum += mention.sentiment();
        sentences++;
    }

    /**
     * Up to {@code count} short verbatims in the theme's tone, most recent first, each from a
     * different comment, with personal data removed. The tone is negative when the theme costs
     * NPS points (its quote should show why), else that of its mean sentiment.
     */
    List<String> quotes(int count, Double npsImpact) {
        Double mean = meanSentiment();
        boolean positive = npsImpact != null ? npsImpact > 0 : mean != null && mean > 0;
        TreeSet<CommentIndex.Mention> tone = positive ? recentPositive : recentNegative;
        List<String> quotes = new ArrayList<>();
        Set<String> comments = new HashSet<>();
        for (CommentIndex.Mention mention : tone.descendingSet()) {
            String quote = PersonalDataScrubber.scrub(mention.sentence());
            if (comments.add(mention.id()) && !quotes.contains(quote)) {
                quotes.add(quote);
            }
            if (quotes.size() == count) {
                break;
            }
        }
        return quotes;
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
