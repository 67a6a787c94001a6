package io.touchstone.cli;

import io.touchstone.delivery.DeliveryEntry;
import io.touchstone.delivery.DeliveryService;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.system.TouchstoneProperties;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code touchstone deliveries [--run ID]}: the delivery log, oldest message first, times in the reporting time zone. */
@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = "List e-mail deliveries: run, time, status, attempts, recipient, address, files, reason.")
public final class DeliveriesCommand implements Callable<Integer> {

    private static final String FORMAT = "%6s  %-19s  %-7s  %8s  %-24s  %-32s  %s%n";
    /** Without --run, the latest messages only: the log grows by a few dozen every night. */
    private static final int LATEST = 100;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--run", paramLabel = "ID", description = "Only the messages of this run (default: the latest "
            + LATEST + " of all runs).")
    Long runId;

    @Override
    public Integer call() {
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        PrintWriter out = spec.commandLine().getOut();
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl())) {
            out.printf(Locale.ROOT, FORMAT, "run", "at", "status", "attempts", "recipient", "email", "files");
            ZoneId zone = session.bean(TouchstoneProperties.class).reporting().timeZone();
            for (DeliveryEntry entry : session.bean(DeliveryService.class).entries(runId, runId == null ? LATEST
                    : Integer.MAX_VALUE)) {
                out.printf(Locale.ROOT, FORMAT, entry.runId(), entry.at().atZoneSameInstant(zone).toLocalDateTime()
                                .withNano(0).toString().replace('T', ' '), entry.status().code(), entry.attempts(), entry.recipient(), entry.email(),
                        String.join(", ", entry.files()) + (entry.corrected() ? " (corrected)" : "")
                                + (entry.reason() == null ? "" : " — " + entry.status().code() + " (" + entry.reason() + ")"));
            }
        }
        return 0;
    }
}
