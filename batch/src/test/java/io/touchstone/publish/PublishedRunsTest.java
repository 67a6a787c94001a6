package io.touchstone.publish;

import static io.touchstone.sql.generated.Tables.CONSOLE_USER;
import static io.touchstone.sql.generated.Tables.PUBLISHED_RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.job.RunResult;
import io.touchstone.period.PeriodKind;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.sql.generated.tables.records.PublishedRunRecord;
import io.touchstone.support.Fixtures;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each run published stays answerable after a rerun of its period replaces the files:
 * {@code published_run} keeps the run's folder and manifest, {@link PublishedRuns} says whether
 * the folder still holds the run's files and hands out a file only by a name its manifest lists.
 * Console viewers limited to a slice find that slice's burst copy in every run.
 *
 * <p>The nightly fixture's answers come from London and Wales, at the delivery and store touchpoints.
 */
class PublishedRunsTest extends WarehouseTest {

    private static final LocalDate OCTOBER_31 = LocalDate.of(2026, 10, 31);
    private static final String DASHBOARD = "cx-dashboard_2026-10.pdf";

    @Autowired
    private NightlyJobRunner runner;

    @Autowired
    private PublishedRuns publishedRuns;

    @AfterEach
    void noDistributionFile() throws IOException {
        Files.deleteIfExists(HOME.resolve("distribution.yml"));
    }

    @Test
    void aPublishedRunIsRecordedWithItsManifestAsWrittenAndItsFolderRelativeToTheHome() throws IOException {
        // given
        Fixtures.deliverNightly(inbox());

        // when
        RunResult run = publish();

        // then
        PublishedRunRecord row = dsl.selectFrom(PUBLISHED_RUN).where(PUBLISHED_RUN.RUN_ID.eq(run.runId())).fetchOne();
        assertThat(row).isNotNull();
        assertThat(row.getFolder()).isEqualTo(Path.of("out", "2026", "10", "2026-10").toString());
        assertThat(row.getManifest()).isEqualTo(Files.readString(run.folder().resolve("manifest.json"),
                StandardCharsets.UTF_8));
        assertThat(row.getPublishedAt()).isNotNull();
        RunPublication publication = publishedRuns.find(run.runId()).orElseThrow();
        assertThat(publication.folder()).isEqualTo(run.folder());
        assertThat(publication.filesPresent()).isTrue();
        assertThat(publication.replacedBy()).isNull();
        assertThat(publication.manifest().runId()).isEqualTo(run.runId());
        assertThat(publication.files()).extracting(PublishedFile::name)
                .containsExactly(DASHBOARD, "cx-finance_2026-10.xlsx", "cx-comments_2026-10.csv");
        assertThat(publication.files()).extracting(PublishedFile::slice).containsOnlyNulls();
        assertThat(publication.file(DASHBOARD)).contains(run.folder().resolve(DASHBOARD));
    }

    @Test
    void aConsoleViewersSliceGetsItsBurstCopyMarkedWithItsSliceInTheManifest() throws IOException {
        // given a London owner in the distribution file, and console users of London, Wales and the store
        Fixtures.deliverNightly(inbox());
        distribute("""
                recipients:
                  - name: Lee Chan
                    region: London
                """);
        consoleUser("lee", "viewer", "London", null);
        consoleUser("gwen", "viewer", "Wales", null);
        consoleUser("gwen2", "viewer", "Wales", null);
        consoleUser("stella", "viewer", null, "store");
        consoleUser("carla", "cx-lead", null, "delivery");
        consoleUser("anna", "admin", null, null);

        // when
        RunResult run = publish();

        // then one copy per slice, the distribution file's first, each marked with its slice
        RunPublication publication = publishedRuns.find(run.runId()).orElseThrow();
        assertThat(publication.files()).extracting(PublishedFile::name, PublishedFile::slice).containsExactly(
                tuple(DASHBOARD, null),
                tuple("cx-finance_2026-10.xlsx", null),
                tuple("cx-comments_2026-10.csv", null),
                tuple("cx-dashboard_2026-10_london.pdf", region("London")),
                tuple("cx-dashboard_2026-10_wales.pdf", region("Wales")),
                tuple("cx-dashboard_2026-10_store.pdf",
                        new ReportSlice(ReportSlice.TOUCHPOINT, "store")));
        assertThat(publication.file("cx-dashboard_2026-10_wales.pdf")).hasValueSatisfying(path ->
                assertThat(path).isRegularFile());
        assertThat(run.folder().resolve("cx-dashboard_2026-10_delivery.pdf")).as("a CX lead sees everything")
                .doesNotExist();
        // and manifest.json says so as plainly
        JsonNode wales = manifest(run.folder()).path("files").get(4);
        assertThat(wales.path("slice").path("dimension").asString()).isEqualTo("region");
        assertThat(wales.path("slice").path("value").asString()).isEqualTo("Wales");
        assertThat(wales.path("slice").size()).as("the slice's components only").isEqualTo(2);
        assertThat(manifest(run.folder()).path("recipients")).as("viewers are no recipients of the file").hasSize(1);
    }

    @Test
    void aViewersSliceWhoseFileNameIsAnotherSlicesGetsNoCopyOfItsOwn() {
        // given a distribution file's London and a viewer's "london" (one file name, two slices)
        Fixtures.deliverNightly(inbox());
        distribute("""
                recipients:
                  - name: Lee Chan
                    region: London
                """);
        consoleUser("lee", "viewer", "london", null);
        Logger logger = (Logger) LoggerFactory.getLogger(PublishTasklet.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);

        // when
        RunResult run;
        try {
            run = publish();
        } finally {
            logger.detachAppender(log);
        }

        // then the distribution file's recipient keeps their copy, and the log says what to correct
        RunPublication publication = publishedRuns.find(run.runId()).orElseThrow();
        assertThat(publication.files()).filteredOn(file -> file.slice() != null)
                .extracting(PublishedFile::name, PublishedFile::slice)
                .containsExactly(tuple("cx-dashboard_2026-10_london.pdf", region("London")));
        assertThat(log.list).filteredOn(event -> event.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("No burst copy for the console viewers of the region 'london': its file name"
                        + " cx-dashboard_2026-10_london.pdf is already the copy of the region 'London'. Correct the"
                        + " viewers' region to the spelling of the feeds.");
    }

    @Test
    void aRerunReplacesTheFirstRunsFilesAndOnlyTheSecondRunsFilesAreHandedOut() {
        // given
        Fixtures.deliverNightly(inbox());
        RunResult first = publish();

        // when
        RunResult second = publish();

        // then the first run's manifest is still there, its files are not
        RunPublication replaced = publishedRuns.find(first.runId()).orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo(second.runId());
        assertThat(replaced.filesPresent()).isFalse();
        assertThat(replaced.manifest().runId()).isEqualTo(first.runId());
        assertThat(replaced.files()).extracting(PublishedFile::name).contains(DASHBOARD);
        assertThat(replaced.file(DASHBOARD)).isEmpty();
        RunPublication current = publishedRuns.find(second.runId()).orElseThrow();
        assertThat(current.replacedBy()).isNull();
        assertThat(current.file(DASHBOARD)).contains(second.folder().resolve(DASHBOARD));
        // and a page of runs is answered at once, in the order asked, without runs that never were
        Map<Long, RunPublication> page = publishedRuns.find(List.of(second.runId(), first.runId(), 999_999L));
        assertThat(page).containsOnlyKeys(second.runId(), first.runId());
        assertThat(page.keySet()).containsExactly(second.runId(), first.runId());
        assertThat(page.get(first.runId()).replacedBy()).isEqualTo(second.runId());
        assertThat(page.get(second.runId()).filesPresent()).isTrue();
    }

    @Test
    void aFileIsHandedOutOnlyByANameTheManifestListsNeverByAPath() throws IOException {
        // given a published run and a file beside its folder
        Fixtures.deliverNightly(inbox());
        RunResult run = publish();
        Files.writeString(run.folder().resolveSibling("x"), "not published");
        RunPublication publication = publishedRuns.find(run.runId()).orElseThrow();

        // when asked for anything but a listed name, then nothing
        assertThat(publication.file("../x")).isEmpty();
        assertThat(publication.file("../2026-10/" + DASHBOARD)).isEmpty();
        assertThat(publication.file("/etc/passwd")).isEmpty();
        assertThat(publication.file(run.folder().resolve(DASHBOARD).toString())).isEmpty();
        assertThat(publication.file("a/b")).isEmpty();
        assertThat(publication.file("cx-dashboard_2026-11.pdf")).isEmpty();
        assertThat(publication.file("manifest.json")).as("not one of the run's files").isEmpty();
        assertThat(publication.file("CX-DASHBOARD_2026-10.PDF")).isEmpty();
        assertThat(publication.file("")).isEmpty();
        assertThat(publication.file(null)).isEmpty();
        assertThat(publication.file(DASHBOARD)).isPresent();
    }

    @Test
    void aRunWhoseFolderIsGoneHasNoFilesToHandOutAndNoSuccessor() {
        // given
        Fixtures.deliverNightly(inbox());
        RunResult run = publish();

        // when
        deleteTree(run.folder());

        // then
        RunPublication publication = publishedRuns.find(run.runId()).orElseThrow();
        assertThat(publication.filesPresent()).isFalse();
        assertThat(publication.replacedBy()).isNull();
        assertThat(publication.files()).extracting(PublishedFile::name).contains(DASHBOARD);
        assertThat(publication.file(DASHBOARD)).isEmpty();
    }

    @Test
    void runsPublishedBeforeTheTableAreFoundFromTheirPublishStepAndTheManifestsTheFolderKeeps() {
        // given two runs of a period, published as if before published_run existed
        Fixtures.deliverNightly(inbox());
        RunResult first = publish();
        RunResult second = publish();
        dsl.deleteFrom(PUBLISHED_RUN).execute();

        // when
        Map<Long, RunPublication> found = publishedRuns.find(List.of(first.runId(), second.runId()));

        // then the second run's files are its own, the first's manifest is the one the rerun kept
        assertThat(found.get(second.runId()).filesPresent()).isTrue();
        assertThat(found.get(second.runId()).file(DASHBOARD)).contains(second.folder().resolve(DASHBOARD));
        assertThat(found.get(first.runId()).replacedBy()).isEqualTo(second.runId());
        assertThat(found.get(first.runId()).manifest().runId()).isEqualTo(first.runId());
        assertThat(found.get(first.runId()).file(DASHBOARD)).isEmpty();
    }

    @Test
    void aManifestWrittenBeforeBurstCopiesNamedTheirSliceReadsWithoutOne() {
        // given a row as an earlier version wrote it: no slice on any file, a field since dropped
        dsl.insertInto(PUBLISHED_RUN)
                .set(PUBLISHED_RUN.RUN_ID, 7L)
                .set(PUBLISHED_RUN.FOLDER, "out/2026/09/2026-09")
                .set(PUBLISHED_RUN.MANIFEST, """
                        {"runId": 7, "businessDate": "2026-09-30",
                         "period": {"kind": "month", "label": "2026-09", "start": "2026-09-01", "end": "2026-09-30"},
                         "generatedAt": "2026-10-01T02:00:00Z", "taxonomyVersion": "abc", "feeds": [], "unclaimed": [],
                         "files": [{"name": "cx-dashboard_2026-09_london.pdf", "bytes": 10, "sha256": "00"}],
                         "recipients": [], "retired": true}
                        """)
                .set(PUBLISHED_RUN.PUBLISHED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();

        // when
        RunPublication publication = publishedRuns.find(7L).orElseThrow();

        // then
        assertThat(publication.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("cx-dashboard_2026-09_london.pdf");
            assertThat(file.slice()).isNull();
        });
        assertThat(publication.folder()).isEqualTo(HOME.toAbsolutePath().normalize().resolve("out/2026/09/2026-09"));
        assertThat(publication.filesPresent()).as("its folder is gone").isFalse();
    }

    @Test
    void recordingARunAgainKeepsOneRowWithWhatItPublishedLast() {
        // given a publish step that recorded its run, then was restarted and published again
        Path folder = out().resolve("2026/10/2026-10");
        publishedRuns.record(42L, folder, "{\"runId\": 42, \"files\": []}", Instant.parse("2026-11-01T02:00:00Z"));

        // when
        publishedRuns.record(42L, folder, "{\"runId\": 42, \"files\": [], \"again\": true}",
                Instant.parse("2026-11-01T03:00:00Z"));

        // then
        assertThat(dsl.fetchCount(PUBLISHED_RUN)).isOne();
        PublishedRunRecord row = dsl.selectFrom(PUBLISHED_RUN).fetchSingle();
        assertThat(row.getManifest()).contains("again");
        assertThat(row.getPublishedAt().toInstant()).isEqualTo(Instant.parse("2026-11-01T03:00:00Z"));
    }

    private RunResult publish() {
        RunResult run = runner.run(OCTOBER_31, PeriodKind.MONTH, inbox(), out());
        assertThat(run.published()).as(run.failure()).isTrue();
        return run;
    }

    private void consoleUser(String name, String role, String region, String touchpoint) {
        dsl.insertInto(CONSOLE_USER)
                .set(CONSOLE_USER.USER_NAME, name)
                .set(CONSOLE_USER.PASSWORD_HASH, "$2a$10$notARealHash")
                .set(CONSOLE_USER.ROLE, role)
                .set(CONSOLE_USER.REGION, region)
                .set(CONSOLE_USER.TOUCHPOINT, touchpoint)
                .set(CONSOLE_USER.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }

    private static ReportSlice region(String name) {
        return new ReportSlice(ReportSlice.REGION, name);
    }

    private static void distribute(String yaml) {
        try {
            Files.writeString(HOME.resolve("distribution.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode manifest(Path folder) {
        return JsonMapper.builder().build().readTree(folder.resolve("manifest.json").toFile());
    }
}
