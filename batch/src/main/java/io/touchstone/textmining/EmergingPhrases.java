package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongBiFunction;

/**
 * Picks the emerging phrases out of this period's and the baseline's counts of customers per
 * phrase key: significant by G², used by at least {@code minimum} customers, strongest first,
 * and without echoes — a phrase that shares a content word with a stronger pick, inside it,
 * around it or overlapping it ("depot", "warrington depot for a week" after "warrington depot"),
 * is left out.
 *
 * <p>A longer phrase stands for a shorter one when it carries most of its voices ({@value
 * #CARRIES} or more): "missed the delivery slot" rather than "delivery slot" when nearly everyone
 * who wrote the one wrote the other, since the longer says what happened.
 */
final class EmergingPhrases {

    /** Share of a phrase's customers a longer phrase around it needs to stand for it. */
    static final double CARRIES = 0.75;

    /**
     * One emerging phrase by its key, with this period's customers and comments, the baseline's
     * customers, both shares of customers who commented, and G².
     */
    record Found(String key, long customers, long comments, long baseline, double share, double baselineShare,
            double g2) {

        List<String> words() {
            return Arrays.asList(key.split(" "));
        }

        /** Whether this phrase's key holds {@code shorter}'s key as neighbouring content words. */
        boolean contains(Found shorter) {
            return (" " + key + " ").contains(" " + shorter.key + " ");
        }
    }

    private EmergingPhrases() {
    }

    static List<Found> find(PhraseCounter current, PhraseCounter baseline, int minimum, int kept) {
        List<Found> significant = new ArrayList<>();
        for (Map.Entry<String, PhraseCounter.Count> phrase : current.counts().entrySet()) {
            long a = phrase.getValue().voices();
            long b = baseline.voices(phrase.getKey());
            if (LogLikelihood.emerging(a, current.voices(), b, baseline.voices(), minimum)) {
                significant.add(new Found(phrase.getKey(), a, phrase.getValue().comments(), b,
                        100.0 * a / current.voices(), 100.0 * b / baseline.voices(),
                        LogLikelihood.g2(a, current.voices(), b, baseline.voices())));
            }
        }
        // Equally strong, a phrase says more than its words: "warrington depot" before "depot".
        significant.sort(Comparator.comparingDouble((Found found) -> Math.round(found.g2() * 10) / 10.0).reversed()
                .thenComparing(found -> -found.words().size())
                .thenComparing(Found::key));
        List<Found> picked = new ArrayList<>();
        Set<String> words = new HashSet<>();
        for (Found found : significant) {
            Found standing = longestCarrying(found, significant);
            if (standing.words().stream().noneMatch(words::contains)) {
                picked.add(standing);
                words.addAll(standing.words());
            }
            if (picked.size() == kept) {
                break;
            }
        }
        return picked;
    }

    /**
     * The first {@code kept} phrases, strongest first, without those that most customers of both
     * (at least {@value #CARRIES} of each) wrote in one sentence with a stronger phrase kept: one
     * story told in one sentence is listed once. Mutual, so a name written in many stories
     * ("parcelink") does not swallow each of them.
     */
    static List<Found> apart(List<Found> found, ToLongBiFunction<String, String> together, int kept) {
        List<Found> apart = new ArrayList<>();
        for (Found phrase : found) {
            if (apart.size() < kept && apart.stream().noneMatch(
                    stronger -> together.applyAsLong(stronger.key(), phrase.key())
                            >= CARRIES * Math.max(stronger.customers(), phrase.customers()))) {
                apart.add(phrase);
            }
        }
        return apart;
    }

    private static Found longestCarrying(Found found, List<Found> significant) {
        Found longest = found;
        for (Found other : significant) {
            if (other.words().size() > longest.words().size() && other.contains(found)
                    && other.customers() >= CARRIES * found.customers()) {
                longest = other;
            }
        }
        return longest;
    }
}
