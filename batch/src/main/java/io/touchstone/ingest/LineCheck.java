package io.touchstone.ingest;

import io.touchstone.period.PeriodLabel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the fields of one line and collects every problem in words a person can act on
 * ("nps must be a whole number 0-10, got '11'"), so a rejected line names all that is wrong
 * with it at once.
 */
final class LineCheck {

    private final Feed feed;
    private final FeedLine line;
    private final List<String> problems = new ArrayList<>();

    LineCheck(Feed feed, FeedLine line) {
        this.feed = feed;
        this.line = line;
        if (line.hasWrongFieldCount()) {
            problems.add("expected " + line.headerFieldCount() + " fields as in the header, got "
                    + line.fieldCount() + " (check for an unquoted comma or a missing field)");
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    String reason() {
        return String.join("; ", problems);
    }

    void problem(String problem) {
        problems.add(problem);
    }

    String optional(String column) {
        return line.value(feed, column);
    }

    String required(String column) {
        String value = line.value(feed, column);
        if (value == null) {
            problems.add(column + " is required but empty");
        }
        return value;
    }

    String text(String column, int maxLength, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value != null && value.length() > maxLength) {
            problems.add(column + " is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    Short score(String column, int min, int max) {
        Integer score = wholeNumber(column, min, max, min + "-" + max);
        return score == null ? null : score.shortValue();
    }

    Integer positiveInteger(String column) {
        return wholeNumber(column, 1, Integer.MAX_VALUE, "above 0");
    }

    private Integer wholeNumber(String column, int min, int max, String range) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        problems.add(column + " must be a whole number " + range + ", got '" + value + "'");
        return null;
    }

    BigDecimal decimal(String column, double min, double max) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.doubleValue() >= min && number.doubleValue() <= max) {
                return number;
            }
            problems.add(column + " must be between " + plain(min) + " and " + plain(max) + ", got " + value);
        } catch (NumberFormatException e) {
            problems.add(column + " must be a number with a '.' as decimal point, got '" + value + "'");
        }
        return null;
    }

    /** An ISO-8601 timestamp with offset, or a plain date read as midnight in the reporting zone. */
    OffsetDateTime timestamp(String column, ZoneId zone) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime();
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(column + " must be an ISO-8601 timestamp with offset (2026-11-20T14:03:00+01:00)"
                    + " or a date (2026-11-20), got '" + value + "'");
            return null;
        }
    }

    PeriodLabel period(String column, boolean fiscalAllowed) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        return PeriodLabel.parse(value, fiscalAllowed).orElseGet(() -> {
            problems.add(column + " must be YYYY-MM, YYYY-Qn or YYYY" + (fiscalAllowed ? " or FYyyyy-Pnn (P01-P12)" : "")
                    + ", got '" + value + "'");
            return null;
        });
    }

    String code(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
