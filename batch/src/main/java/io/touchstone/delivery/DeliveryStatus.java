package io.touchstone.delivery;

import java.util.Locale;

/** How a message went, as the {@code delivery} table's {@code status} column holds it. */
public enum DeliveryStatus {
    /** Recorded, not yet through: what a process that died mid-send leaves behind. */
    PENDING,
    SENT,
    FAILED,
    /** Not tried: delivery is off, or nothing was left to send. */
    SKIPPED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DeliveryStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
