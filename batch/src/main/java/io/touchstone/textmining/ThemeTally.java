package io.touchstone.textmining;

import java.util.HashMap;
import java.util.Map;

/**
 * Adds up one theme's mentions in a period: the distinct comments that mention it (with their
 * NPS answers, counted once per comment) and the sentiment of the sentences that matched.
 */
final class ThemeTally {

    private final Map<String, Short> npsByComment = new HashMap<>();
    private double sentimentSum;
    private long sentences;

    void add(CommentIndex.Mention mention) {
        npsByComment.putIfAbsent(mention.id(), mention.nps());
        if (mention.nps() != null) {
            npsByComment.put(mention.id(), mention.nps());
        }
        sentimentSum += mention.sentiment();
        sentences++;
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
