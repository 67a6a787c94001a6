package io.touchstone.delivery;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One message of the delivery log, as {@code touchstone deliveries} lists it.
 *
 * @param reason why it failed or was skipped; {@code null} when it was sent
 * @param files the file names it carried, attached or linked
 */
public record DeliveryEntry(long deliveryId, long runId, String recipient, String email, DeliveryStatus status,
        int attempts, String reason, boolean corrected, OffsetDateTime at, List<String> files) {
}
