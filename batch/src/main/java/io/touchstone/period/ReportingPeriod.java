package io.touchstone.period;

import io.touchstone.reports.model.ReportPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reporting period: its kind, first day and last day (inclusive), with the label finance and
 * executives see ({@code 2026-11-20}, {@code 2026-W47}, {@code 2026-11}, {@code 2026-Q4}) and
 * the periods it is compared with.
 */
public record ReportingPeriod(PeriodKind kind, LocalDate start, LocalDate end) {

    /** The period of the given kind that holds the business date. */
    public static ReportingPeriod containing(PeriodKind kind, LocalDate date) {
        return switch (kind) {
            case DAY -> new ReportingPeriod(kind, date, date);
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportingPeriod(kind, monday, monday.plusDays(6));
            }
            case MONTH -> new ReportingPeriod(kind, date.withDayOfMonth(1),
                    date.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate first = date.withMonth((date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1)
                        .withDayOfMonth(1);
                yield new ReportingPeriod(kind, first, first.plusMonths(3).minusDays(1));
            }
        };
    }

    public String label() {
        return switch (kind) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
                    start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", start.getYear(),
                    start.get(IsoFields.QUARTER_OF_YEAR));
        };
    }

    public ReportingPeriod prior() {
        return containing(kind, start.minusDays(1));
    }

    /**
     * The same period a year earlier: the same date, ISO week number, month or quarter. A week
     * 53 maps to week 52 of a year that has none; 29 February maps to 28 February.
     */
    public ReportingPeriod sameLastYear() {
        if (kind == PeriodKind.WEEK) {
            LocalDate fourthOfJanuary = LocalDate.of(start.get(IsoFields.WEEK_BASED_YEAR) - 1, 1, 4);
            long weeksLastYear = fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            long week = Math.min(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weeksLastYear);
            return containing(kind, fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
        }
        return containing(kind, start.minusYears(1));
    }

    /** This period and the ones before it, oldest first: the periods of a trend chart. */
    public List<ReportingPeriod> trend(int periods) {
        List<ReportingPeriod> trend = new ArrayList<>();
        ReportingPeriod period = this;
        for (int i = 0; i < periods; i++) {
            trend.add(0, period);
            period = period.prior();
        }
        return trend;
    }

    /** The first instant of the period in the reporting time zone. */
    public OffsetDateTime startsAt(ZoneId zone) {
        return start.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The first instant after the period in the reporting time zone (exclusive bound). */
    public OffsetDateTime endsBefore(ZoneId zone) {
        return end.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /**
     * The labels a target for this period may be filed under, most specific first: the period
     * itself, then the month, quarter and year that hold it (a weekly report is judged against
     * its month's goal when no weekly goal exists).
     */
    public List<String> targetLabels() {
        List<String> labels = new ArrayList<>();
        labels.add(label());
        for (PeriodKind wider : new PeriodKind[] {PeriodKind.MONTH, PeriodKind.QUARTER}) {
            if (wider.ordinal() > kind.ordinal()) {
                labels.add(containing(wider, start).label());
            }
        }
        labels.add(Integer.toString(start.getYear()));
        return labels;
    }

    public ReportPeriod toReportPeriod() {
        return new ReportPeriod(kind.code(), label(), start, end, null);
    }
}
