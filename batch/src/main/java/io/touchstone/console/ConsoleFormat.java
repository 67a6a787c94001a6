package io.touchstone.console;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the console prints numbers, dates, times, durations and sizes: in the reports' locale and
 * time zone ({@code touchstone.reporting.locale}, {@code time-zone}), whatever the browser's.
 */
public final class ConsoleFormat {

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    ConsoleFormat(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String when(OffsetDateTime value) {
        return value == null ? "" : dateTime.format(value.atZoneSameInstant(zone));
    }

    public String when(Instant value) {
        return value == null ? "" : dateTime.format(value.atZone(zone));
    }

    public String when(ZonedDateTime value) {
        return value == null ? "" : dateTime.format(value.withZoneSameInstant(zone));
    }

    /** "42 s", "3 min 05 s", "1 h 02 min". */
    public String duration(double seconds) {
        long whole = Math.round(seconds);
        if (whole < 60) {
            return (seconds < 10 && seconds != whole ? String.format(locale, "%.1f", seconds) : number(whole)) + " s";
        }
        if (whole < 3600) {
            return String.format(locale, "%d min %02d s", whole / 60, whole % 60);
        }
        return String.format(locale, "%d h %02d min", whole / 3600, whole % 3600 / 60);
    }

    /** "812 B", "1.4 MB" (decimal units, as file managers show them). */
    public String size(long bytes) {
        if (bytes < 1000) {
            return number(bytes) + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value < 10 ? 1 : 0);
        return format.format(value) + " " + units[unit];
    }

    public String zone() {
        return zone.getId();
    }
}
