package io.touchstone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchstone.support.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in the settings or the database URL stops the command with one line naming the
 * setting, the file and line where known, and what to do; the stack trace goes to the log only.
 */
class ConfigurationMistakesTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int runs(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "runs";
        args[1] = "--home";
        args[2] = home.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return TouchstoneCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void settings(String yaml) throws Exception {
        Files.writeString(home.resolve("application.yml"), yaml);
    }

    @Test
    void anUnknownTimeZoneIsNamedWithItsFileAndLine() throws Exception {
        settings("touchstone:\n  reporting:\n    time-zone: Mars/Olympus\n");

        int status = runs("--db-url", TestDatabase.jdbcUrl());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("touchstone: Setting touchstone.reporting.time-zone ="
                + " 'Mars/Olympus' (" + home.resolve("application.yml") + ", line 3) is not valid: Unknown"
                + " time-zone ID: Mars/Olympus. Correct it, or remove it to use the default.");
        assertThat(Files.readString(home.resolve("logs/touchstone.log"))).contains("Mars/Olympus").contains("\tat ");
    }

    @Test
    void aChunkSizeOfZeroIsRefusedByName() throws Exception {
        settings("touchstone:\n  ingest:\n    chunk-size: 0\n");

        int status = runs("--db-url", TestDatabase.jdbcUrl());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("touchstone.ingest.chunk-size (rows per transaction) must be 1 or more,"
                + " got 0").hasLineCount(1);
    }

    @Test
    void brokenYamlIsPlacedByLine() throws Exception {
        settings("touchstone:\n  reporting:\n   time-zone: UTC\n  - oops\n");

        int status = runs("--db-url", TestDatabase.jdbcUrl());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("application.yml is not valid YAML at line").hasLineCount(1);
    }

    @Test
    void anUnreachableDatabaseIsSaidSoWithoutItsPassword() {
        int status = runs("--db-url", "jdbc:postgresql://localhost:1/warehouse?user=cx&password=hunter2");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot reach the database").contains("Check --db-url")
                .doesNotContain("hunter2").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }
}
