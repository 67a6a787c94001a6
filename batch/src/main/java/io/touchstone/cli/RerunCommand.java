package io.touchstone.cli;

import io.touchstone.delivery.DeliveryService;
import io.touchstone.job.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code touchstone rerun --date … [--deliver]}: runs a period again as a new run, with whatever
 * the warehouse now holds; the published files are replaced and the earlier manifest kept. With
 * {@code --deliver} the new files are e-mailed as a correction.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = "Run a business date's period again as a new run (replaces its published files).")
public final class RerunCommand extends RunCommand {

    @Option(names = "--deliver", description = "E-mail the new files to the distribution file's recipients, marked"
            + " corrected; nobody receives a file they already have.")
    boolean deliver;

    @Override
    int afterPublish(TouchstoneSession session, RunResult result) {
        if (!deliver) {
            return 0;
        }
        DeliveryService delivery = session.bean(DeliveryService.class);
        return DeliveryReport.print(delivery, result.runId(), delivery.deliver(result.runId(), true),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
