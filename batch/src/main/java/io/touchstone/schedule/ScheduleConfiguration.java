package io.touchstone.schedule;

import io.touchstone.system.TouchstoneProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The schedules and, only in {@code touchstone serve} ({@code touchstone.serve.enabled}), the
 * scheduler that fires them: the other commands read schedules but never fire one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleSettings.class)
public class ScheduleConfiguration {

    @Bean
    @ConditionalOnProperty(name = "touchstone.serve.enabled", havingValue = "true")
    ThreadPoolTaskScheduler scheduleTaskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("schedule-");
        // On shutdown a firing's run has been asked to stop at its next chunk boundary: let it get there.
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(120);
        return scheduler;
    }

    @Bean
    @ConditionalOnProperty(name = "touchstone.serve.enabled", havingValue = "true")
    NightlyScheduler nightlyScheduler(ThreadPoolTaskScheduler scheduleTaskScheduler, ScheduleSettings settings,
            ScheduledRuns runs, TouchstoneProperties properties) {
        return new NightlyScheduler(scheduleTaskScheduler, settings, runs, properties, Clock.systemUTC());
    }
}
