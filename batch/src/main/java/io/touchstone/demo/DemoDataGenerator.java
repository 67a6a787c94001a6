package io.touchstone.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a believable company's customer-experience data into an inbox folder as the responses,
 * benchmarks, targets, posts, employee, interactions, follow-ups and accounts feeds, all of one
 * company and linked by customer and response ids, with a story planted in it for an executive to
 * find (see {@link StoryLine}, and {@link DemoDataset} for its names).
 *
 * <p>The same seed and arguments give byte-identical files on any host: all randomness comes from
 * one {@link SplittableRandom} per run, times are in a fixed zone, numbers are formatted without
 * locale, and gzip headers carry no timestamp. Responses are streamed to disk as they are made,
 * each with the service contacts before it and the follow-ups after it, so memory grows only by the
 * few bytes per customer the accounts need ({@link CustomerLedger}).
 */
public final class DemoDataGenerator {

    static final String RESPONSES_FILE = "responses_demo.csv.gz";
    static final String BENCHMARKS_FILE = "benchmarks_demo.csv";
    static final String TARGETS_FILE = "targets_demo.csv";
    static final String POSTS_FILE = "posts_demo.csv";
    static final String EMPLOYEE_FILE = "employee_demo.csv";
    static final String INTERACTIONS_FILE = "interactions_demo.csv.gz";
    static final String FOLLOWUPS_FILE = "followups_demo.csv";
    static final String ACCOUNTS_FILE = "accounts_demo.csv";
    static final String[] RESPONSES_HEADER = {
        "response_id", "responded_at", "brand", "touchpoint", "region", "channel", "customer_id",
        "nps", "csat", "ces", "comment", "language"
    };

    /**
     * The settings a run over this data needs: the rate of the accounts billed in pounds, in the
     * reporting currency (EUR, the default) per pound.
     */
    public static final Map<String, Object> RUN_SETTINGS =
            Map.of("touchstone.finance.fx-rates." + DemoCompany.LEDGER_CURRENCY, DemoCompany.LEDGER_RATE);

    private static final int GZIP_BUFFER = 64 * 1024;

    private final long seed;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes the company's feeds for the 15 calendar months ending with the month of {@code lastDay}
     * (daily responses up to and including {@code lastDay}, the other feeds as exported at its end).
     *
     * @param inbox     the folder to write into; created if missing, same-named files are replaced
     * @param lastDay   the last day with responses
     * @param responses how many survey responses to write, spread over the whole period; the service
     *                  contacts, follow-ups and accounts grow in proportion
     */
    public DemoDataset generate(Path inbox, LocalDate lastDay, int responses) throws IOException {
        if (responses < 0) {
            throw new IllegalArgumentException("responses must be 0 or more, got " + responses);
        }
        Files.createDirectories(inbox);
        FieldworkCalendar calendar = new FieldworkCalendar(lastDay);
        SplittableRandom run = new SplittableRandom(seed);
        // Each feed draws from its own stream, so changing one feed's simulation leaves the others' bytes
        // alone; streams are split in the order the feeds were added, so new feeds never reshuffle old ones.
        SplittableRandom responseChance = run.split();
        SplittableRandom panelChance = run.split();
        SplittableRandom voiceChance = run.split();
        SplittableRandom contactChance = run.split();
        SplittableRandom followupChance = run.split();
        SplittableRandom accountChance = run.split();
        long firstDay = calendar.day(0).atStartOfDay(DemoCompany.ZONE).toEpochSecond();
        long exportedAt = lastDay.plusDays(1).atStartOfDay(DemoCompany.ZONE).toEpochSecond();
        OwnBrandTally survey = new OwnBrandTally();
        CustomerLedger customers = new CustomerLedger();
        InteractionSimulator contacts = new InteractionSimulator(calendar, contactChance, exportedAt);
        FollowupSimulator followups = new FollowupSimulator(followupChance, exportedAt);

        Path responsesFile = inbox.resolve(RESPONSES_FILE);
        Path interactionsFile = inbox.resolve(INTERACTIONS_FILE);
        Path followupsFile = inbox.resolve(FOLLOWUPS_FILE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(responsesFile), GZIP_BUFFER);
                CsvWriter csv = InboxCsv.writer(out);
                OutputStream contactsOut = new GZIPOutputStream(Files.newOutputStream(interactionsFile), GZIP_BUFFER);
                CsvWriter contactsCsv = InboxCsv.writer(contactsOut);
                OutputStream followupsOut = Files.newOutputStream(followupsFile);
                CsvWriter followupsCsv = InboxCsv.writer(followupsOut)) {
            csv.writeRecord(RESPONSES_HEADER);
            contacts.start(contactsCsv);
            followups.start(followupsCsv);
            new ResponseSimulator(calendar, responseChance).simulate(responses, (response, monthIndex) -> {
                survey.add(monthIndex, response);
                csv.writeRecord(
                        response.responseId(), response.respondedAt(), response.brand(), response.touchpoint(),
                        response.region(), response.channel(), response.customerId(),
                        text(response.nps()), text(response.csat()), text(response.ces()),
                        response.comment(), response.language());
                long respondedAt = OffsetDateTime.parse(response.respondedAt()).toEpochSecond();
                contacts.precede(response, respondedAt, monthIndex, contactsCsv);
                followups.follow(response, respondedAt, monthIndex, followupsCsv);
                customers.note(response.customerId(), respondedAt, response.nps());
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

        VoiceSimulator voices = new VoiceSimulator(calendar, voiceChance);
        Path postsFile = inbox.resolve(POSTS_FILE);
        try (OutputStream out = Files.newOutputStream(postsFile); CsvWriter csv = InboxCsv.writer(out)) {
            voices.writePosts(csv, Math.max(1, responses / 10_000));
        }
        Path employeeFile = inbox.resolve(EMPLOYEE_FILE);
        try (OutputStream out = Files.newOutputStream(employeeFile); CsvWriter csv = InboxCsv.writer(out)) {
            voices.writeEmployeeFeedback(csv, Math.max(3, responses / 20_000));
        }

        Path accountsFile = inbox.resolve(ACCOUNTS_FILE);
        long accounts;
        try (OutputStream out = Files.newOutputStream(accountsFile); CsvWriter csv = InboxCsv.writer(out)) {
            accounts = new AccountSimulator(accountChance, firstDay, exportedAt).write(csv, customers);
        }

        return new DemoDataset(
                List.of(responsesFile, benchmarksFile, targetsFile, postsFile, employeeFile, interactionsFile,
                        followupsFile, accountsFile),
                responses, benchmarkRows, targetRows, contacts.written(), followups.written(), accounts,
                DemoCompany.OWN_BRAND, StoryLine.REGION, StoryLine.TOUCHPOINT, StoryLine.COMPETITOR,
                StoryLine.CARE_TEAM);
    }

    private static String text(Integer score) {
        return score == null ? null : score.toString();
    }
}
