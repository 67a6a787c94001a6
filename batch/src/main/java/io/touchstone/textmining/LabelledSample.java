package io.touchstone.textmining;

import java.util.Set;

/**
 * One human-labelled text for evaluation: its sentiment label ({@code positive},
 * {@code neutral}, {@code negative}) and, where the source has them, its aspect categories.
 */
public record LabelledSample(String text, String label, Set<String> categories) {
}
