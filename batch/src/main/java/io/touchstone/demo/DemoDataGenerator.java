package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a believable company's customer-experience data into an inbox folder as the responses,
 * benchmarks, targets, posts and employee feeds, with a story planted in it for an executive to find (see
 * {@link DemoDataset} for its names).
 *
 * <p>The same seed and arguments give byte-identical files on any host: all randomness comes from
 * one {@link SplittableRandom} per run, times are in a fixed zone, numbers are formatted without
 * locale, and gzip headers carry no timestamp. Responses are streamed to disk as they are made, so
 * memory does not grow with their number.
 */
public final class DemoDataGenerator {

    static final String RESPONSES_FILE = "responses_demo.csv.gz";
    static final String BENCHMARKS_FILE = "benchmarks_demo.csv";
    static final String TARGETS_FILE = "targets_demo.csv";
    static final String POSTS_FILE = "posts_demo.csv";
    static final String EMPLOYEE_FILE = "employee_demo.csv";
    static final String[] RESPONSES_HEADER = {
        "response_id", "responded_at", "brand", "touchpoint", "region", "channel", "customer_id",
        "nps", "csat", "ces", "comment", "language"
    };

    private static final int GZIP_BUFFER = 64 * 1024;

    private final long seed;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes responses, benchmarks and targets for the 15 calendar months ending with the month of
     * {@code lastDay} (daily responses up to and including {@code lastDay}).
     *
     * @param inbox     the folder to write into; created if missing, same-named files are replaced
     * @param lastDay   the last day with responses
     * @param responses how many survey responses to write, spread over the whole period
     */
    public DemoDataset generate(Path inbox, LocalDate lastDay, int responses) throws IOException {
        if (responses < 0) {
            throw new IllegalArgumentException("responses must be 0 or more, got " + responses);
        }
        Files.createDirectories(inbox);
        FieldworkCalendar calendar = new FieldworkCalendar(lastDay);
        SplittableRandom run = new SplittableRandom(seed);
        // Each feed draws from its own stream, so changing one feed's simulation leaves the others' bytes alone.
        SplittableRandom responseChance = run.split();
        SplittableRandom panelChance = run.split();
        OwnBrandTally survey = new OwnBrandTally();

        Path responsesFile = inbox.resolve(RESPONSES_FILE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(responsesFile), GZIP_BUFFER);
                CsvWriter csv = InboxCsv.writer(out)) {
            csv.writeRecord(RESPONSES_HEADER);
            new ResponseSimulator(calendar, responseChance).simulate(responses, (response, monthIndex) -> {
                survey.add(monthIndex, response);
                csv.writeRecord(
                        response.responseId(), response.respondedAt(), response.brand(), response.touchpoint(),
                        response.region(), response.channel(), response.customerId(),
                        text(response.nps()), text(response.csat()), text(response.ces()),
                        response.comment(), response.language());
            });
        }

        Path benchmarksFile = inbox.resolve(BENCHMARKS_FILE);
        long benchmarkRows;
        try (OutputStream out = Files.newOutputStream(benchmarksFile); CsvWriter csv = InboxCsv.writer(out)) {
            benchmarkRows = new BenchmarkPanel(panelChance).write(csv, calendar, survey);
        }

        Path targetsFile = inbox.resolve(TARGETS_FILE);
        long targetRows;
        try (OutputStream out = Files.newOutputStream(targetsFile); CsvWriter csv = InboxCsv.writer(out)) {
            targetRows = TargetSheet.write(csv, calendar);
        }

        // Posts and employee remarks come after the other feeds, from their own stream, so the other
        // files stay byte-identical to what earlier versions wrote.
        VoiceSimulator voices = new VoiceSimulator(calendar, run.split());
        Path postsFile = inbox.resolve(POSTS_FILE);
        try (OutputStream out = Files.newOutputStream(postsFile); CsvWriter csv = InboxCsv.writer(out)) {
            voices.writePosts(csv, Math.max(1, responses / 10_000));
        }
        Path employeeFile = inbox.resolve(EMPLOYEE_FILE);
        try (OutputStream out = Files.newOutputStream(employeeFile); CsvWriter csv = InboxCsv.writer(out)) {
            voices.writeEmployeeFeedback(csv, Math.max(3, responses / 20_000));
        }

        return new DemoDataset(
                List.of(responsesFile, benchmarksFile, targetsFile, postsFile, employeeFile),
                responses, benchmarkRows, targetRows,
                DemoCompany.OWN_BRAND, StoryLine.REGION, StoryLine.TOUCHPOINT, StoryLine.COMPETITOR);
    }

    private static String text(Integer score) {
        return score == null ? null : score.toString();
    }
}
