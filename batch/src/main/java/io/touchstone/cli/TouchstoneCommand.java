package io.touchstone.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code touchstone} command: parses the command line before anything heavy starts, so a
 * wrong option gets a usage message at once, then hands over to the chosen subcommand.
 * Exit status 0 only when everything was published; 1 when a run failed; 2 for a usage error.
 */
@Command(name = "touchstone", mixinStandardHelpOptions = true, version = "Touchstone 0.1",
        description = "Nightly customer-experience reporting: feeds in, executive PDF and finance workbook out.",
        subcommands = {DemoCommand.class, RunCommand.class, RerunCommand.class, BackfillCommand.class,
                RestartCommand.class, RunsCommand.class, ServeCommand.class, SchedulesCommand.class,
                DeliveriesCommand.class, ResendCommand.class, UserCommand.class, BenchmarkCommand.class,
                EvalCommand.class})
public final class TouchstoneCommand implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(TouchstoneCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin(name = GlobalOptions.MIXIN)
    GlobalOptions global = new GlobalOptions();

    private final InputStream in;

    private TouchstoneCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'touchstone demo'.");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit status; used by {@link #main} and by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, System.in, out, err);
    }

    /** Runs the command line with this as its standard input, which {@code user add --password-stdin} reads. */
    public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TouchstoneCommand(in));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            log.error("touchstone {} failed", line.getCommandName(), exception);
            err.println("touchstone: " + ProblemStatement.of(exception));
            return 1;
        });
        commandLine.registerConverter(LocalDate.class, TouchstoneCommand::date);
        commandLine.setParameterExceptionHandler(TouchstoneCommand::usageError);
        commandLine.setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException ? 2 : 1);
        return commandLine.execute(args);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date: write it as YYYY-MM-DD,"
                    + " e.g. 2026-11-30");
        }
    }

    /** The standard input of this command line, for a subcommand to read. */
    static InputStream standardInput(CommandLine.Model.CommandSpec command) {
        return ((TouchstoneCommand) command.root().userObject()).in;
    }

    /**
     * A mistake on the command line: what was wrong, picocli's suggestion for a misspelt option
     * when it has one, and always the usage of the command the mistake was made in.
     */
    private static int usageError(CommandLine.ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(mistake.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(mistake, err);
        command.usage(err);
        return 2;
    }

}
