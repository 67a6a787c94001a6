package io.touchstone.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Touchstone processes using a home's embedded server: one file each, named by the
 * process id and holding the process's start time, so a file left by a killed process, or a
 * process id the system has since given to another program, is told apart from a live user.
 */
final class ServerSessions {

    private ServerSessions() {
    }

    /** A new session file for this process. */
    static Path signIn(Path folder, int sequence) throws IOException {
        Files.createDirectories(folder);
        forgetDead(folder);
        ProcessHandle self = ProcessHandle.current();
        Path session = folder.resolve(self.pid() + "-" + sequence);
        Files.writeString(session, startOf(self).map(Instant::toString).orElse(""));
        return session;
    }

    /** Whether any process other than those whose files were removed still uses the server. */
    static boolean anyAlive(Path folder) throws IOException {
        return !sessions(folder).stream().filter(ServerSessions::isAlive).toList().isEmpty();
    }

    private static void forgetDead(Path folder) throws IOException {
        for (Path session : sessions(folder)) {
            if (!isAlive(session)) {
                Files.deleteIfExists(session);
            }
        }
    }

    private static List<Path> sessions(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static boolean isAlive(Path session) {
        String name = session.getFileName().toString();
        int dash = name.indexOf('-');
        long pid;
        try {
            pid = Long.parseLong(dash < 0 ? name : name.substring(0, dash));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        try {
            String recorded = Files.readString(session).strip();
            return recorded.isEmpty() || startOf(process.get()).map(Instant::toString).orElse("").equals(recorded);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Instant> startOf(ProcessHandle process) {
        return process.info().startInstant();
    }
}
