package io.touchstone.cli;

import io.touchstone.demo.DemoDataGenerator;
import io.touchstone.demo.DemoDataset;
import io.touchstone.demo.DemoDistribution;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.period.PeriodKind;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.system.TouchstoneProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code touchstone demo}: makes a believable company's data (15 months of survey responses,
 * competitor benchmarks, targets, posts, employee feedback, service interactions, follow-ups and
 * accounts) in the home's inbox, runs the nightly job for the last
 * complete month on the embedded database, and prints where the reports are.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a sample company's data, run the nightly job on it, print the report paths.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Output root for the reports (default: <home>/out).")
    Path out;

    @Option(names = "--responses", defaultValue = "200000",
            description = "Survey responses to generate (default: ${DEFAULT-VALUE}).")
    int responses;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (responses < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--responses must be at least 1.");
        }
        TouchstoneHome home = TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        // The demo's accounts billed in pounds need their rate, whatever the home's configuration says.
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl(),
                DemoDataGenerator.RUN_SETTINGS)) {
            LocalDate today = LocalDate.now(session.bean(TouchstoneProperties.class).reporting().timeZone());
            LocalDate lastDayOfLastMonth = today.withDayOfMonth(1).minusDays(1);
            DemoDataset dataset = generate(home.inbox(), lastDayOfLastMonth);
            spec.commandLine().getOut().printf("Demo data for %s: %,d survey responses, %,d benchmark rows,"
                            + " %,d targets, %,d service interactions, %,d follow-ups, %,d accounts in %s%n",
                    dataset.ownBrand(), dataset.responses(), dataset.benchmarkRows(), dataset.targetRows(),
                    dataset.interactions(), dataset.followups(), dataset.accounts(), home.inbox());
            spec.commandLine().getOut().printf("Burst recipients in %s%n", DemoDistribution.writeIfAbsent(home.root()));
            return RunReport.print(session.bean(NightlyJobRunner.class).run(
                            lastDayOfLastMonth.with(TemporalAdjusters.lastDayOfMonth()), PeriodKind.MONTH, home.inbox(),
                            out == null ? home.out() : out),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    private DemoDataset generate(Path inbox, LocalDate lastDay) {
        try {
            return new DemoDataGenerator(seed).generate(inbox, lastDay, responses);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo data to " + inbox + ": " + e.getMessage(), e);
        }
    }
}
