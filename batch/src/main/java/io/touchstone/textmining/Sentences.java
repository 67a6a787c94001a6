package io.touchstone.textmining;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a comment into sentences at . ! ? and line breaks, keeping each sentence's own
 * punctuation: a theme mention is scored on the sentence that matched, not the whole comment.
 */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+|[\\r\\n]+");

    private Sentences() {
    }

    static List<String> of(String comment) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : END.split(comment)) {
            String trimmed = sentence.strip();
            if (!trimmed.isEmpty()) {
                sentences.add(trimmed);
            }
        }
        return sentences;
    }
}
