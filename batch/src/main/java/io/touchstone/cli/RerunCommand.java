package io.touchstone.cli;

import picocli.CommandLine.Command;

/**
 * {@code touchstone rerun --date …}: runs a period again as a new run, with whatever the
 * warehouse now holds; the published files are replaced and the earlier manifest kept.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = "Run a business date's period again as a new run (replaces its published files).")
public final class RerunCommand extends RunCommand {
}
