package io.touchstone.cli;

import io.touchstone.reports.model.ReportSlice;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.users.ConsoleRole;
import io.touchstone.users.ConsoleUser;
import io.touchstone.users.ConsoleUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code touchstone user add NAME --role ROLE [--region R | --touchpoint T] --password-stdin}:
 * adds a console user, the password read from the first line of standard input.
 *
 * <p><b>NOTE</b>: there is no {@code --password} option on purpose: a password on the command line
 * stays in the shell's history and shows in every process list.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add a user of the web console; the password is the first line of standard input.")
public final class UserAddCommand implements Callable<Integer> {

    private static final String EXAMPLE = "printf '%s\\n' \"$PASSWORD\" | touchstone user add ...";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The login name: letters, digits, '.', '_', '-', '@'.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "viewer (reads the dashboards), cx-lead (also every slice and the rejected rows)"
                    + " or admin (also the console's administration).")
    String role;

    @ArgGroup(exclusive = true)
    Slice slice;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input"
            + " (at least 12 characters).")
    boolean passwordStdin;

    /** At most one slice, and only for a viewer. */
    static final class Slice {

        @Option(names = "--region", required = true, paramLabel = "R",
                description = "Limit a viewer to this region's burst copy, as the feeds spell it.")
        String region;

        @Option(names = "--touchpoint", required = true, paramLabel = "T",
                description = "Limit a viewer to this touchpoint's burst copy, as the feeds spell it.")
        String touchpoint;

        ReportSlice toSlice() {
            return region != null ? new ReportSlice(ReportSlice.REGION, region)
                    : new ReportSlice(ReportSlice.TOUCHPOINT, touchpoint);
        }
    }

    @Override
    public Integer call() throws IOException {
        ConsoleRole consoleRole = role();
        ReportSlice reportSlice = slice == null ? null : slice.toSlice();
        if (!passwordStdin) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give the password on standard input with --password-stdin, e.g. `" + EXAMPLE + "`.");
        }
        char[] password = firstLine(TouchstoneCommand.standardInput(spec));
        try {
            if (password.length == 0) {
                // A usage mistake like the missing option, and caught before the database starts.
                throw new CommandLine.ParameterException(spec.commandLine(), "--password-stdin: standard input is"
                        + " empty; give the password as its first line, e.g. `" + EXAMPLE + "`.");
            }
            TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
            try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl())) {
                ConsoleUser added = session.bean(ConsoleUsers.class).add(name, consoleRole, reportSlice, password);
                spec.commandLine().getOut().println("Added " + added.role().code() + " " + added.name()
                        + (added.hasSlice() ? " (" + UserListCommand.describe(added.slice()) + ")" : "") + ".");
            }
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private ConsoleRole role() {
        try {
            return ConsoleRole.fromCode(role);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--role: " + e.getMessage());
        }
    }

    /**
     * The first line of the input without its line end, read into an array rather than a String
     * so that it can be wiped; the input is not closed, as it is usually the process's own.
     */
    static char[] firstLine(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        char[] line = new char[64];
        int length = 0;
        for (int c = reader.read(); c != -1 && c != '\n'; c = reader.read()) {
            if (length == line.length) {
                char[] longer = Arrays.copyOf(line, length * 2);
                Arrays.fill(line, '\0');
                line = longer;
            }
            line[length++] = (char) c;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        char[] firstLine = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        return firstLine;
    }
}
