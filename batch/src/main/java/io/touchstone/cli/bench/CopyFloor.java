package io.touchstone.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The floor under ingest: PostgreSQL's own {@code COPY} of a delivered CSV file, decompressed as
 * it streams, into an unindexed, unlogged table of text columns — no parsing in Java, no
 * checks, no upsert. The table is dropped afterwards.
 */
final class CopyFloor {

    private static final String TABLE = "benchmark_copy_floor";

    private CopyFloor() {
    }

    static Measured copy(DataSource warehouse, Path file) throws IOException, SQLException {
        int columns = columnsOf(file);
        StringBuilder create = new StringBuilder("create unlogged table " + TABLE + " (");
        for (int i = 1; i <= columns; i++) {
            create.append(i > 1 ? ", " : "").append('c').append(i).append(" text");
        }
        try (Connection connection = warehouse.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
            statement.execute(create.append(')').toString());
            try {
                long start = System.nanoTime();
                long rows;
                try (Reader text = reader(file)) {
                    rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "copy " + TABLE + " from stdin with (format csv, header true, encoding 'UTF8')", text);
                }
                return Measured.since(start, rows);
            } finally {
                statement.execute("drop table " + TABLE);
            }
        }
    }

    private static int columnsOf(Path file) throws IOException {
        try (BufferedReader text = new BufferedReader(reader(file))) {
            String header = text.readLine();
            return header == null ? 1 : header.split(",", -1).length;
        }
    }

    private static Reader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
