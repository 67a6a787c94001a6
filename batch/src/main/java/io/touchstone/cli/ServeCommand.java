package io.touchstone.cli;

import io.touchstone.delivery.DeliveryService;
import io.touchstone.schedule.ScheduleSettings;
import io.touchstone.system.TouchstoneHome;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code touchstone serve}: one long-running process that fires the schedules of
 * {@code touchstone.schedules} until it is stopped (SIGTERM or Ctrl-C). It logs one line per
 * decision to the console and the log file; other commands keep working beside it on the same
 * home, through the database server it shares.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run as a service: fire the configured schedules until stopped.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port of the web console (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        Map<String, Object> serving = Map.of(
                "touchstone.serve.enabled", "true",
                "server.port", port,
                // A service's console shows its decisions; the framework's chatter stays in the log file.
                "logging.threshold.console", "INFO",
                "logging.level.root", "WARN",
                "logging.level.io.touchstone", "INFO");
        TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl(), serving);
        session.bean(DeliveryService.class).logStatus();
        int schedules = session.bean(ScheduleSettings.class).schedules().size();
        spec.commandLine().getOut().println("Touchstone is serving " + home.root() + " with " + schedules
                + (schedules == 1 ? " schedule" : " schedules") + "; stop it with Ctrl-C or SIGTERM.");
        session.serveUntilStopped();
        return 0;
    }
}
