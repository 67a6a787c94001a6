package io.touchstone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FieldworkCalendarTest {

    private final FieldworkCalendar calendar = new FieldworkCalendar(LocalDate.of(2026, 11, 20));

    @Test
    void coversFifteenCalendarMonthsUpToAndIncludingTheLastDay() {
        assertThat(calendar.day(0)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(calendar.day(calendar.days() - 1)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(calendar.month(0)).isEqualTo(YearMonth.of(2025, 9));
        assertThat(calendar.month(14)).isEqualTo(YearMonth.of(2026, 11));
        assertThat(calendar.monthIndex(LocalDate.of(2026, 11, 20))).isEqualTo(14);
    }

    @Test
    void dailyVolumesAddUpExactlyForAnyTotal() {
        for (long total : new long[] {0, 1, 7, 20_000, 1_000_000, Integer.MAX_VALUE}) {
            long sum = 0;
            for (int d = 0; d < calendar.days(); d++) {
                int onDay = calendar.responsesOn(d, total);
                assertThat(onDay).isNotNegative();
                sum += onDay;
            }
            assertThat(sum).as("total %d", total).isEqualTo(total);
        }
    }

    @Test
    void weekendsAreQuieterThanWeekdays() {
        // 2026-11-14 is a Saturday, 2026-11-11 a Wednesday
        int saturday = calendar.responsesOn(calendar.days() - 7, 1_000_000);
        int wednesday = calendar.responsesOn(calendar.days() - 10, 1_000_000);
        assertThat(saturday).isLessThan(wednesday);
    }

    @Test
    void responseTimesComeInOrderAndPeakInTheDaytime() {
        int n = 1_000;
        int previous = -1;
        int daytime = 0;
        for (int i = 0; i < n; i++) {
            int second = FieldworkCalendar.secondOfDay(i, n, 0.999);
            assertThat(second).isBetween(previous, 86_399);
            previous = second;
            daytime += second >= 8 * 3600 && second < 22 * 3600 ? 1 : 0;
        }
        assertThat(daytime).isGreaterThan(n * 8 / 10);
    }
}
