package io.touchstone.cli;

import io.touchstone.delivery.DeliveryOutcome;
import io.touchstone.delivery.DeliveryService;
import io.touchstone.system.TouchstoneHome;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code touchstone resend --run ID [--failed] [--to EMAIL]}: e-mails a published run again;
 * nobody receives a file they already have.
 */
@Command(name = "resend", mixinStandardHelpOptions = true,
        description = "E-mail a published run again, to everyone, to the failed deliveries only, or to one address;"
                + " a file someone already received is not sent to them again.")
public final class ResendCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "ID", description = "The run to send, as listed by 'touchstone runs'.")
    long runId;

    @Option(names = "--failed", description = "Only the recipients whose delivery of the run failed.")
    boolean failedOnly;

    @Option(names = "--to", paramLabel = "EMAIL", description = "Only this address of the distribution file.")
    String to;

    @Override
    public Integer call() {
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl())) {
            DeliveryService delivery = session.bean(DeliveryService.class);
            DeliveryOutcome outcome = delivery.resend(runId, failedOnly, to);
            return DeliveryReport.print(delivery, runId, outcome, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
    }
}
