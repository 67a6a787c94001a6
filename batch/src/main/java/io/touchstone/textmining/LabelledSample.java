package io.touchstone.textmining;

import java.util.Set;

/**
 * One human-labelled text for evaluation: its sentiment label ({@code positive},
 * {@code neutral}, {@code negative}), where the source has them its aspect categories, and
 * where it has one the customer's own 1-5 rating the label was read from ({@code null} if none).
 */
public record LabelledSample(String text, String label, Set<String> categories, Double rating) {

    public LabelledSample(String text, String label, Set<String> categories) {
        this(text, label, categories, null);
    }
}
