package io.touchstone.ingest;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads an ISO-8601 timestamp with offset ({@code 2026-11-20T14:03:00+01:00},
 * {@code 2026-11-20T13:03:00.250Z}) exactly as {@link OffsetDateTime#parse(CharSequence)} does.
 *
 * <p><b>NOTE</b>: every line of a feed has one or two timestamps, and the general formatter was a
 * fifth of ingest's time. The common layout — four-digit year, seconds, an optional fraction, an
 * offset of {@code Z} or {@code ±HH:MM} — is read digit by digit; anything else, and any value
 * out of range, goes to the formatter, which accepts or rejects it with its own message.
 */
final class IsoTimestamp {

    private static final int DATE_TIME = "2026-11-20T14:03:00".length();

    private IsoTimestamp() {
    }

    /** @throws java.time.format.DateTimeParseException as the formatter throws it */
    static OffsetDateTime parse(String text) {
        OffsetDateTime fast = common(text);
        return fast != null ? fast : OffsetDateTime.parse(text);
    }

    /** The timestamp in the common layout, or {@code null} when {@code text} is not in it. */
    private static OffsetDateTime common(String text) {
        int length = text.length();
        if (length < DATE_TIME + 1 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = DATE_TIME;
        int nano = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 10 && isDigit(text.charAt(at))) {
                at++;
            }
            int fractionDigits = at - start;
            if (fractionDigits == 0 || fractionDigits > 9) {
                return null;
            }
            nano = digits(text, start, fractionDigits);
            for (int i = fractionDigits; i < 9; i++) {
                nano *= 10;
            }
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** {@code Z} or {@code ±HH:MM} ending the text at {@code at}; {@code null} for anything else. */
    private static ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (rest != 6 || text.charAt(at + 3) != ':') {
            return null;
        }
        char sign = text.charAt(at);
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if (sign != '+' && sign != '-' || hours < 0 || minutes < 0) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number the {@code count} ASCII digits from {@code from} spell, or −1 when one is no digit. */
    private static int digits(String text, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
