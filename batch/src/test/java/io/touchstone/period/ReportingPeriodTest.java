package io.touchstone.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
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

        assertThat(week.targetLabels()).containsExactly("2026-W47", "2026-11", "FY2027-P03", "2026-Q4", "2026");
    }

    @Test
    void aFiscalMonthIsACalendarMonthNamedByTheFiscalYearItEndsIn() {
        FiscalCalendar september = new FiscalCalendar(9);
        ReportingPeriod november = ReportingPeriod.containing(PeriodKind.FISCAL_MONTH, LocalDate.of(2026, 11, 15),
                september);

        assertThat(november.label()).isEqualTo("FY2027-P03");
        assertThat(november.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.end()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(november.prior().label()).isEqualTo("FY2027-P02");
        assertThat(november.sameLastYear().label()).isEqualTo("FY2026-P03");
        assertThat(november.targetLabels()).containsExactly("FY2027-P03", "2026-11", "2026-Q4", "2026");
        assertThat(november.toReportPeriod().fiscalLabel()).isEqualTo("FY2027-P03");
    }

    @Test
    void theFiscalYearTurnsInItsFirstMonth() {
        FiscalCalendar september = new FiscalCalendar(9);

        assertThat(september.label(YearMonth.of(2026, 8))).isEqualTo("FY2026-P12");
        assertThat(september.label(YearMonth.of(2026, 9))).isEqualTo("FY2027-P01");
        assertThat(ReportingPeriod.containing(PeriodKind.FISCAL_MONTH, LocalDate.of(2026, 9, 1), september).prior()
                .label()).isEqualTo("FY2026-P12");
        assertThat(september.month(2027, 3)).isEqualTo(YearMonth.of(2026, 11));
        assertThat(september.month(2026, 12)).isEqualTo(YearMonth.of(2026, 8));
        FiscalCalendar january = new FiscalCalendar(1);
        assertThat(january.label(YearMonth.of(2026, 11))).isEqualTo("FY2026-P11");
        assertThat(january.month(2026, 11)).isEqualTo(YearMonth.of(2026, 11));
        FiscalCalendar april = new FiscalCalendar(4);
        assertThat(april.label(YearMonth.of(2027, 3))).isEqualTo("FY2027-P12");
        assertThat(april.label(YearMonth.of(2027, 4))).isEqualTo("FY2028-P01");
    }

    @Test
    void aCalendarMonthCarriesItsFiscalNameForTheReports() {
        ReportingPeriod october = ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.of(2026, 10, 31),
                new FiscalCalendar(4));

        assertThat(october.toReportPeriod().label()).isEqualTo("2026-10");
        assertThat(october.toReportPeriod().fiscalLabel()).isEqualTo("FY2027-P07");
        assertThat(ReportingPeriod.containing(PeriodKind.WEEK, LocalDate.of(2026, 10, 31)).toReportPeriod()
                .fiscalLabel()).isNull();
    }
}
