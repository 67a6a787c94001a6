package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes feed files the way the inbox contract asks: RFC 4180 CSV in UTF-8 with {@code \n} line
 * ends, fields quoted only when they hold a comma, quote or line break, numbers without locale.
 */
final class InboxCsv {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private InboxCsv() {
    }

    static CsvWriter writer(OutputStream out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out, StandardCharsets.UTF_8);
    }

    /**
     * {@code value} rounded half-up to {@code scale} decimals, as plain digits with a dot; through
     * {@code BigDecimal} so no host locale can turn the dot into a comma and no {@code -0.0} appears.
     */
    static String decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** An instant as the company's local time with its offset, to the second, as the responses carry it. */
    static String timestamp(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(DemoCompany.ZONE).format(TIMESTAMP);
    }

    /** An id of a prefix and a number padded with zeros to {@code width} digits, as the responses' ids. */
    static String id(char prefix, long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? prefix + digits : prefix + "0".repeat(width - digits.length()) + digits;
    }
}
