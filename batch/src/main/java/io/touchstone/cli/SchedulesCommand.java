package io.touchstone.cli;

import io.touchstone.schedule.ScheduleClaims;
import io.touchstone.schedule.ScheduleDefinition;
import io.touchstone.schedule.ScheduleSettings;
import io.touchstone.sql.generated.tables.records.ScheduleRunRecord;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.system.TouchstoneProperties;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code touchstone schedules}: each schedule with its next firings and its last result. */
@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = "List the schedules: cron, period, what they wait for, next firings, last result.")
public final class SchedulesCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        PrintWriter out = spec.commandLine().getOut();
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl())) {
            List<ScheduleDefinition> schedules = session.bean(ScheduleSettings.class).schedules();
            ZoneId zone = session.bean(TouchstoneProperties.class).reporting().timeZone();
            ScheduleClaims claims = session.bean(ScheduleClaims.class);
            if (schedules.isEmpty()) {
                out.println("No schedules: add touchstone.schedules to " + home.root().resolve("application.yml")
                        + " (see the README).");
            }
            for (ScheduleDefinition schedule : schedules) {
                out.printf(Locale.ROOT, "%s  cron '%s' (%s)  period %s%s%n", schedule.name(), schedule.cron(), zone,
                        schedule.period(), schedule.waitFor().isEmpty() ? ""
                                : "  waits for " + String.join(", ", schedule.waitFor())
                                        + (schedule.deadline() == null ? "" : " up to " + schedule.deadline()));
                out.println("  next: " + schedule.nextFirings(ZonedDateTime.now(zone), 3).stream()
                        .map(WHEN::format).collect(Collectors.joining(", ")));
                List<ScheduleRunRecord> last = claims.latest(schedule.name(), 1);
                out.println("  last: " + (last.isEmpty() ? "never fired" : describe(last.get(0))));
            }
        }
        return 0;
    }

    private static String describe(ScheduleRunRecord row) {
        return row.getBusinessDate() + " " + row.getStatus()
                + (row.getRunId() == null ? "" : " (run " + row.getRunId() + ")")
                + (row.getMissingFeeds() == null ? "" : ", missing " + row.getMissingFeeds());
    }
}
