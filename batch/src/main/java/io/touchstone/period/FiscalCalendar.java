package io.touchstone.period;

import java.time.YearMonth;
import java.util.Locale;

/**
 * Finance's fiscal calendar: twelve fiscal periods, each a calendar month, the first starting
 * in {@code firstMonth}. A fiscal year is named by the calendar year it ends in, so with
 * September as the first month November 2026 is {@code FY2027-P03}; with January, fiscal and
 * calendar years are the same.
 */
public record FiscalCalendar(int firstMonth) {

    /** September first, the calendar of the contract's example ({@code FY2027-P03} = 2026-11). */
    public static final FiscalCalendar DEFAULT = new FiscalCalendar(9);

    public FiscalCalendar {
        if (firstMonth < 1 || firstMonth > 12) {
            throw new IllegalArgumentException("touchstone.fiscal.first-month must be a month 1-12 (1 = January),"
                    + " got " + firstMonth);
        }
    }

    /** The fiscal period a calendar month is: {@code FY2027-P03}. */
    public String label(YearMonth month) {
        int period = Math.floorMod(month.getMonthValue() - firstMonth, 12) + 1;
        int year = firstMonth != 1 && month.getMonthValue() >= firstMonth ? month.getYear() + 1 : month.getYear();
        return String.format(Locale.ROOT, "FY%04d-P%02d", year, period);
    }

    /** The calendar month of a fiscal period: FY2027-P03 → 2026-11. */
    public YearMonth month(int fiscalYear, int period) {
        if (period < 1 || period > 12) {
            throw new IllegalArgumentException("A fiscal period is P01 to P12, got P" + period);
        }
        int month = (firstMonth - 1 + period - 1) % 12 + 1;
        int year = firstMonth != 1 && month >= firstMonth ? fiscalYear - 1 : fiscalYear;
        return YearMonth.of(year, month);
    }
}
