package io.touchstone.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void labelsFollowTheCalendar() {
        LocalDate date = LocalDate.of(2026, 11, 20);

        assertThat(ReportingPeriod.containing(PeriodKind.DAY, date).label()).isEqualTo("2026-11-20");
        assertThat(ReportingPeriod.containing(PeriodKind.WEEK, date).label()).isEqualTo("2026-W47");
        assertThat(ReportingPeriod.containing(PeriodKind.MONTH, date).label()).isEqualTo("2026-11");
        assertThat(ReportingPeriod.containing(PeriodKind.QUARTER, date).label()).isEqualTo("2026-Q4");
    }

    @Test
    void isoWeeksRunMondayToSundayAcrossTheYearEnd() {
        ReportingPeriod week = ReportingPeriod.containing(PeriodKind.WEEK, LocalDate.of(2027, 1, 1));

        assertThat(week.label()).isEqualTo("2026-W53");
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(week.end()).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    void priorAndSamePeriodLastYear() {
        ReportingPeriod march = ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.of(2026, 3, 15));
        ReportingPeriod week53 = ReportingPeriod.containing(PeriodKind.WEEK, LocalDate.of(2026, 12, 30));
        ReportingPeriod leapDay = ReportingPeriod.containing(PeriodKind.DAY, LocalDate.of(2028, 2, 29));

        assertThat(march.prior().label()).isEqualTo("2026-02");
        assertThat(march.sameLastYear().label()).isEqualTo("2025-03");
        assertThat(week53.sameLastYear().label()).isEqualTo("2025-W52");
        assertThat(leapDay.sameLastYear().label()).isEqualTo("2027-02-28");
    }

    @Test
    void aTrendEndsWithThePeriodItself() {
        ReportingPeriod october = ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.of(2026, 10, 31));

        assertThat(october.trend(13)).hasSize(13);
        assertThat(october.trend(13).get(0).label()).isEqualTo("2025-10");
        assertThat(october.trend(13).get(12)).isEqualTo(october);
    }

    @Test
    void targetsOfTheEnclosingMonthQuarterAndYearApplyToAWeek() {
        ReportingPeriod week = ReportingPeriod.containing(PeriodKind.WEEK, LocalDate.of(2026, 11, 20));

        assertThat(week.targetLabels()).containsExactly("2026-W47", "2026-11", "2026-Q4", "2026");
    }
}
