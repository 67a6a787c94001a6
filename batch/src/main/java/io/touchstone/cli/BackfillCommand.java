package io.touchstone.cli;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.period.ReportingPeriod;
import io.touchstone.system.TouchstoneHome;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code touchstone backfill --from … --to …}: one run per period in a date range, oldest first. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Run every period between two dates, oldest first, one run each.")
public final class BackfillCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First business date.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last business date.")
    LocalDate to;

    @Mixin
    RunOptions options = new RunOptions();

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from + ".");
        }
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        PeriodKind kind = options.periodKind(spec.commandLine());
        var inbox = options.inbox(spec.commandLine(), home.inbox());
        var out = options.out(spec.commandLine(), home.out());
        int status = 0;
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl(),
                options.settings(spec.commandLine()))) {
            NightlyJobRunner runner = session.bean(NightlyJobRunner.class);
            for (LocalDate businessDate : ReportingPeriod.backfillDates(kind, from, to)) {
                RunResult result = runner.run(businessDate, kind, inbox, out);
                status = Math.max(status, RunReport.print(result, spec.commandLine().getOut(),
                        spec.commandLine().getErr()));
                if (result.stopped()) {
                    // Stopped by Ctrl-C or SIGTERM: the process is ending, the later periods wait.
                    break;
                }
            }
        }
        return status;
    }
}
