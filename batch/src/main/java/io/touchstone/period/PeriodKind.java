package io.touchstone.period;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of reporting period a run can be keyed to. Fiscal periods need a fiscal calendar
 * and are not offered until one can be configured.
 */
public enum PeriodKind {
    DAY, WEEK, MONTH, QUARTER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
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
