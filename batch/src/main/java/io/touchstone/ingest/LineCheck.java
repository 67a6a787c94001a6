package io.touchstone.ingest;

import io.touchstone.period.PeriodLabel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of one line and collects every problem in words a person can act on
 * ("nps must be a whole number 0-10, got '11'"), so a rejected line names all that is wrong
 * with it at once. Each problem also has its rule, the words without the value (see
 * {@link LineProblem}); values are quoted short (see {@link QuotedValue}) however long they are.
 *
 * <p>Every text a row stores goes through {@link #text} with its column's length, so an over-long
 * value rejects its line instead of failing the chunk's insert.
 */
final class LineCheck {

    /** The length of {@code reject.rule}: several rules joined are cut to it. */
    static final int MAX_RULE = 200;
    /** Benchmark values and targets are stored with three decimals ({@code numeric(p, 3)}). */
    private static final int DECIMALS = 3;
    /** The spellings a yes/no column accepts, in any case: what spreadsheets and CRMs export. */
    private static final Map<String, Boolean> YES_OR_NO = Map.of(
            "true", true, "false", false, "yes", true, "no", false, "y", true, "n", false, "1", true, "0", false);
    /**
     * An amount as plain digits with an optional '.' decimal part. Exponents are refused: they are
     * no way to write money, and rounding {@code 1E-999999999} to cents would take minutes.
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final Feed feed;
    private final FeedLine line;
    private final List<LineProblem> problems = new ArrayList<>();

    LineCheck(Feed feed, FeedLine line) {
        this.feed = feed;
        this.line = line;
        if (line.strayQuote() != null) {
            problems.add(line.strayQuote());
        }
        if (line.hasWrongFieldCount()) {
            problems.add(new LineProblem("expected as many fields as in the header",
                    "expected " + line.headerFieldCount() + " fields as in the header, got " + line.fieldCount()
                            + " (check for an unquoted comma or a missing field)"));
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    String reason() {
        return problems.stream().map(LineProblem::reason).collect(Collectors.joining("; "));
    }

    String rule() {
        String rules = problems.stream().map(LineProblem::rule).distinct().collect(Collectors.joining("; "));
        return rules.length() <= MAX_RULE ? rules : rules.substring(0, MAX_RULE - 1) + "…";
    }

    void problem(LineProblem problem) {
        problems.add(problem);
    }

    String optional(String column) {
        return line.value(feed, column);
    }

    String required(String column) {
        String value = line.value(feed, column);
        if (value == null) {
            problems.add(LineProblem.of(column + " is required but empty"));
        }
        return value;
    }

    /** A text stored in a column of {@code maxLength} characters. */
    String text(String column, int maxLength, boolean required) {
        return fitting(column, required ? required(column) : optional(column), maxLength);
    }

    /** A text stored lower-case, measured after lower-casing (which can lengthen it: 'İ' is two characters). */
    String lowerCaseText(String column, int maxLength, boolean required) {
        String value = required ? required(column) : optional(column);
        return fitting(column, value == null ? null : value.toLowerCase(Locale.ROOT), maxLength);
    }

    private String fitting(String column, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problems.add(LineProblem.got(column + " is longer than " + maxLength + " characters", value));
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

    /** A count that may be zero, such as seconds waited. */
    Integer nonNegativeInteger(String column) {
        return wholeNumber(column, 0, Integer.MAX_VALUE, "0 or more");
    }

    /** A yes/no value in any of the spellings of {@link #YES_OR_NO}; {@code null} when empty. */
    Boolean yesOrNo(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        Boolean answer = YES_OR_NO.get(value.toLowerCase(Locale.ROOT));
        if (answer == null) {
            problems.add(LineProblem.got(column + " must be true or false (also accepted: yes/no, y/n, 1/0)", value));
        }
        return answer;
    }

    /**
     * A required amount of money of 0 or more, rounded to the {@code scale} decimals of its
     * {@code numeric(precision, scale)} column; a larger amount is rejected here rather than
     * failing the chunk's insert.
     */
    BigDecimal amount(String column, int precision, int scale) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        if (!PLAIN_NUMBER.matcher(value).matches()) {
            problems.add(LineProblem.got(column + " must be a number with a '.' as decimal point and no thousands"
                    + " separators", value));
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.signum() < 0) {
            problems.add(LineProblem.got(column + " must not be negative", value));
            return null;
        }
        BigDecimal rounded = amount.setScale(scale, RoundingMode.HALF_UP);
        if (rounded.precision() - rounded.scale() > precision - scale) {
            problems.add(LineProblem.got(column + " must be less than " + plain(BigDecimal.TEN.pow(precision - scale)),
                    value));
            return null;
        }
        return rounded;
    }

    /** A required ISO 4217 currency code (any case), stored upper-case. */
    String currency(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            problems.add(LineProblem.got(column + " must be an ISO 4217 currency code such as EUR, USD or GBP", value));
            return null;
        }
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
        problems.add(LineProblem.got(column + " must be a whole number " + range, value));
        return null;
    }

    /** A number between {@code min} and {@code max}, rounded to the three decimals it is stored with. */
    BigDecimal decimal(String column, double min, double max) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.doubleValue() >= min && number.doubleValue() <= max) {
                return number.setScale(DECIMALS, RoundingMode.HALF_UP);
            }
            problems.add(LineProblem.got(column + " must be between " + plain(min) + " and " + plain(max), value));
        } catch (NumberFormatException e) {
            problems.add(LineProblem.got(column + " must be a number with a '.' as decimal point", value));
        }
        return null;
    }

    /**
     * An ISO-8601 timestamp with offset, or a plain date read as midnight in the reporting zone,
     * inside the run's window around its business date.
     */
    OffsetDateTime timestamp(String column, TimestampWindow window) {
        return timestamp(column, required(column), window);
    }

    /** A timestamp as {@link #timestamp(String, TimestampWindow)} reads it, in a column that may be empty. */
    OffsetDateTime optionalTimestamp(String column, TimestampWindow window) {
        return timestamp(column, optional(column), window);
    }

    /**
     * That the later of two timestamps, both read, is not before the earlier: quoting both as the
     * file holds them, since the sender may have swapped the columns.
     */
    void inOrder(String earlierColumn, OffsetDateTime earlier, String laterColumn, OffsetDateTime later) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            problems.add(new LineProblem(laterColumn + " must not be before " + earlierColumn,
                    laterColumn + " " + QuotedValue.of(optional(laterColumn)) + " is before " + earlierColumn + " "
                            + QuotedValue.of(optional(earlierColumn))));
        }
    }

    private OffsetDateTime timestamp(String column, String value, TimestampWindow window) {
        if (value == null) {
            return null;
        }
        OffsetDateTime timestamp;
        try {
            timestamp = value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(window.zone()).toOffsetDateTime()
                    : IsoTimestamp.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(LineProblem.got(column + " must be an ISO-8601 timestamp with offset"
                    + " (2026-11-20T14:03:00+01:00) or a date (2026-11-20)", value));
            return null;
        }
        LineProblem outside = window.problem(column, value, timestamp);
        if (outside != null) {
            problems.add(outside);
            return null;
        }
        return timestamp;
    }

    PeriodLabel period(String column, boolean fiscalAllowed) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        return PeriodLabel.parse(value, fiscalAllowed).orElseGet(() -> {
            problems.add(LineProblem.got(column + " must be YYYY-MM, YYYY-Qn or YYYY"
                    + (fiscalAllowed ? " or FYyyyy-Pnn (P01-P12)" : ""), value));
            return null;
        });
    }

    String code(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String plain(double number) {
        return plain(BigDecimal.valueOf(number));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
