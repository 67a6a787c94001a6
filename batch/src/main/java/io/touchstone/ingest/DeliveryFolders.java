package io.touchstone.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * Where delivered files go once the run is done with them: {@code archive/<business-date>/}
 * when processed, {@code quarantine/} with a {@code .reason.txt} beside it when unreadable.
 * A file already there under the same name is never overwritten: the newcomer gets a suffix.
 */
public final class DeliveryFolders {

    private final Path archive;
    private final Path quarantine;

    public DeliveryFolders(Path archive, Path quarantine) {
        this.archive = archive;
        this.quarantine = quarantine;
    }

    public Path archive(Path file, LocalDate businessDate) {
        return moveInto(file, archive.resolve(businessDate.toString()));
    }

    public Path quarantine(Path file, String reason) {
        Path moved = moveInto(file, quarantine);
        try {
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the quarantine reason for " + moved + ": " + e.getMessage(), e);
        }
        return moved;
    }

    private static Path moveInto(Path file, Path folder) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(file.getFileName());
            for (int copy = 1; Files.exists(target); copy++) {
                target = folder.resolve(copy + "_" + file.getFileName());
            }
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " to " + folder + ": " + e.getMessage(), e);
        }
    }
}
