package io.touchstone.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The embedded PostgreSQL server a Touchstone home runs on when no {@code --db-url} is given,
 * shared by every Touchstone process on that home. Its data directory lives under the home and
 * survives between runs.
 *
 * <p>The first process to need the server starts it; the others connect to it, so {@code runs}
 * answers while a {@code run} is going and the console shares the database with the command
 * line. Each process signs in under the home's {@code db.sessions} folder; the last one to leave
 * stops the server. A server whose processes were all killed ({@code kill -9}) is found by its
 * {@code postmaster.pid}, reused at once, and stopped by whoever leaves it last. Start, sign-in
 * and stop are serialised by a lock file, {@code db.lock}, so two processes never start the
 * server twice.
 *
 * <p>Whoever opens the warehouse closes it, on Ctrl-C and SIGTERM too (the command line's
 * session does, after its application and any run going have ended): a hook of its own would
 * stop the server under a run that is still stopping.
 *
 * <p>Connections need a password, kept in {@code db.secret}, readable by its owner only: the
 * server listens on the loopback interface, where other users of the machine could otherwise
 * reach the warehouse.
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    /** The server's log folder, relative to its data directory (PostgreSQL's own default name). */
    private static final String LOG_FOLDER = "log";
    /** Past this size the console file is started afresh: it gains a few lines a start. */
    private static final long CONSOLE_LIMIT = 1 << 20;
    /** One process may open the warehouse more than once (tests do); the file lock is per process. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    private static final AtomicInteger SESSIONS_IN_PROCESS = new AtomicInteger();

    private final Path dataDirectory;
    private final int port;
    private final String secret;
    private final Path session;
    /** Set when this process started the server. */
    private final EmbeddedPostgres started;
    private boolean closed;

    private EmbeddedWarehouse(Path dataDirectory, int port, String secret, Path session, EmbeddedPostgres started) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.secret = secret;
        this.session = session;
        this.started = started;
    }

    /** Connects to the home's running server, or starts it when none is running. */
    public static EmbeddedWarehouse start(Path dataDirectory) {
        Path folder = dataDirectory.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            return underHomeLock(folder, () -> openLocked(dataDirectory.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage() + ". Check that the home folder is writable, or use --db-url.", e);
        }
    }

    private static EmbeddedWarehouse openLocked(Path dataDirectory) {
        try {
            String secret = secret(dataDirectory.resolveSibling("db.secret"));
            Path session = ServerSessions.signIn(dataDirectory.resolveSibling("db.sessions"),
                    SESSIONS_IN_PROCESS.incrementAndGet());
            try {
                RunningServer running = RunningServer.of(dataDirectory);
                if (running != null) {
                    running.awaitConnection(secret);
                    return new EmbeddedWarehouse(dataDirectory, running.port(), secret, session, null);
                }
                EmbeddedPostgres postgres = startServer(dataDirectory, secret);
                requirePassword(dataDirectory, postgres.getPort(), secret);
                return new EmbeddedWarehouse(dataDirectory, postgres.getPort(), secret, session, postgres);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(session);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage() + ". Its log is in " + serverLog(dataDirectory) + " and "
                    + serverConsole(dataDirectory) + "; or use --db-url.", e);
        }
    }

    private static EmbeddedPostgres startServer(Path dataDirectory, String secret) throws IOException {
        Path console = serverConsole(dataDirectory);
        if (Files.exists(console) && Files.size(console) > CONSOLE_LIMIT) {
            Files.delete(console);
        }
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // This class decides when the server stops: it may outlive this process for others.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setConnectConfig("password", secret)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "50")
                .setServerConfig("fsync", "on")
                // The embedded default is off, which can lose the last commits in a power cut.
                .setServerConfig("synchronous_commit", "on")
                // Fewer checkpoints (and so fewer full-page images in the WAL) while a large feed
                // loads; every commit is still flushed, so nothing committed can be lost.
                .setServerConfig("max_wal_size", "2GB")
                // The server's own log, a file per weekday under the data directory's log
                // folder, each overwritten a week later, so a slow or failed night can be
                // explained afterwards and the folder never grows past seven days.
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", LOG_FOLDER)
                .setServerConfig("log_filename", "postgresql-%a.log")
                .setServerConfig("log_truncate_on_rotation", "on")
                .setServerConfig("log_rotation_age", "1d")
                .setServerConfig("log_rotation_size", "0")
                // What slows a night down: checkpoints, long vacuums of the freshly loaded
                // tables, sorts and hashes spilled to disk, and waits on another session's locks.
                .setServerConfig("log_checkpoints", "on")
                .setServerConfig("log_autovacuum_min_duration", "5s")
                .setServerConfig("log_temp_files", "64MB")
                .setServerConfig("log_lock_waits", "on")
                // What initdb, pg_ctl and the server say before the log collector runs (a bad
                // setting, a port in use), beside the data directory: initdb wants that empty.
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .start();
    }

    /**
     * A new data directory trusts every local connection (that is how the embedded server is
     * initialised); from the first start on it asks for the home's secret instead.
     */
    private static void requirePassword(Path dataDirectory, int port, String secret) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        String required = """
                # Written by Touchstone: every connection gives the password kept in the home's db.secret.
                local all all scram-sha-256
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """;
        if (Files.readString(hba).equals(required)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url(port, secret));
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + USER + " password '" + secret + "'");
            Files.writeString(hba, required);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("cannot set the warehouse password: " + e.getMessage(), e);
        }
    }

    /** The folder of the server's log: {@code postgresql-Mon.log} to {@code postgresql-Sun.log}. */
    public static Path serverLog(Path dataDirectory) {
        return dataDirectory.resolve(LOG_FOLDER);
    }

    /** What the server's commands printed as they set up, started and stopped it. */
    public static Path serverConsole(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".console.log");
    }

    public String jdbcUrl() {
        return url(port, secret);
    }

    public String user() {
        return USER;
    }

    /** Whether this process started the server, rather than joining one that was running. */
    public boolean startedHere() {
        return started != null;
    }

    private static String url(int port, String secret) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USER + "&password=" + secret;
    }

    /** Leaves the server; the last Touchstone process to leave stops it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            underHomeLock(dataDirectory.getParent(), () -> {
                leave();
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void leave() {
        try {
            Files.deleteIfExists(session);
            if (ServerSessions.anyAlive(session.getParent())) {
                return;
            }
            if (started != null) {
                started.close();
            } else {
                RunningServer running = RunningServer.of(dataDirectory);
                if (running != null) {
                    running.stop();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    private static String secret(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, secret);
        return secret;
    }

    private static <T> T underHomeLock(Path folder, Supplier<T> action) throws IOException {
        IN_PROCESS.lock();
        try (FileChannel channel = FileChannel.open(folder.resolve("db.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            return action.get();
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
