package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the emerging terms out of this period's and the baseline's term counts: significant by
 * G², at least {@code minimum} comments, strongest first, and without echoes — a term that
 * shares a word with a stronger pick ("depot", "depot week" after "warrington depot") is left out.
 */
final class EmergingTerms {

    /** One emerging term with its counts and G². */
    record Found(String term, long comments, long baseline, double share, double baselineShare, double g2) {
    }

    private EmergingTerms() {
    }

    static List<Found> find(TermCounter current, TermCounter baseline, int minimum, int kept) {
        List<Found> significant = new ArrayList<>();
        for (Map.Entry<String, Long> term : current.counts().entrySet()) {
            long a = term.getValue();
            long b = baseline.comments(term.getKey());
            if (LogLikelihood.emerging(a, current.total(), b, baseline.total(), minimum)) {
                significant.add(new Found(term.getKey(), a, b, 100.0 * a / current.total(),
                        100.0 * b / baseline.total(), LogLikelihood.g2(a, current.total(), b, baseline.total())));
            }
        }
        // Equally strong, a phrase says more than its words: "warrington depot" before "depot".
        significant.sort(Comparator.comparingDouble((Found found) -> Math.round(found.g2() * 10) / 10.0).reversed()
                .thenComparing(found -> -found.term().split(" ").length)
                .thenComparing(Found::term));
        List<Found> picked = new ArrayList<>();
        Set<String> words = new HashSet<>();
        for (Found found : significant) {
            List<String> its = Arrays.asList(found.term().split(" "));
            if (its.stream().noneMatch(words::contains)) {
                picked.add(found);
                words.addAll(its);
            }
            if (picked.size() == kept) {
                break;
            }
        }
        return picked;
    }
}
