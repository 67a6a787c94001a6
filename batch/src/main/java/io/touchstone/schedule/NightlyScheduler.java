package io.touchstone.schedule;

import io.touchstone.system.TouchstoneProperties;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * Fires every schedule of {@code touchstone.schedules} on its cron expression, in the reporting
 * time zone, while {@code touchstone serve} runs. Firings share one thread: a long run delays
 * the next firing instead of racing it.
 */
public class NightlyScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);

    private final TaskScheduler scheduler;
    private final List<ScheduleDefinition> schedules;
    private final ScheduledRuns runs;
    private final ZoneId zone;
    private final Clock clock;
    private final List<ScheduledFuture<?>> firings = new ArrayList<>();

    public NightlyScheduler(TaskScheduler scheduler, ScheduleSettings settings, ScheduledRuns runs,
            TouchstoneProperties properties, Clock clock) {
        this.scheduler = scheduler;
        this.schedules = settings.schedules();
        this.runs = runs;
        this.zone = properties.reporting().timeZone();
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        for (ScheduleDefinition schedule : schedules) {
            firings.add(scheduler.schedule(() -> fire(schedule), schedule.trigger(zone)));
            log.info("{}: cron '{}' ({}), next at {}", schedule.name(), schedule.cron(), zone,
                    schedule.nextFirings(clock.instant().atZone(zone), 1));
        }
        if (schedules.isEmpty()) {
            log.info("No schedules: add touchstone.schedules to application.yml (see the README)");
        }
    }

    private void fire(ScheduleDefinition schedule) {
        try {
            runs.fire(schedule, clock.instant());
        } catch (RuntimeException e) {
            // The next firing tries again; one bad firing must not end the schedule.
            log.error("{}: the firing failed: {}", schedule.name(), e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        firings.forEach(firing -> firing.cancel(false));
        firings.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !firings.isEmpty();
    }
}
