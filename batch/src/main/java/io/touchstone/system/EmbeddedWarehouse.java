package io.touchstone.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL server a Touchstone home runs on when no {@code --db-url} is given.
 * Its data directory lives under the home folder and survives between runs; it is started once
 * per process and stopped cleanly when closed.
 *
 * <p><b>NOTE</b>: PostgreSQL locks its data directory, so two processes on the same home
 * cannot both start it; the second gets a clear error instead of a corrupted warehouse.
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedWarehouse(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedWarehouse start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("fsync", "on")
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new EmbeddedWarehouse(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory
                    + ": " + e.getMessage()
                    + ". Is another touchstone process using the same home? Use --home or --db-url.", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String user() {
        return USER;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
