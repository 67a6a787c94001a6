package io.touchstone.textmining;

import java.util.regex.Pattern;

/**
 * Removes personal data from a verbatim before it is quoted in a report: e-mail addresses,
 * web links (which often carry tokens or account numbers), card-like digit runs, phone numbers
 * and social media handles, each replaced by a marker in brackets.
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

    public static String scrub(String text) {
        String scrubbed = EMAIL.matcher(text).replaceAll("[email]");
        scrubbed = URL.matcher(scrubbed).replaceAll("[link]");
        scrubbed = CARD.matcher(scrubbed).replaceAll("[card number]");
        scrubbed = PHONE.matcher(scrubbed).replaceAll(match -> digits(match.group()) >= 7 ? "[phone]" : match.group());
        return HANDLE.matcher(scrubbed).replaceAll("[handle]");
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
