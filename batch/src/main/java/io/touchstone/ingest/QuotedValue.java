package io.touchstone.ingest;

import java.util.Locale;

/**
 * A customer-supplied value as a reject reason quotes it: in single quotes, line breaks and tabs
 * shown as {@code \n}, {@code \r}, {@code \t} so a reason stays on one line, and cut after 100
 * characters with its full length beside it ({@code '8\nX-2,2026-…' (5,000 characters)}). The
 * full value is in the reject's raw line; the reason only has to say which value it means.
 */
final class QuotedValue {

    static final int MAX_QUOTED = 100;

    private QuotedValue() {
    }

    static String of(String value) {
        if (value.length() <= MAX_QUOTED) {
            return "'" + visible(value) + "'";
        }
        int cut = MAX_QUOTED;
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
        }
        return "'" + visible(value.substring(0, cut)) + "…' (" + count(value.length()) + " characters)";
    }

    /** A count as people read it in a reason, 5,000 in every locale. */
    static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    private static String visible(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
