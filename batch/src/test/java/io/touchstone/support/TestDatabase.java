package io.touchstone.support;

import io.touchstone.system.EmbeddedWarehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real PostgreSQL for the whole test run, started on first use in a fresh folder and
 * stopped when the JVM exits. Tests share it and clean it between themselves.
 */
public final class TestDatabase {

    private static EmbeddedWarehouse warehouse;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (warehouse == null) {
            try {
                Path folder = Files.createTempDirectory("touchstone-test-db");
                warehouse = EmbeddedWarehouse.start(folder.resolve("db"));
                Runtime.getRuntime().addShutdownHook(new Thread(warehouse::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return warehouse.jdbcUrl();
    }

    public static String user() {
        return "postgres";
    }
}
