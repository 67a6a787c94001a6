package io.touchstone.console;

import io.touchstone.job.RunSummary;
import io.touchstone.period.PeriodKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which runs the runs page and {@code GET /api/runs} list: business dates from and to, a period
 * and a status, each optional. Built from request parameters, refused in words when one is wrong.
 */
record RunFilter(LocalDate from, LocalDate to, PeriodKind period, String status) implements Predicate<RunSummary> {

    static final String[] STATUSES = {"COMPLETED", "FAILED", "STOPPED", "STARTED", "ABANDONED"};

    static RunFilter of(String from, String to, String period, String status) {
        LocalDate first = ConsoleDates.optional("from", from);
        LocalDate last = ConsoleDates.optional("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new IllegalArgumentException("The dates are the wrong way round: " + last + " is before " + first + ".");
        }
        PeriodKind kind = blank(period) ? null : PeriodKind.fromCode(period.trim());
        String state = blank(status) ? null : status.trim().toUpperCase(Locale.ROOT);
        if (state != null && !Arrays.asList(STATUSES).contains(state)) {
            throw new IllegalArgumentException("There is no run status '" + status + "'; the statuses are "
                    + String.join(", ", STATUSES).toLowerCase(Locale.ROOT) + ".");
        }
        return new RunFilter(first, last, kind, state);
    }

    @Override
    public boolean test(RunSummary run) {
        return (from == null || !run.businessDate().isBefore(from))
                && (to == null || !run.businessDate().isAfter(to))
                && (period == null || period.code().equals(run.period()))
                && (status == null || status.equals(run.status()));
    }

    boolean isEmpty() {
        return from == null && to == null && period == null && status == null;
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
