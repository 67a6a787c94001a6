package io.touchstone.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * What delivering a run did, for the command line and the scheduler to print.
 *
 * @param sent messages the mail server accepted
 * @param failed messages that still failed after their tries (the delivery log says why)
 * @param skipped messages not tried because delivery is off (no mail server configured)
 * @param alreadyDelivered recipients who already had every file of their copy: nothing was sent
 */
public record DeliveryOutcome(int sent, int failed, int skipped, int alreadyDelivered) {

    /** "3 sent, 1 failed"; the zero counts besides "sent" are left out. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(sent + " sent");
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        if (skipped > 0) {
            parts.add(skipped + " skipped");
        }
        if (alreadyDelivered > 0) {
            parts.add(alreadyDelivered + " already had their files");
        }
        return String.join(", ", parts);
    }
}
