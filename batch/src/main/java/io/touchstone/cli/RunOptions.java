package io.touchstone.cli;

import io.touchstone.period.PeriodKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options shared by {@code run}, {@code rerun} and {@code backfill}: period, inbox, out, taxonomy. */
public final class RunOptions {

    @Option(names = "--period", paramLabel = "KIND", defaultValue = "month",
            description = "Reporting period: day, week, month, quarter or fiscal-month (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Folder the feeds are delivered to (default: <home>/inbox).")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", description = "Output root for published reports (default: <home>/out).")
    Path out;

    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "Theme taxonomy (YAML) to mine the comments with, instead of the configured or built-in one.")
    Path taxonomy;

    PeriodKind periodKind(CommandLine commandLine) {
        try {
            return PeriodKind.fromCode(period);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--period: " + e.getMessage());
        }
    }

    Path inbox(CommandLine commandLine, Path defaultInbox) {
        Path folder = inbox == null ? defaultInbox : inbox;
        if (inbox != null && !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(commandLine, "--inbox " + folder + " is not a folder."
                    + " Point --inbox at the folder your feeds are delivered to.");
        }
        return folder;
    }

    /** Settings this run overrides: the taxonomy, when one is given and readable. */
    Map<String, Object> settings(CommandLine commandLine) {
        if (taxonomy == null) {
            return Map.of();
        }
        if (!Files.isRegularFile(taxonomy)) {
            throw new CommandLine.ParameterException(commandLine, "--taxonomy " + taxonomy + " is not a file.");
        }
        return Map.of("touchstone.text-mining.taxonomy", taxonomy.toAbsolutePath().toString());
    }

    Path out(Path defaultOut) {
        return out == null ? defaultOut : out;
    }
}
