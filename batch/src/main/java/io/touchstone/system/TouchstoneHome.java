package io.touchstone.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one folder everything a Touchstone installation keeps lives under: the embedded
 * database, the default inbox, archive, quarantine and output folders, and the logs. Two homes
 * never share anything, so a test or a trial run can use its own.
 */
public record TouchstoneHome(Path root) {

    public TouchstoneHome {
        root = root.toAbsolutePath().normalize();
    }

    /** {@code --home}, else {@code TOUCHSTONE_HOME}, else {@code ~/.touchstone}. */
    public static TouchstoneHome resolve(Path explicit) {
        if (explicit != null) {
            return new TouchstoneHome(explicit);
        }
        String fromEnvironment = System.getenv("TOUCHSTONE_HOME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new TouchstoneHome(Path.of(fromEnvironment));
        }
        return new TouchstoneHome(Path.of(System.getProperty("user.home"), ".touchstone"));
    }

    public Path database() {
        return root.resolve("db");
    }

    public Path inbox() {
        return root.resolve("inbox");
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path quarantine() {
        return root.resolve("quarantine");
    }

    public Path out() {
        return root.resolve("out");
    }

    public Path commentIndex() {
        return root.resolve("index").resolve("comments");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Creates the home's folders; an unwritable home is reported by its path. */
    public TouchstoneHome create() {
        try {
            for (Path folder : new Path[] {root, inbox(), archive(), quarantine(), out(), logs()}) {
                Files.createDirectories(folder);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Touchstone home folder " + root
                    + ": " + e.getMessage() + ". Choose another with --home or TOUCHSTONE_HOME.", e);
        }
    }
}
