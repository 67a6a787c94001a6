package io.touchstone.reports.model;

import java.util.Locale;

/**
 * How far a value can be trusted given its base (number of answers). A {@link #LOW} base is
 * shown greyed and never ranked or tested; a {@link #SUPPRESSED} one is not shown at all. The
 * warehouse and the workbook spell it as its {@link #code()}.
 */
public enum BaseFlag {
    OK, LOW, SUPPRESSED;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** {@code ok}, {@code low} or {@code suppressed}: the stored and printed spelling. */
    public String code() {
        return code;
    }

    public static BaseFlag fromCode(String code) {
        for (BaseFlag flag : values()) {
            if (flag.code.equals(code)) {
                return flag;
            }
        }
        throw new IllegalArgumentException("Unknown base '" + code + "': expected ok, low or suppressed");
    }
}
