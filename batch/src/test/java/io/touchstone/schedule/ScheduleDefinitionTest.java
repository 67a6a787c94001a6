package io.touchstone.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A schedule as {@code application.yml} writes it: checked when Touchstone starts, read as a CX lead means it. */
class ScheduleDefinitionTest {

    @Test
    void aFiringIsForTheDayBefore() {
        ScheduleDefinition schedule = new ScheduleDefinition("daily", "0 30 6 * * *", "day", null, null);

        assertThat(schedule.businessDate(ZonedDateTime.parse("2026-12-01T06:30:00+01:00[Europe/Paris]")))
                .isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(schedule.waitFor()).isEmpty();
    }

    @Test
    void nextFiringsFollowTheCronExpressionInTheReportingTimeZone() {
        ScheduleDefinition schedule = new ScheduleDefinition("pack", "0 30 6 * * MON-FRI", "month", null, null);

        List<ZonedDateTime> next = schedule.nextFirings(
                ZonedDateTime.parse("2026-12-04T07:00:00+01:00[Europe/Paris]"), 2);

        assertThat(next).extracting(time -> time.withZoneSameInstant(ZoneId.of("Europe/Paris")).toString())
                .containsExactly("2026-12-07T06:30+01:00[Europe/Paris]", "2026-12-08T06:30+01:00[Europe/Paris]");
    }

    @Test
    void aFiveFieldCronIsRefusedWithTheFormToUse() {
        assertThatThrownBy(() -> new ScheduleDefinition("pack", "30 6 * * *", "month", null, null))
                .hasMessage("touchstone.schedules 'pack': cron '30 6 * * *' is not a Spring cron expression"
                        + " (six fields, seconds first, e.g. \"0 30 6 * * *\")");
    }

    @Test
    void waitingForAnUnknownFeedIsRefusedWithTheFeedsThereAre() {
        assertThatThrownBy(() -> new ScheduleDefinition("pack", "0 30 6 * * *", "month", List.of("surveys"),
                Duration.ofHours(3)))
                .hasMessageStartingWith("touchstone.schedules 'pack': wait-for names no feed 'surveys'; the feeds are")
                .hasMessageContaining("responses");
    }

    @Test
    void anUnknownPeriodIsRefused() {
        assertThatThrownBy(() -> new ScheduleDefinition("pack", "0 30 6 * * *", "fortnight", null, null))
                .hasMessageContaining("touchstone.schedules 'pack'").hasMessageContaining("fortnight");
    }

    @Test
    void twoSchedulesMayNotShareAName() {
        ScheduleDefinition one = new ScheduleDefinition("pack", "0 30 6 * * *", "month", null, null);

        assertThatThrownBy(() -> new ScheduleSettings(List.of(one, one)))
                .hasMessage("touchstone.schedules: two schedules are named 'pack'; give each its own name");
    }
}
