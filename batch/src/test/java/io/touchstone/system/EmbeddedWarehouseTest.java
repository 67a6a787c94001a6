package io.touchstone.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One embedded server per home, shared by every Touchstone process on it: the others join it,
 * the last to leave stops it, and one left behind by a killed process is reused at once.
 */
class EmbeddedWarehouseTest {

    @TempDir
    Path home;

    @Test
    void aSecondProcessJoinsTheRunningServerAndTheLastToLeaveStopsIt() throws Exception {
        // given
        Path data = home.resolve("db");
        EmbeddedWarehouse first = EmbeddedWarehouse.start(data);

        // when
        EmbeddedWarehouse second = EmbeddedWarehouse.start(data);

        // then both use the one server
        assertThat(first.startedHere()).isTrue();
        assertThat(second.startedHere()).isFalse();
        assertThat(second.jdbcUrl()).isEqualTo(first.jdbcUrl());

        // and it outlives the one that started it while the other still uses it
        first.close();
        assertThat(answer(second.jdbcUrl())).isEqualTo(1);

        // and stops when its last user leaves
        second.close();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void theNextCommandAfterAKilledProcessReusesItsServerAtOnce() throws Exception {
        // given a process holding the home's server, killed as kill -9 would
        Path data = home.resolve("db");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("the holder started the server").isEqualTo("ready");
        }
        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(data.resolve("postmaster.pid")).as("the server outlives the killed process").exists();

        // when
        try (EmbeddedWarehouse next = EmbeddedWarehouse.start(data)) {

            // then it joined the orphaned server instead of waiting for it
            assertThat(next.startedHere()).isFalse();
            assertThat(answer(next.jdbcUrl())).isEqualTo(1);
        }
        // and, as its last user, stopped it
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void connectionsNeedTheHomesSecretWhichOnlyItsOwnerCanRead() throws Exception {
        // given
        Path data = home.resolve("db");
        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(data)) {
            String url = warehouse.jdbcUrl();

            // then
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("db.secret"))))
                    .isEqualTo("rw-------");
            assertThat(answer(url)).isEqualTo(1);
            assertThatThrownBy(() -> answer(url.replaceAll("&password=[^&]*", "")))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> answer(url.replaceAll("&password=[^&]*", "&password=guess")))
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void theServerKeepsItsLogUnderTheHomeSoASlowOrFailedNightCanBeExplained() throws Exception {
        // given
        Path data = home.resolve("db");
        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(data);
                Connection connection = DriverManager.getConnection(warehouse.jdbcUrl())) {

            // when a statement fails on the server
            assertThatThrownBy(() -> connection.createStatement().execute("select * from no_such_feed_table"))
                    .isInstanceOf(SQLException.class);

            // then the server's log, a file named by the weekday, says so, with the statement
            Path log = EmbeddedWarehouse.serverLog(data);
            assertThat(logSays(log, "relation \"no_such_feed_table\" does not exist")).isTrue();
            assertThat(logSays(log, "STATEMENT:  select * from no_such_feed_table")).isTrue();
            try (var files = Files.list(log)) {
                assertThat(files.map(file -> file.getFileName().toString()))
                        .isNotEmpty()
                        .allMatch(name -> name.matches("postgresql-(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.log"));
            }
        }
        // and what the server's commands printed as they started and stopped it is beside the data
        assertThat(Files.readString(EmbeddedWarehouse.serverConsole(data))).contains("server started");
        assertThat(EmbeddedWarehouse.serverConsole(data)).isEqualTo(home.resolve("db.console.log"));
    }

    /** The log collector writes a moment after the server answers: waits up to ten seconds. */
    private static boolean logSays(Path folder, String words) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (var files = Files.list(folder)) {
                if (files.anyMatch(file -> read(file).contains(words))) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int answer(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet result = connection.createStatement().executeQuery("select 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** Starts the server of the home given and waits to be killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            EmbeddedWarehouse.start(Path.of(args[0]));
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
