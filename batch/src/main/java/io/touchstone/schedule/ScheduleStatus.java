package io.touchstone.schedule;

import java.util.Locale;

/** Where a schedule's business date stands, as {@code schedule_run.status} stores it. */
public enum ScheduleStatus {
    WAITING, RUNNING, COMPLETED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScheduleStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
