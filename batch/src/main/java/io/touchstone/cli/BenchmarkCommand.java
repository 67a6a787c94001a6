package io.touchstone.cli;

import io.touchstone.demo.DemoDataGenerator;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.job.StepTiming;
import io.touchstone.period.PeriodKind;
import io.touchstone.system.TouchstoneHome;
import io.touchstone.system.TouchstoneProperties;
import io.touchstone.textmining.CommentAnalyzers;
import io.touchstone.textmining.MiningThroughput;
import io.touchstone.textmining.SentimentScorer;
import io.touchstone.textmining.TextFeeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * job on it and prints rows per second per step and the peak heap used. Reproducible: the data
 * is generated from a fixed seed and a fixed date.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure the nightly job on generated data: rows/s per step and peak heap.")
public final class BenchmarkCommand implements Callable<Integer> {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--responses", defaultValue = "1000000",
            description = "Survey responses to generate (default: ${DEFAULT-VALUE}).")
    int responses;

    @Override
    public Integer call() throws IOException {
        boolean temporaryHome = GlobalOptions.of(spec).home() == null;
        TouchstoneHome home = temporaryHome
                ? new TouchstoneHome(Files.createTempDirectory("touchstone-benchmark")).create()
                : TouchstoneHome.resolve(GlobalOptions.of(spec).home()).create();
        PrintWriter out = spec.commandLine().getOut();
        long generateStart = System.nanoTime();
        try {
            new DemoDataGenerator(42).generate(home.inbox(), LAST_DAY, responses);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark data to " + home.inbox(), e);
        }
        Duration generation = Duration.ofNanos(System.nanoTime() - generateStart);
        out.printf(Locale.ROOT, "Generated %,d responses in %.1f s into %s%n", responses,
                generation.toMillis() / 1000.0, home.inbox());
        HeapSampler heap = HeapSampler.start();
        long runStart = System.nanoTime();
        RunResult result;
        MiningThroughput.Result mining;
        Duration total;
        // The demo data's accounts billed in pounds need the demo's rate, as in `touchstone demo`.
        try (TouchstoneSession session = TouchstoneSession.open(home, GlobalOptions.of(spec).dbUrl(),
                DemoDataGenerator.RUN_SETTINGS)) {
            result = session.bean(NightlyJobRunner.class).run(LAST_DAY, PeriodKind.MONTH, home.inbox(), home.out());
            total = Duration.ofNanos(System.nanoTime() - runStart);
            ZoneId zone = session.bean(TouchstoneProperties.class).reporting().timeZone();
            mining = new MiningThroughput(session.bean(TextFeeds.class), session.bean(SentimentScorer.class),
                    session.bean(CommentAnalyzers.class)).measure(session.bean(TouchstoneProperties.class).ownBrand(),
                    LAST_DAY.minusYears(2).atStartOfDay(zone).toOffsetDateTime(),
                    LAST_DAY.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), home.root().resolve("mining-benchmark"));
        }
        out.printf(Locale.ROOT, "%-22s %12s %12s %9s %12s%n", "step", "read", "written", "seconds", "items/s");
        for (StepTiming step : result.steps()) {
            out.printf(Locale.ROOT, "%-22s %,12d %,12d %9.1f %,12.0f%n", step.step(), step.read(), step.written(),
                    step.duration().toMillis() / 1000.0, step.itemsPerSecond());
        }
        out.printf(Locale.ROOT, "Whole run (database start included): %.1f s; status %s%n", total.toMillis() / 1000.0,
                result.status());
        out.printf(Locale.ROOT, "Text mining of all %,d comments (%,d sentences): split, scored and indexed in %.1f s"
                        + " (%,.0f comments/s); bare Lucene indexing of the same text: %.1f s (%,.0f comments/s)%n",
                mining.comments(), mining.sentences(), mining.mining().toMillis() / 1000.0,
                mining.comments() / Math.max(0.001, mining.mining().toMillis() / 1000.0),
                mining.bareLucene().toMillis() / 1000.0,
                mining.comments() / Math.max(0.001, mining.bareLucene().toMillis() / 1000.0));
        out.printf(Locale.ROOT, "Peak heap in use (sampled every 50 ms, garbage included): %,d MiB of %,d MiB max%n",
                heap.stop() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        if (temporaryHome) {
            deleteTree(home.root());
            out.println("Removed the temporary home " + home.root() + " (pass --home to keep one).");
        }
        return result.published() ? 0 : 1;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
