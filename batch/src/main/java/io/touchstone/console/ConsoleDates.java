package io.touchstone.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Business dates as the console's forms and API take them: year-month-day, refused in words. */
final class ConsoleDates {

    private ConsoleDates() {
    }

    /** The date, or {@code null} when none is given. */
    static LocalDate optional(String name, String value) {
        return value == null || value.isBlank() ? null : required(name, value);
    }

    static LocalDate required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " is missing: give a date as year-month-day,"
                    + " e.g. 2026-11-30.");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date for " + name
                    + ": write it as year-month-day, e.g. 2026-11-30.");
        }
    }
}
