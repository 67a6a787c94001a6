package io.touchstone.period;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of reporting period a run can be keyed to: calendar days, ISO weeks, calendar
 * months and quarters, and the fiscal months of the configured {@link FiscalCalendar}.
 */
public enum PeriodKind {
    DAY, WEEK, MONTH, FISCAL_MONTH, QUARTER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PeriodKind fromCode(String code) {
        for (PeriodKind kind : values()) {
            if (kind.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown period '" + code + "': use one of " + codes());
    }

    public static String codes() {
        return Arrays.stream(values()).map(PeriodKind::code).collect(Collectors.joining(", "));
    }
}
