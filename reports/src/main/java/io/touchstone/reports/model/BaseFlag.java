package io.touchstone.reports.model;

/**
 * How far a value can be trusted given its base (number of answers). A {@link #LOW} base is
 * shown greyed and never ranked or tested; a {@link #SUPPRESSED} one is not shown at all.
 */
public enum BaseFlag {
    OK, LOW, SUPPRESSED
}
