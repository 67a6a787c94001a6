package io.touchstone.cli;

import io.touchstone.period.PeriodKind;
import java.io.IOException;
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

    /**
     * The output root, checked before any work: a run that loads for an hour and then cannot
     * write its reports helps nobody.
     */
    Path out(CommandLine commandLine, Path defaultOut) {
        Path folder = out == null ? defaultOut : out;
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".touchstone-write-check", ""));
            return folder;
        } catch (IOException | RuntimeException e) {
            throw new CommandLine.ParameterException(commandLine, "--out " + folder + " cannot be written to ("
                    + e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage() + ")."
                    + " Choose a folder you may write in.");
        }
    }
}
