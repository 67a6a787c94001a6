package io.touchstone.period;

import io.touchstone.reports.model.ReportPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A reporting period: its kind, first day and last day (inclusive), with the label finance and
 * executives see ({@code 2026-11-20}, {@code 2026-W47}, {@code 2026-11}, {@code FY2027-P03},
 * {@code 2026-Q4}) and the periods it is compared with, in the run's fiscal calendar.
 */
public record ReportingPeriod(PeriodKind kind, LocalDate start, LocalDate end, FiscalCalendar fiscal) {

    /** The period of the given kind that holds the business date, in the default fiscal calendar. */
    public static ReportingPeriod containing(PeriodKind kind, LocalDate date) {
        return containing(kind, date, FiscalCalendar.DEFAULT);
    }

    /**
     * The business dates a backfill from {@code from} to {@code to} runs, oldest first: the last day
     * of every period of the kind that overlaps the range, the last one cut at {@code to}.
     */
    public static List<LocalDate> backfillDates(PeriodKind kind, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The backfill ends (" + to + ") before it starts (" + from + ").");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (ReportingPeriod period = containing(kind, from); !period.start().isAfter(to);
                period = containing(kind, period.end().plusDays(1))) {
            dates.add(period.end().isAfter(to) ? to : period.end());
        }
        return dates;
    }

    /** The period of the given kind that holds the business date. */
    public static ReportingPeriod containing(PeriodKind kind, LocalDate date, FiscalCalendar fiscal) {
        return switch (kind) {
            case DAY -> new ReportingPeriod(kind, date, date, fiscal);
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportingPeriod(kind, monday, monday.plusDays(6), fiscal);
            }
            // A fiscal month is a calendar month under another name.
            case MONTH, FISCAL_MONTH -> new ReportingPeriod(kind, date.withDayOfMonth(1),
                    date.with(TemporalAdjusters.lastDayOfMonth()), fiscal);
            case QUARTER -> {
                LocalDate first = date.withMonth((date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1)
                        .withDayOfMonth(1);
                yield new ReportingPeriod(kind, first, first.plusMonths(3).minusDays(1), fiscal);
            }
        };
    }

    public String label() {
        return switch (kind) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
                    start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case FISCAL_MONTH -> fiscal.label(YearMonth.from(start));
            case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", start.getYear(),
                    start.get(IsoFields.QUARTER_OF_YEAR));
        };
    }

    public ReportingPeriod prior() {
        return containing(kind, start.minusDays(1), fiscal);
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
            return containing(kind, fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week), fiscal);
        }
        return containing(kind, start.minusYears(1), fiscal);
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
     * itself, then the calendar and fiscal month, the quarter and the year that hold it (a weekly
     * report is judged against its month's goal when no weekly goal exists; finance may file a
     * month's goal under either name).
     */
    public List<String> targetLabels() {
        Set<String> labels = new LinkedHashSet<>();
        labels.add(label());
        if (kind != PeriodKind.QUARTER) {
            labels.add(containing(PeriodKind.MONTH, start, fiscal).label());
            labels.add(fiscal.label(YearMonth.from(start)));
        }
        labels.add(containing(PeriodKind.QUARTER, start, fiscal).label());
        labels.add(Integer.toString(start.getYear()));
        return List.copyOf(labels);
    }

    public ReportPeriod toReportPeriod() {
        boolean wholeMonth = kind == PeriodKind.MONTH || kind == PeriodKind.FISCAL_MONTH;
        return new ReportPeriod(kind.code(), label(), start, end, wholeMonth ? fiscal.label(YearMonth.from(start)) : null);
    }
}
