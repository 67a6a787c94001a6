package io.touchstone.cli;

import io.touchstone.cli.bench.Floors;
import io.touchstone.demo.DemoDataGenerator;
import io.touchstone.demo.DemoDataset;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.job.StepTiming;
import io.touchstone.period.PeriodKind;
import io.touchstone.system.TouchstoneHome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code touchstone benchmark}: generates a large data set into a fresh home, runs the monthly
 * job on it and prints rows per second per step, then each stage beside its floor — the bare
 * tool doing the same work on the same data in the same process — and the peak heap used.
 * Reproducible: the data is generated from a fixed seed and a fixed date.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure the nightly job on generated data against the bare tools: rows/s per step, each"
                + " stage's floor, peak heap and database size.")
public final class BenchmarkCommand implements Callable<Integer> {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--responses", defaultValue = "1000000",
            description = "Survey responses to generate (default: ${DEFAULT-VALUE}).")
    int responses;

    @Override
    public Integer call() throws IOException, SQLException {
        boolean temporaryHome = GlobalOptions.of(spec).home() == null;
        TouchstoneHome home = temporaryHome
                ? new TouchstoneHome(Files.createTempDirectory("touchstone-benchmark")).create()
                : TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        PrintWriter out = spec.commandLine().getOut();
        long generateStart = System.nanoTime();
        DemoDataset data;
        try {
            data = new DemoDataGenerator(42).generate(home.inbox(), LAST_DAY, responses);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark data to " + home.inbox(), e);
        }
        Duration generation = Duration.ofNanos(System.nanoTime() - generateStart);
        out.printf(Locale.ROOT, "Generated %,d responses in %.1f s into %s%n", responses,
                generation.toMillis() / 1000.0, home.inbox());
        out.flush();
        HeapSampler heap = HeapSampler.start();
        RunResult result;
        Duration run;
        // The demo data's accounts billed in pounds need the demo's rate, as in `touchstone demo`.
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl(),
                DemoDataGenerator.RUN_SETTINGS)) {
            Floors floors = new Floors(session::bean, home.root().resolve("floors"));
            // Before the run, while the file is still in the inbox: the run archives it.
            floors.copyResponses(data.files().get(0));
            long runStart = System.nanoTime();
            result = session.bean(NightlyJobRunner.class).run(LAST_DAY, PeriodKind.MONTH, home.inbox(), home.out());
            run = Duration.ofNanos(System.nanoTime() - runStart);
            printSteps(out, result, run);
            floors.afterRun(LAST_DAY, PeriodKind.MONTH, result.folder());
            floors.print(out, result.steps(), run, heap.stop());
        }
        if (temporaryHome) {
            deleteTree(home.root());
            out.println("Removed the temporary home " + home.root() + " (pass --home to keep one).");
        }
        return result.published() ? 0 : 1;
    }

    private static void printSteps(PrintWriter out, RunResult result, Duration run) {
        out.printf(Locale.ROOT, "%-22s %12s %12s %9s %12s%n", "step", "read", "written", "seconds", "items/s");
        for (StepTiming step : result.steps()) {
            out.printf(Locale.ROOT, "%-22s %,12d %,12d %9.1f %,12.0f%n", step.step(), step.read(), step.written(),
                    step.duration().toMillis() / 1000.0, step.itemsPerSecond());
        }
        out.printf(Locale.ROOT, "Whole run: %.1f s; status %s%n", run.toMillis() / 1000.0, result.status());
        out.flush();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
