package io.touchstone.reports.model;

/**
 * Status of a value against its target: {@link #GREEN} meets it, {@link #AMBER} misses by less
 * than the value's own 95 % margin, {@link #RED} misses by more. No target means no status
 * ({@code null}).
 */
public enum TargetStatus {
    GREEN, AMBER, RED
}
