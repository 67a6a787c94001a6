package io.touchstone.cli;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunSummary;
import io.touchstone.system.TouchstoneHome;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code touchstone runs}: the run history, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List runs: id, business date, period, status, start, duration, rows, rejects, files.")
public final class RunsCommand implements Callable<Integer> {

    private static final String FORMAT = "%6s  %-10s  %-7s  %-9s  %-19s  %9s  %10s  %8s  %5s%n";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", description = "How many runs to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be a whole number of runs, 1 or more; got " + limit);
        }
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        PrintWriter out = spec.commandLine().getOut();
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl())) {
            out.printf(Locale.ROOT, FORMAT, "run", "date", "period", "status", "started", "duration", "rows",
                    "rejects", "files");
            for (RunSummary run : session.bean(NightlyJobRunner.class).history(limit)) {
                out.printf(Locale.ROOT, FORMAT, run.runId(), run.businessDate(), run.period(), run.status(),
                        run.startedAt() == null ? "" : run.startedAt().withNano(0).toString().replace('T', ' '),
                        run.duration().toSeconds() + " s", run.rowsLoaded(), run.rowsRejected(), run.files());
            }
        }
        return 0;
    }
}
