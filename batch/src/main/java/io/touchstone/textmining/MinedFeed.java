package io.touchstone.textmining;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one feed's texts of a time range came to while they were indexed: per text its sentiment,
 * and how many texts each region and touchpoint has and which brands they are about.
 */
final class MinedFeed {

    private final Map<String, Double> sentiment = new HashMap<>();
    private final Map<String, Long> byRegion = new TreeMap<>();
    private final Map<String, Long> byTouchpoint = new TreeMap<>();
    private final Set<String> brands = new TreeSet<>();

    void add(MinedText text, double score) {
        sentiment.put(text.id(), score);
        if (text.region() != null) {
            byRegion.merge(text.region(), 1L, Long::sum);
        }
        if (text.touchpoint() != null) {
            byTouchpoint.merge(text.touchpoint(), 1L, Long::sum);
        }
        brands.add(text.brand());
    }

    /** Each text's sentiment by its id. */
    Map<String, Double> sentiment() {
        return sentiment;
    }

    long texts() {
        return sentiment.size();
    }

    Map<String, Long> byRegion() {
        return byRegion;
    }

    Map<String, Long> byTouchpoint() {
        return byTouchpoint;
    }

    Set<String> brands() {
        return brands;
    }
}
