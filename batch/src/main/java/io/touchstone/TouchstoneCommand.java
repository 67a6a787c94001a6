package io.touchstone;

import io.touchstone.cli.BackfillCommand;
import io.touchstone.cli.BenchmarkCommand;
import io.touchstone.cli.DemoCommand;
import io.touchstone.cli.EvalCommand;
import io.touchstone.cli.RerunCommand;
import io.touchstone.cli.RestartCommand;
import io.touchstone.cli.RunCommand;
import io.touchstone.cli.RunsCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code touchstone} command: parses the command line before anything heavy starts, so a
 * wrong option gets a usage message at once, then hands over to the chosen subcommand.
 * Exit status 0 only when everything was published; 1 when a run failed; 2 for a usage error.
 */
@Command(name = "touchstone", mixinStandardHelpOptions = true, version = "Touchstone 0.1",
        description = "Nightly customer-experience reporting: feeds in, executive PDF and finance workbook out.",
        subcommands = {DemoCommand.class, RunCommand.class, RerunCommand.class, BackfillCommand.class,
                RestartCommand.class, RunsCommand.class, BenchmarkCommand.class, EvalCommand.class})
public final class TouchstoneCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Home folder for the database, inbox, archive, quarantine and out"
                    + " (default: $TOUCHSTONE_HOME, else ~/.touchstone).")
    Path home;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "JDBC URL of a PostgreSQL server to use instead of the embedded one,"
                    + " e.g. jdbc:postgresql://host/touchstone?user=u&password=p.")
    String dbUrl;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'touchstone demo'.");
    }

    public Path home() {
        return home;
    }

    public String dbUrl() {
        return dbUrl;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit status; used by {@link #main} and by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TouchstoneCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            err.println("touchstone: " + oneLine(exception));
            return 1;
        });
        commandLine.setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException ? 2 : 1);
        return commandLine.execute(args);
    }

    /**
     * The message a person can act on: Spring wraps start-up failures (a broken taxonomy, say)
     * in its own exceptions, so the innermost of Touchstone's own is preferred when there is one.
     */
    private static String oneLine(Throwable exception) {
        Throwable reported = exception;
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().startsWith("io.touchstone.") && cause.getMessage() != null) {
                reported = cause;
            }
        }
        String message = reported.getMessage() == null ? reported.getClass().getSimpleName() : reported.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
