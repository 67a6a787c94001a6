package io.touchstone.cli;

import io.touchstone.job.NightlyJobRunner;
import io.touchstone.system.TouchstoneHome;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code touchstone restart <run-id>}: resumes a failed run after its last committed work. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a failed run from where it stopped; it ends as a clean run would.")
public final class RestartCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RUN-ID", description = "The run to restart, as listed by 'touchstone runs'.")
    long runId;

    @Override
    public Integer call() {
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl())) {
            return RunReport.print(session.bean(NightlyJobRunner.class).restart(runId),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
