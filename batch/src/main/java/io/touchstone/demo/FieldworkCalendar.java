package io.touchstone.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Spreads a number of survey responses over the days of 15 calendar months and over the hours of
 * each day, the way real survey traffic falls: quieter at weekends, busier in December, growing
 * slowly as the programme reaches more customers, and answered mostly at lunchtime and in the
 * evening.
 *
 * <p>Holds only one weight per day, so its memory does not depend on how many responses there are.
 */
final class FieldworkCalendar {

    static final int MONTHS = 15;

    /** Relative response volume by hour of day, 00:00 to 23:00, local time. */
    private static final double[] HOURLY_WEIGHTS = {
        2, 1, 1, 1, 1, 2, 4, 8, 12, 15, 16, 16, 17, 16, 15, 15, 15, 16, 18, 20, 19, 15, 9, 4
    };

    private static final double[] CUMULATIVE_HOURLY = new double[HOURLY_WEIGHTS.length + 1];

    static {
        for (int h = 0; h < HOURLY_WEIGHTS.length; h++) {
            CUMULATIVE_HOURLY[h + 1] = CUMULATIVE_HOURLY[h] + HOURLY_WEIGHTS[h];
        }
    }

    private final YearMonth firstMonth;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final double[] cumulativeDayWeight;

    FieldworkCalendar(LocalDate lastDay) {
        this.lastDay = lastDay;
        this.firstMonth = YearMonth.from(lastDay).minusMonths(MONTHS - 1L);
        this.firstDay = firstMonth.atDay(1);
        int days = Math.toIntExact(ChronoUnit.DAYS.between(firstDay, lastDay) + 1);
        this.cumulativeDayWeight = new double[days + 1];
        for (int d = 0; d < days; d++) {
            cumulativeDayWeight[d + 1] = cumulativeDayWeight[d] + dayWeight(d, days);
        }
    }

    int days() {
        return cumulativeDayWeight.length - 1;
    }

    LocalDate day(int dayIndex) {
        return firstDay.plusDays(dayIndex);
    }

    LocalDate lastDay() {
        return lastDay;
    }

    YearMonth month(int monthIndex) {
        return firstMonth.plusMonths(monthIndex);
    }

    int monthIndex(LocalDate date) {
        return (int) ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(date));
    }

    /**
     * How many of {@code total} responses fall on day {@code dayIndex}. Rounding the running total
     * rather than each day keeps the days summing to exactly {@code total}.
     */
    int responsesOn(int dayIndex, long total) {
        double all = cumulativeDayWeight[days()];
        long upTo = Math.round(total * (cumulativeDayWeight[dayIndex + 1] / all));
        long before = Math.round(total * (cumulativeDayWeight[dayIndex] / all));
        return Math.toIntExact(upTo - before);
    }

    /**
     * The second of the day at which the {@code i}-th of {@code n} responses of a day arrives.
     * Each response gets its own slice of the day's traffic curve ({@code jitter} places it within
     * the slice), so the times come out in order without sorting the day's responses.
     */
    static int secondOfDay(int i, int n, double jitter) {
        double position = (i + jitter) / n * CUMULATIVE_HOURLY[HOURLY_WEIGHTS.length];
        int hour = 0;
        while (hour < HOURLY_WEIGHTS.length - 1 && position >= CUMULATIVE_HOURLY[hour + 1]) {
            hour++;
        }
        double withinHour = (position - CUMULATIVE_HOURLY[hour]) / HOURLY_WEIGHTS[hour];
        return Math.min(86_399, hour * 3600 + (int) (withinHour * 3600));
    }

    private double dayWeight(int dayIndex, int days) {
        LocalDate date = day(dayIndex);
        double weekday = date.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.75
                : date.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.65 : 1.0;
        double season = date.getMonth() == Month.DECEMBER ? 1.15 : 1.0;
        double growth = 1.0 + 0.25 * dayIndex / days;
        return weekday * season * growth;
    }
}
