package io.touchstone.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as written in the benchmark and target feeds: {@code YYYY-MM}, {@code YYYY-Qn},
 * {@code YYYY} or a fiscal {@code FYyyyy-Pnn}. Calendar labels know their first and last day;
 * a fiscal label needs the fiscal calendar to be dated, so its days are empty.
 */
public record PeriodLabel(String label, LocalDate start, LocalDate end) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FISCAL = Pattern.compile("FY(\\d{4})-P(\\d{2})");

    public static Optional<PeriodLabel> parse(String text, boolean fiscalAllowed) {
        String label = text.trim().toUpperCase(Locale.ROOT);
        Matcher month = MONTH.matcher(label);
        if (month.matches()) {
            int monthOfYear = Integer.parseInt(month.group(2));
            if (monthOfYear < 1 || monthOfYear > 12) {
                return Optional.empty();
            }
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(1)), monthOfYear);
            return Optional.of(new PeriodLabel(label, yearMonth.atDay(1), yearMonth.atEndOfMonth()));
        }
        Matcher quarter = QUARTER.matcher(label);
        if (quarter.matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(quarter.group(1)),
                    (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1);
            return Optional.of(new PeriodLabel(label, first, first.plusMonths(3).minusDays(1)));
        }
        if (YEAR.matcher(label).matches()) {
            int year = Integer.parseInt(label);
            return Optional.of(new PeriodLabel(label, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        Matcher fiscal = FISCAL.matcher(label);
        if (fiscalAllowed && fiscal.matches() && Integer.parseInt(fiscal.group(2)) >= 1
                && Integer.parseInt(fiscal.group(2)) <= 12) {
            return Optional.of(new PeriodLabel(label, null, null));
        }
        return Optional.empty();
    }
}
