package io.touchstone.schedule;

import static io.touchstone.sql.generated.Tables.DELIVERY;
import static io.touchstone.sql.generated.Tables.SCHEDULE_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.delivery.DeliveryService;
import io.touchstone.ingest.DeliveryFolders;
import io.touchstone.job.NightlyJobConfiguration;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.schedule.FiringOutcome.Decision;
import io.touchstone.sql.generated.tables.records.ScheduleRunRecord;
import io.touchstone.support.Fixtures;
import io.touchstone.support.WarehouseTest;
import io.touchstone.system.TouchstoneProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A schedule's firings, on the real job and warehouse, with the time of each firing given by the
 * test: at most one run per business date, restart after a failure, waiting for data, the
 * deadline, and two schedulers on one database.
 */
class ScheduledRunsTest extends WarehouseTest {

    /** The business date 2026-10-31: the fixtures' month. */
    private static final Instant MORNING = Instant.parse("2026-11-01T06:30:00Z");
    private static final LocalDate BUSINESS_DATE = LocalDate.parse("2026-10-31");

    @Autowired
    ScheduledRuns runs;

    @Autowired
    ScheduleClaims claims;

    @Autowired
    DataReadiness readiness;

    @Autowired
    NightlyJobRunner runner;

    @Autowired
    DeliveryFolders folders;

    @Autowired
    TouchstoneProperties properties;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    DeliveryService delivery;

    private static ScheduleDefinition monthly(List<String> waitFor, Duration deadline) {
        return new ScheduleDefinition("monthly-pack", "0 30 6 * * *", "month", waitFor, deadline);
    }

    @Test
    void aScheduleRunsAtMostOncePerBusinessDateAndDeliversOnce() throws Exception {
        // given a recipient, and no mail server: deliveries are recorded as skipped
        Fixtures.deliverNightly(inbox());
        Files.writeString(HOME.resolve("distribution.yml"),
                "recipients:\n  - name: Fiona Grant\n    email: fiona.grant@northwind.example\n");
        ScheduleDefinition schedule = monthly(List.of(), null);

        // when it fires, and fires again a quarter of an hour later
        FiringOutcome first = runs.fire(schedule, MORNING);
        FiringOutcome second = runs.fire(schedule, MORNING.plus(Duration.ofMinutes(15)));

        // then
        assertThat(first.decision()).as(first.line()).isEqualTo(Decision.COMPLETED);
        assertThat(first.businessDate()).isEqualTo(BUSINESS_DATE);
        assertThat(second.decision()).isEqualTo(Decision.ALREADY_DONE);
        assertThat(second.runId()).isEqualTo(first.runId());
        assertThat(second.line()).isEqualTo("monthly-pack 2026-10-31: skipped, run " + first.runId()
                + " already completed");
        assertThat(runCount()).isEqualTo(1);
        assertThat(out().resolve("2026/10/2026-10/cx-dashboard_2026-10.pdf")).exists();
        assertThat(first.line()).endsWith("deliveries: 0 sent, 1 skipped");
        assertThat(dsl.select(DELIVERY.EMAIL, DELIVERY.STATUS).from(DELIVERY).fetch().intoMaps())
                .as("one delivery, not repeated by the second firing")
                .containsExactly(Map.of("email", "fiona.grant@northwind.example", "status", "skipped"));
    }

    @AfterEach
    void noRecipients() throws Exception {
        Files.deleteIfExists(HOME.resolve("distribution.yml"));
    }

    @Test
    void theNextFiringRestartsARunThatFailed() throws Exception {
        // given a first firing whose publishing fails: the year folder is a file
        Fixtures.deliverNightly(inbox());
        Path blocker = Files.writeString(out().resolve("2026"), "x");
        ScheduleDefinition schedule = monthly(List.of(), null);
        FiringOutcome failed = runs.fire(schedule, MORNING);
        assertThat(failed.decision()).as(failed.line()).isEqualTo(Decision.FAILED);

        // when the cause is gone and the schedule fires again
        Files.delete(blocker);
        FiringOutcome next = runs.fire(schedule, MORNING.plus(Duration.ofMinutes(15)));

        // then the same run was resumed, not a second one started
        assertThat(next.decision()).as(next.line()).isEqualTo(Decision.COMPLETED);
        assertThat(next.runId()).isEqualTo(failed.runId());
        assertThat(runCount()).isEqualTo(1);
        assertThat(row().getStatus()).isEqualTo("completed");
    }

    @Test
    void aScheduleWaitsForItsFeedsAndRunsWhenTheyArrive() throws Exception {
        // given an empty inbox
        ScheduleDefinition schedule = monthly(List.of("responses", "benchmarks"), null);

        // when
        FiringOutcome early = runs.fire(schedule, MORNING);

        // then it waits and says for what
        assertThat(early.decision()).isEqualTo(Decision.WAITING);
        assertThat(early.line()).isEqualTo("monthly-pack 2026-10-31: waiting for data: responses, benchmarks");
        assertThat(runCount()).isZero();

        // when the responses arrive, and the benchmarks vendor says it is done with a marker
        Fixtures.deliverNightly(inbox());
        Files.delete(inbox().resolve("benchmarks_2026-10.csv"));
        Files.writeString(inbox().resolve("benchmarks.ready"), "");
        FiringOutcome later = runs.fire(schedule, MORNING.plus(Duration.ofMinutes(15)));

        // then it runs, and the marker is archived with the files it announced
        assertThat(later.decision()).as(later.line()).isEqualTo(Decision.COMPLETED);
        assertThat(runCount()).isEqualTo(1);
        assertThat(inbox().resolve("benchmarks.ready")).doesNotExist();
        assertThat(HOME.resolve("archive/2026-10-31/benchmarks.ready")).exists();
    }

    @Test
    void atTheDeadlineItRunsWithWhatIsThereAndNamesTheMissingFeed() throws Exception {
        // given every feed but the employee remarks
        Fixtures.deliverNightly(inbox());
        Files.delete(inbox().resolve("employee_2026-10.csv"));
        ScheduleDefinition schedule = monthly(List.of("responses", "employee"), Duration.ofHours(3));

        // when it fires at 06:30, at 09:00 and at 09:30
        FiringOutcome first = runs.fire(schedule, MORNING);
        FiringOutcome beforeDeadline = runs.fire(schedule, MORNING.plus(Duration.ofMinutes(150)));
        FiringOutcome atDeadline = runs.fire(schedule, MORNING.plus(Duration.ofHours(3)));

        // then it waited until the deadline, then ran and said what was missing
        assertThat(first.line()).isEqualTo("monthly-pack 2026-10-31: waiting for data: employee"
                + " (runs anyway at 09:30)");
        assertThat(beforeDeadline.decision()).isEqualTo(Decision.WAITING);
        assertThat(atDeadline.decision()).as(atDeadline.line()).isEqualTo(Decision.COMPLETED);
        assertThat(atDeadline.missingFeeds()).containsExactly("employee");
        assertThat(atDeadline.line()).contains("without employee (deadline passed)");
        assertThat(row().getMissingFeeds()).isEqualTo("employee");
        assertThat(runCount()).isEqualTo(1);
        try (PDDocument pdf = Loader.loadPDF(out().resolve("2026/10/2026-10/cx-dashboard_2026-10.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Published at the schedule's deadline without employee: not delivered in time");
        }
    }

    @Test
    void twoSchedulersOnOneDatabaseStartOneRun() throws Exception {
        // given two schedulers, each with its own connections to the one database
        Fixtures.deliverNightly(inbox());
        ScheduleDefinition schedule = monthly(List.of(), null);
        ScheduledRuns other = new ScheduledRuns(claims, readiness, runner, folders, delivery, properties);
        CyclicBarrier together = new CyclicBarrier(2);

        // when both fire at the same moment
        List<CompletableFuture<FiringOutcome>> firings = new ArrayList<>();
        for (ScheduledRuns scheduler : List.of(runs, other)) {
            firings.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return scheduler.fire(schedule, MORNING);
            }));
        }
        List<Decision> decisions = new ArrayList<>();
        for (CompletableFuture<FiringOutcome> firing : firings) {
            decisions.add(firing.get(5, TimeUnit.MINUTES).decision());
        }

        // then one ran it and the other left it alone
        assertThat(decisions).containsOnlyOnce(Decision.COMPLETED);
        assertThat(decisions).containsAnyOf(Decision.HELD_ELSEWHERE, Decision.ALREADY_DONE);
        assertThat(runCount()).isEqualTo(1);
    }

    private long runCount() {
        return jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, 100).size();
    }

    private ScheduleRunRecord row() {
        return dsl.selectFrom(SCHEDULE_RUN)
                .where(SCHEDULE_RUN.SCHEDULE_NAME.eq("monthly-pack").and(SCHEDULE_RUN.BUSINESS_DATE.eq(BUSINESS_DATE)))
                .fetchSingle();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
