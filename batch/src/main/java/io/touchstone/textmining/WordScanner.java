package io.touchstone.textmining;

import java.util.List;

/**
 * Finds the words of a text the way the sentiment readers count them: runs of letters, digits
 * and apostrophes (what {@code [\p{L}\p{N}']+} matches), read code point by code point.
 *
 * <p><b>NOTE</b>: every text and sentence of a night is read this way two or three times, so the
 * scan is a plain loop rather than a regular expression; the result is the same.
 */
final class WordScanner {

    private WordScanner() {
    }

    /** Whether {@code codePoint} can be part of a word: a letter, a number or an apostrophe. */
    static boolean isWordPart(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9' || codePoint == '\'';
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Where the word starting at {@code from} ends (exclusive); {@code from} when none starts there. */
    static int wordEnd(String text, int from) {
        int at = from;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            if (!isWordPart(codePoint)) {
                break;
            }
            at += Character.charCount(codePoint);
        }
        return at;
    }

    /** Adds {@code text}'s words, in order, to {@code words}. */
    static void words(String text, List<String> words) {
        int at = 0;
        while (at < text.length()) {
            int end = wordEnd(text, at);
            if (end > at) {
                words.add(text.substring(at, end));
                at = end;
            } else {
                at += Character.charCount(text.codePointAt(at));
            }
        }
    }
}
