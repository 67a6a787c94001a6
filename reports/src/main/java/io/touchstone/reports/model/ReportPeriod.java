package io.touchstone.reports.model;

import java.time.LocalDate;

/**
 * A reporting period as printed on a report: its kind ({@code day}, {@code week}, {@code month},
 * {@code quarter}), its label ({@code 2026-11-20}, {@code 2026-W47}, {@code 2026-11}) and its
 * first and last day, both inclusive, and the fiscal period finance files it under
 * ({@code FY2027-P03}; null when the period is not a whole fiscal period).
 */
public record ReportPeriod(String kind, String label, LocalDate start, LocalDate end, String fiscalLabel) {
}
