package io.touchstone.textmining;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Removes personal data from a verbatim: e-mail addresses, web links (which often carry tokens
 * or account numbers), card-like digit runs, phone numbers and social media handles. For a
 * quote each is replaced by a marker in brackets; for analysis it is erased, so neither the
 * data nor the marker's word ("email", "phone") is counted or indexed as something a customer
 * said.
 *
 * <p><b>NOTE</b>: card numbers are replaced before phone numbers, since a 16-digit run would
 * otherwise read as a long phone number.
 */
public final class PersonalDataScrubber {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern CARD = Pattern.compile("\\b(?:\\d[ -]?){12,18}\\d\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d[\\d ()./-]{6,}\\d(?![\\p{L}\\p{N}])");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}.])@[\\p{L}\\p{N}_]{2,}");

    private PersonalDataScrubber() {
    }

    /** The text with each piece of personal data replaced by a marker such as {@code [email]}. */
    public static String scrub(String text) {
        return replace(text, kind -> "[" + kind + "]");
    }

    /** The text with personal data erased, for counting and indexing its words. */
    public static String erase(String text) {
        return replace(text, kind -> " ");
    }

    private static String replace(String text, Function<String, String> marker) {
        if (!mayHoldPersonalData(text)) {
            return text;
        }
        String scrubbed = EMAIL.matcher(text).replaceAll(match -> marker.apply("email"));
        scrubbed = URL.matcher(scrubbed).replaceAll(match -> marker.apply("link"));
        scrubbed = CARD.matcher(scrubbed).replaceAll(match -> marker.apply("card number"));
        scrubbed = PHONE.matcher(scrubbed).replaceAll(match -> digits(match.group()) >= 7 ? marker.apply("phone")
                : match.group());
        return HANDLE.matcher(scrubbed).replaceAll(match -> marker.apply("handle"));
    }

    /**
     * Whether any pattern could match: most comments have no digit, no {@code @} and no link, and
     * a scan of their characters is far cheaper than five regular expressions on every sentence
     * the index takes in.
     */
    static boolean mayHoldPersonalData(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || Character.isDigit(c)
                    || (c == 'h' || c == 'H') && startsWithAsciiIgnoringCase(text, i, "http")
                    || (c == 'w' || c == 'W') && startsWithAsciiIgnoringCase(text, i, "www.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text has {@code lowerCase} at {@code at} in either case of ASCII, as the link
     * pattern ({@code (?i)} without Unicode case) reads it. Setting the case bit may take a control
     * character for the dot: then the patterns run and find nothing, which is only slower.
     */
    private static boolean startsWithAsciiIgnoringCase(String text, int at, String lowerCase) {
        if (at + lowerCase.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerCase.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
