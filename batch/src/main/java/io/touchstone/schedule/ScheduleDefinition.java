package io.touchstone.schedule;

import io.touchstone.ingest.Feed;
import io.touchstone.period.PeriodKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * One entry of {@code touchstone.schedules}: when the nightly job fires (a Spring cron
 * expression, seconds first, in the reporting time zone), for which period, which feeds it
 * waits for and how long at most. The business date of a firing is the day before it.
 *
 * @param waitFor feeds that must have delivered since the schedule's last successful run
 * @param deadline after the day's first firing, run with what is there ({@code null}: wait
 *     for ever)
 */
public record ScheduleDefinition(String name, String cron, String period, List<String> waitFor, Duration deadline) {

    public ScheduleDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("touchstone.schedules: every schedule needs a name");
        }
        if (cron == null || !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("touchstone.schedules '" + name + "': cron '" + cron
                    + "' is not a Spring cron expression (six fields, seconds first, e.g. \"0 30 6 * * *\")");
        }
        period = period == null ? PeriodKind.MONTH.code() : period;
        try {
            PeriodKind.fromCode(period);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("touchstone.schedules '" + name + "': " + e.getMessage(), e);
        }
        waitFor = waitFor == null ? List.of() : List.copyOf(waitFor);
        for (String feed : waitFor) {
            if (Arrays.stream(Feed.values()).noneMatch(known -> known.code().equals(feed))) {
                throw new IllegalArgumentException("touchstone.schedules '" + name + "': wait-for names no feed '"
                        + feed + "'; the feeds are " + Arrays.stream(Feed.values()).map(Feed::code).toList());
            }
        }
        if (deadline != null && deadline.isNegative()) {
            throw new IllegalArgumentException("touchstone.schedules '" + name + "': deadline must not be negative");
        }
    }

    public PeriodKind periodKind() {
        return PeriodKind.fromCode(period.toLowerCase(Locale.ROOT));
    }

    /** The business date a firing at {@code firedAt} is for: the day before, in {@code zone}. */
    public LocalDate businessDate(ZonedDateTime firedAt) {
        return firedAt.toLocalDate().minusDays(1);
    }

    /** The next {@code count} times this schedule fires after {@code from}. */
    public List<ZonedDateTime> nextFirings(ZonedDateTime from, int count) {
        CronExpression expression = CronExpression.parse(cron);
        List<ZonedDateTime> times = new ArrayList<>();
        ZonedDateTime next = from;
        while (times.size() < count && (next = expression.next(next)) != null) {
            times.add(next);
        }
        return times;
    }

    /** The cron expression in {@code zone}, for the scheduler. */
    public CronTrigger trigger(ZoneId zone) {
        return new CronTrigger(cron, zone);
    }
}
