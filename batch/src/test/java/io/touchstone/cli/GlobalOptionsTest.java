package io.touchstone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.TestDatabase;
import io.touchstone.support.WarehouseTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --home} and {@code --db-url} are taken before or after the command, as users type them. */
class GlobalOptionsTest extends WarehouseTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int touchstone(String... args) {
        return TouchstoneCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theHomeAndDatabaseMayFollowTheCommand() {
        // given
        Path home = folder.resolve("trial");
        Path reports = folder.resolve("reports");

        // when
        int status = touchstone("demo", "--home", home.toString(), "--out", reports.toString(),
                "--db-url", TestDatabase.jdbcUrl(), "--responses", "3000");

        // then the demo ran in that home and published where it was told
        assertThat(status).as(err.toString()).isZero();
        assertThat(home.resolve("inbox")).isDirectory();
        assertThat(home.resolve("distribution.yml")).isRegularFile();
        assertThat(reports).isDirectoryRecursivelyContaining("glob:**/cx-dashboard_*.pdf");
    }

    @Test
    void theHomeAndDatabaseMayPrecedeTheCommand() {
        // given
        Path home = folder.resolve("trial");
        Path reports = folder.resolve("reports");

        // when
        int status = touchstone("--home", home.toString(), "--db-url", TestDatabase.jdbcUrl(), "demo",
                "--out", reports.toString(), "--responses", "3000");

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(home.resolve("inbox")).isDirectory();
        assertThat(reports).isDirectoryRecursivelyContaining("glob:**/cx-dashboard_*.pdf");
    }

    @Test
    void aGlobalOptionAfterAnyCommandReachesIt() throws Exception {
        // given a home of its own holding the only log the command can write
        Path home = folder.resolve("other");

        // when
        int status = touchstone("runs", "--db-url", TestDatabase.jdbcUrl(), "--home", home.toString());

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(Files.list(home.resolve("logs")).count()).isPositive();
    }

    @Test
    void aWrongOptionStillGetsTheUsageAndStatusTwo() {
        int status = touchstone("demo", "--hom", folder.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--hom'").contains("Possible solutions: --home").contains("Usage: touchstone demo");
    }
}
