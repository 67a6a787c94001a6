package io.touchstone.console;

import io.touchstone.schedule.ScheduleClaims;
import io.touchstone.schedule.ScheduleDefinition;
import io.touchstone.schedule.ScheduleSettings;
import io.touchstone.sql.generated.tables.records.ScheduleRunRecord;
import io.touchstone.system.TouchstoneProperties;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The schedules page: each schedule's cron, period, what it waits for, next firings and last result. */
@ConditionalOnWebApplication
@Controller
final class SchedulesPageController {

    private final ScheduleSettings schedules;
    private final ScheduleClaims claims;
    private final ZoneId zone;

    SchedulesPageController(ScheduleSettings schedules, ScheduleClaims claims, TouchstoneProperties properties) {
        this.schedules = schedules;
        this.claims = claims;
        this.zone = properties.reporting().timeZone();
    }

    /** A schedule and how it stands. */
    record ScheduleView(String name, String cron, String period, List<String> waitFor, Duration deadline,
            List<ZonedDateTime> next, LastFiring last) {
    }

    /** The latest business date a schedule fired for, and what came of it. */
    record LastFiring(LocalDate businessDate, String status, Long runId, String missingFeeds) {
    }

    @GetMapping("/schedules")
    String schedules(Model model) {
        ZonedDateTime now = ZonedDateTime.now(zone);
        model.addAttribute("schedules", schedules.schedules().stream().map(schedule -> view(schedule, now)).toList());
        return "schedules";
    }

    private ScheduleView view(ScheduleDefinition schedule, ZonedDateTime now) {
        List<ScheduleRunRecord> latest = claims.latest(schedule.name(), 1);
        LastFiring last = latest.isEmpty() ? null : new LastFiring(latest.get(0).getBusinessDate(),
                latest.get(0).getStatus(), latest.get(0).getRunId(), latest.get(0).getMissingFeeds());
        return new ScheduleView(schedule.name(), schedule.cron(), schedule.period(), schedule.waitFor(),
                schedule.deadline(), schedule.nextFirings(now, 3), last);
    }
}
