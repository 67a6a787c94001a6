package io.touchstone.reports.model;

import java.time.LocalDate;

/**
 * One metric for one scope and period, the row of the workbook's {@code KPIs} sheet.
 * {@code ALL} in brand, region or touchpoint marks an aggregate scope. When the base is
 * {@link BaseFlag#SUPPRESSED} every value field is {@code null}: a suppressed number never
 * reaches a report.
 */
public record KpiRow(
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        String brand,
        String region,
        String touchpoint,
        Metric metric,
        Double value,
        long n,
        Double ciLow,
        Double ciHigh,
        Double priorValue,
        Double change,
        Boolean changeSignificant,
        Double target,
        TargetStatus status,
        BaseFlag base,
        Double lastYearValue) {
}
