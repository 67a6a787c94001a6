package io.touchstone.reports.model;

import java.util.Locale;

/**
 * Status of a value against its target: {@link #GREEN} meets it, {@link #AMBER} misses by less
 * than the value's own 95 % margin, {@link #RED} misses by more. No target means no status
 * ({@code null}). The warehouse and the workbook spell it as its {@link #code()}.
 */
public enum TargetStatus {
    GREEN, AMBER, RED;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** {@code green}, {@code amber} or {@code red}: the stored and printed spelling. */
    public String code() {
        return code;
    }

    public static TargetStatus fromCode(String code) {
        for (TargetStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown target status '" + code + "': expected green, amber or red");
    }
}
