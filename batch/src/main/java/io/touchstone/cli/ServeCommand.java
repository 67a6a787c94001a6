package io.touchstone.cli;

import io.touchstone.delivery.DeliveryService;
import io.touchstone.schedule.ScheduleSettings;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.users.ConsoleUsers;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.core.env.Environment;
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
        description = "Run as a service: fire the configured schedules and serve the web console until stopped.")
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
        TouchstoneSession session = TouchstoneSession.openService(home, GlobalOptions.of(spec).dbUrl(), serving);
        session.bean(DeliveryService.class).logStatus();
        int schedules = session.bean(ScheduleSettings.class).schedules().size();
        Environment environment = session.bean(Environment.class);
        String console = "http://" + environment.getProperty("server.address", "127.0.0.1") + ":"
                + environment.getProperty("local.server.port", Integer.toString(port)) + "/";
        PrintWriter out = spec.commandLine().getOut();
        out.println("Touchstone is serving " + home.root() + " with " + schedules
                + (schedules == 1 ? " schedule" : " schedules") + " and the web console at " + console
                + "; stop it with Ctrl-C or SIGTERM.");
        if (!session.bean(ConsoleUsers.class).anyExist()) {
            out.println("The console has no user yet: " + ConsoleUsers.FIRST_ADMIN_COMMAND);
        }
        session.serveUntilStopped();
        return 0;
    }
}
