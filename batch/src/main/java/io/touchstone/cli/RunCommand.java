package io.touchstone.cli;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.system.TouchstoneProperties;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code touchstone run}: the nightly job for one business date. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the nightly job for one business date: ingest, KPIs, benchmarks, publish.")
public class RunCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Business date (default: yesterday in the reporting time zone).")
    LocalDate date;

    @Mixin
    RunOptions options = new RunOptions();

    @Override
    public Integer call() {
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        var period = options.periodKind(spec.commandLine());
        var inbox = options.inbox(spec.commandLine(), home.inbox());
        var out = options.out(spec.commandLine(), home.out());
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl(),
                options.settings(spec.commandLine()))) {
            LocalDate businessDate = date != null ? date
                    : LocalDate.now(session.bean(TouchstoneProperties.class).reporting().timeZone()).minusDays(1);
            RunResult result = session.bean(NightlyJobRunner.class).run(businessDate, period, inbox, out);
            int status = RunReport.print(result, spec.commandLine().getOut(), spec.commandLine().getErr());
            return status == 0 ? afterPublish(session, result) : status;
        }
    }

    /** What follows a published run; a plain run does nothing more (it does not e-mail). */
    int afterPublish(TouchstoneSession session, RunResult result) {
        return 0;
    }
}
