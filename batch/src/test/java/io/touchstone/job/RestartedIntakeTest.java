package io.touchstone.job;

import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static io.touchstone.sql.generated.Tables.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.period.PeriodKind;
import io.touchstone.support.Inbox;
import io.touchstone.support.SimulatedOutage;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A restarted run does not take in its deliveries again: the files it registered, quarantined
 * and archived when it started stay as they were, and files arriving since wait for the next run.
 */
@TestPropertySource(properties = "touchstone.ingest.chunk-size=10")
class RestartedIntakeTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);
    private static final String HEADER = "response_id,responded_at,brand,touchpoint,region,channel,customer_id,"
            + "nps,csat,ces,comment,language\n";
    private static final String LOADED_BEFORE = HEADER + "A1,2026-10-05,Northwind,store,London,,,9,,,,en\n";
    private static final String NO_HEADER = "id,when,score\n1,2026-10-05,9\n";

    @Autowired
    NightlyJobRunner runner;

    @Test
    void aRestartedIngestDoesNotRegisterQuarantineOrArchiveFilesAgain() throws IOException {
        // given content loaded by an earlier run
        Inbox.deliver(inbox(), "responses_a.csv", LOADED_BEFORE);
        assertThat(runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out()).published()).isTrue();

        // and a run that fails in the second chunk of a new file, after taking in a re-delivery
        // and an unreadable file
        Inbox.deliver(inbox(), "responses_a_again.csv", LOADED_BEFORE);
        Inbox.deliver(inbox(), "responses_b.csv", HEADER + IntStream.rangeClosed(1, 25)
                .mapToObj(i -> "B%02d,2026-10-06,Northwind,web,London,,,8,,,,en\n".formatted(i))
                .collect(Collectors.joining()));
        Inbox.deliver(inbox(), "responses_broken.csv", NO_HEADER);
        RunResult failed;
        try (SimulatedOutage outage = SimulatedOutage.onInserting(dsl, "B15")) {
            failed = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        }
        assertThat(failed.failure()).contains("ingestResponsesStep");
        List<String> registeredBefore = registrations();
        List<Path> archivedBefore = filesIn(HOME.resolve("archive"));
        List<Path> quarantinedBefore = filesIn(HOME.resolve("quarantine"));

        // when files of every kind arrive before the failed run is restarted
        Inbox.deliver(inbox(), "responses_a_late.csv", LOADED_BEFORE);
        Inbox.deliver(inbox(), "responses_late.csv", HEADER + "L1,2026-10-07,Northwind,web,London,,,7,,,,en\n");
        Inbox.deliver(inbox(), "responses_late_broken.csv", NO_HEADER);
        RunResult restarted = runner.restart(failed.runId());

        // then the restart loaded the rest of its own file and took in nothing new
        assertThat(restarted.published()).as(String.valueOf(restarted.failure())).isTrue();
        assertThat(dsl.fetchCount(RESPONSE)).isEqualTo(1 + 25);
        assertThat(registrations()).isEqualTo(registeredBefore);
        assertThat(filesIn(HOME.resolve("quarantine"))).isEqualTo(quarantinedBefore);
        assertThat(filesIn(HOME.resolve("archive")))
                .containsAll(archivedBefore)
                .contains(Path.of("2026-10-31/responses_b.csv"))
                .hasSize(archivedBefore.size() + 1);
        assertThat(filesIn(inbox())).containsExactly(Path.of("responses_a_late.csv"), Path.of("responses_late.csv"),
                Path.of("responses_late_broken.csv"));
        assertThat(dsl.select(INGEST_FILE.STATUS, INGEST_FILE.ROWS_READ).from(INGEST_FILE)
                .where(INGEST_FILE.FILE_NAME.eq("responses_b.csv")).fetchSingle().intoArray())
                .containsExactly("loaded", 25L);
    }

    /** Every registration as the intake writes it: which file, for which run, received when, how. */
    private List<String> registrations() {
        return dsl.select(INGEST_FILE.FILE_ID, INGEST_FILE.FILE_NAME, INGEST_FILE.RUN_ID, INGEST_FILE.RECEIVED_AT,
                        INGEST_FILE.REASON)
                .from(INGEST_FILE)
                .orderBy(INGEST_FILE.FILE_ID)
                .fetch()
                .map(Record::toString);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }
}
