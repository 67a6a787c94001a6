package io.touchstone.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code touchstone.schedules} list of {@code application.yml}: the schedules
 * {@code touchstone serve} fires. Names are unique, since a schedule's runs are kept by name.
 */
@ConfigurationProperties("touchstone")
public record ScheduleSettings(List<ScheduleDefinition> schedules) {

    public ScheduleSettings {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        Set<String> names = new HashSet<>();
        for (ScheduleDefinition schedule : schedules) {
            if (!names.add(schedule.name())) {
                throw new IllegalArgumentException("touchstone.schedules: two schedules are named '"
                        + schedule.name() + "'; give each its own name");
            }
        }
    }
}
