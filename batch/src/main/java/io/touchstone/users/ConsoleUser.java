package io.touchstone.users;

import io.touchstone.reports.model.ReportSlice;
import java.io.Serializable;
import java.time.Instant;

/**
 * One person who may use the web console, as {@code console_user} holds them, without the
 * password hash.
 *
 * @param name the login name
 * @param role what they may do
 * @param slice the region or touchpoint a viewer is limited to, or {@code null} for every slice
 * @param createdAt when the user was added
 * @param lockedUntil until when too many failed logins lock them out, or {@code null}
 */
public record ConsoleUser(String name, ConsoleRole role, ReportSlice slice, Instant createdAt, Instant lockedUntil)
        implements Serializable {

    /** Whether the user sees only one slice's burst copy. */
    public boolean hasSlice() {
        return slice != null;
    }

    /** Whether failed logins lock the user out at that moment. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
