package io.touchstone.console;

import io.touchstone.delivery.DeliveryEntry;
import io.touchstone.delivery.DeliveryOutcome;
import io.touchstone.delivery.DeliveryService;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/deliveries}: the delivery log of a run, and sending one message again — to its
 * recipient only, and only the files they do not already have.
 */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/deliveries")
final class DeliveriesApiController {

    /** Messages listed at most: a run has one per recipient. */
    private static final int LIMIT = 10_000;

    private final DeliveryService delivery;

    DeliveriesApiController(DeliveryService delivery) {
        this.delivery = delivery;
    }

    @GetMapping
    List<DeliveryEntry> deliveries(@RequestParam(name = "run", required = false) Long runId) {
        return delivery.entries(runId, LIMIT);
    }

    @PostMapping("/{id}/resend")
    DeliveryOutcome resend(@PathVariable long id) {
        DeliveryEntry entry = delivery.entry(id)
                .orElseThrow(() -> new NoSuchRunException("There is no delivery " + id + "."));
        try {
            return delivery.resend(entry.runId(), false, entry.email());
        } catch (IllegalArgumentException e) {
            // Not published, replaced by a rerun, the address gone from the distribution file: the state of things.
            throw new RunConflictException(e.getMessage());
        }
    }
}
