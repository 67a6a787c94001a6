package io.touchstone.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server already running on a data directory, found by the {@code postmaster.pid}
 * file PostgreSQL keeps there: its process (still alive, and still a PostgreSQL server, not a
 * program that inherited the id after a reboot) and its port.
 */
record RunningServer(Path dataDirectory, ProcessHandle process, int port) {

    private static final Duration CONNECT_WAIT = Duration.ofSeconds(60);

    /** The server running on {@code dataDirectory}, or {@code null} when none is. */
    static RunningServer of(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return null;
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            Optional<ProcessHandle> process = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().command().map(RunningServer::isPostgres).orElse(false));
            return process.map(handle -> new RunningServer(dataDirectory, handle, port)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("postgres") || name.equals("postmaster");
    }

    /** Waits until the server takes connections with {@code secret}: it may still be recovering. */
    void awaitConnection(String secret) throws IOException {
        Instant giveUp = Instant.now().plus(CONNECT_WAIT);
        SQLException last;
        do {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port
                    + "/postgres?user=postgres&connectTimeout=5&password=" + secret)) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep(Duration.ofMillis(250));
        } while (Instant.now().isBefore(giveUp) && process.isAlive());
        throw new IOException("the server already running on port " + port + " (process " + process.pid()
                + ") does not take connections: " + last.getMessage(), last);
    }

    /** Stops the server the way PostgreSQL's own tool does: fast, every committed row kept. */
    void stop() throws IOException {
        Path pgCtl = Path.of(process.info().command().orElseThrow()).resolveSibling("pg_ctl");
        try {
            Process stop = new ProcessBuilder(pgCtl.toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast",
                    "-w", "-t", "60")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (stop.waitFor(70, TimeUnit.SECONDS) && stop.exitValue() == 0) {
                return;
            }
            stop.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the server", e);
        }
        // pg_ctl could not do it: a smart shutdown, which waits for the last session to end.
        process.destroy();
        process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    private static void sleep(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the server", e);
        }
    }
}
