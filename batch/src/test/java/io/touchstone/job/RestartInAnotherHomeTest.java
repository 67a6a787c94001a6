package io.touchstone.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.TouchstoneApplication;
import io.touchstone.period.PeriodKind;
import io.touchstone.run.NightlyRun;
import io.touchstone.support.Fixtures;
import io.touchstone.support.SimulatedOutage;
import io.touchstone.support.TestDatabase;
import io.touchstone.support.WarehouseTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A run that failed in one home and is restarted from a copy of it works in the copy's folders. */
class RestartInAnotherHomeTest extends WarehouseTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 31);

    @Autowired
    NightlyJobRunner runner;

    @Autowired
    JobRepository jobRepository;

    @TempDir
    Path copy;

    @Test
    void aRunRestartedInACopiedHomeReadsAndPublishesInTheCopy() throws IOException {
        // given a run that failed in the home, its folders kept relative to it
        Fixtures.deliverNightly(inbox());
        RunResult failed;
        try (SimulatedOutage outage = SimulatedOutage.onInserting(dsl, "SEP001")) {
            failed = runner.run(BUSINESS_DATE, PeriodKind.MONTH, inbox(), out());
        }
        assertThat(failed.published()).isFalse();
        var parameters = jobRepository.getLastJobExecution(jobRepository.getJobInstance(failed.runId()))
                .getJobParameters();
        assertThat(parameters.getString(NightlyRun.INBOX)).isEqualTo("inbox");
        assertThat(parameters.getString(NightlyRun.OUT)).isEqualTo("out");

        // when the home is copied and the run restarted from the copy
        copyTree(HOME, copy);
        RunResult restarted;
        try (ConfigurableApplicationContext copied = new SpringApplicationBuilder(TouchstoneApplication.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .properties("spring.datasource.url=" + TestDatabase.jdbcUrl(),
                        "spring.datasource.username=" + TestDatabase.user(), "touchstone.home=" + copy)
                .run()) {
            restarted = copied.getBean(NightlyJobRunner.class).restart(failed.runId());
        }

        // then it read the copy's inbox and published into the copy's out folder, not the original's
        assertThat(restarted.published()).isTrue();
        assertThat(restarted.folder()).startsWith(copy.resolve("out"));
        assertThat(copy.resolve("inbox").resolve("responses_2026-10.csv")).doesNotExist();
        assertThat(inbox().resolve("responses_2026-10.csv")).exists();
        try (Stream<Path> published = Files.walk(out())) {
            assertThat(published.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
