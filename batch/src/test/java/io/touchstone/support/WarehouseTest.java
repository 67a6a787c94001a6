package io.touchstone.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.TouchstoneApplication;
import io.touchstone.job.NightlyJobRunner;
import io.touchstone.period.PeriodKind;
import io.touchstone.sql.generated.DefaultSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the application on a real PostgreSQL: every test starts from an
 * empty warehouse, no job history, empty home folders and no comment index.
 */
// The web console's tests (ConsoleTest) start the web application; these need none.
@SpringBootTest(classes = TouchstoneApplication.class, properties = "spring.main.web-application-type=none")
@SpringBatchTest
public abstract class WarehouseTest {

    protected static final Path HOME = createHome();

    @Autowired
    protected DSLContext dsl;

    @Autowired
    protected JobRepositoryTestUtils jobRepositoryTestUtils;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("touchstone.home", HOME::toString);
    }

    @BeforeEach
    protected void emptyWarehouse() {
        jobRepositoryTestUtils.removeJobExecutions();
        // Every warehouse table the migrations create, so a new table is cleaned without a new line here.
        dsl.truncate(DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                        .filter(table -> table.getTableType().isTable())
                        .toList())
                .restartIdentity()
                .cascade()
                .execute();
        for (String folder : new String[] {"inbox", "archive", "quarantine", "out", "index"}) {
            deleteTree(HOME.resolve(folder));
        }
    }

    /**
     * What a clean run of the nightly fixtures for {@code businessDate} leaves in the warehouse —
     * the result a restarted run must end with — and the warehouse emptied again after it.
     */
    protected WarehouseSnapshot aCleanNightlyRunsResult(NightlyJobRunner runner, LocalDate businessDate) {
        Fixtures.deliverNightly(inbox());
        assertThat(runner.run(businessDate, PeriodKind.MONTH, inbox(), out()).published()).as("the clean run").isTrue();
        WarehouseSnapshot clean = WarehouseSnapshot.of(dsl);
        emptyWarehouse();
        return clean;
    }

    /**
     * How many times PostgreSQL vacuumed and analyzed a table on request (autovacuum's runs are
     * counted apart): the first value the vacuums, the second the analyzes.
     */
    protected Record2<Long, Long> maintenanceOf(String table) {
        return dsl.resultQuery("select vacuum_count, analyze_count from pg_stat_user_tables where relname = {0}", table)
                .coerce(DSL.field("vacuum_count", Long.class), DSL.field("analyze_count", Long.class))
                .fetchSingle();
    }

    protected static Path inbox() {
        return folder("inbox");
    }

    protected static Path out() {
        return folder("out");
    }

    private static Path folder(String name) {
        try {
            return Files.createDirectories(HOME.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("touchstone-test-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
