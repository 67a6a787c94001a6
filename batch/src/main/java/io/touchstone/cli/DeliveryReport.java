package io.touchstone.cli;

import io.touchstone.delivery.DeliveryOutcome;
import io.touchstone.delivery.DeliveryService;
import java.io.PrintWriter;

/** Prints how delivering a run went; failed messages make the exit status 1, with what to do next. */
final class DeliveryReport {

    private DeliveryReport() {
    }

    static int print(DeliveryService delivery, long runId, DeliveryOutcome outcome, PrintWriter out, PrintWriter err) {
        if (!delivery.enabled()) {
            out.println(delivery.logStatus());
        }
        out.println("Run " + runId + " delivery: " + outcome.summary());
        if (outcome.failed() == 0) {
            return 0;
        }
        err.println("touchstone: run " + runId + " published, " + outcome.failed()
                + (outcome.failed() == 1 ? " delivery" : " deliveries") + " failed; 'touchstone deliveries --run " + runId
                + "' says why. Once fixed: touchstone resend --run " + runId + " --failed");
        return 1;
    }
}
