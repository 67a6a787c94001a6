package io.touchstone.publish;

import io.touchstone.reports.model.ReportSlice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files of one period's folder, replaced as a whole. A new set is written into a hidden
 * sibling folder ({@code .<period>.next}); {@link #publish()} then renames the published folder
 * aside ({@code .<period>.old}), renames the new one in and deletes the old, so a reader of
 * {@code <period>/} finds the earlier set or the new one, never some files of each.
 *
 * <p>A run that dies on the way leaves hidden folders behind; the next {@link #begin} of the
 * period puts things right first: a half-written new set is dropped, and an old set renamed
 * aside without its successor in place is renamed back.
 *
 * <p><b>NOTE</b>: between the two renames the folder is briefly absent. Java offers no atomic
 * exchange of two directories, and a symbolic link flip would change what readers (and file
 * shares) see as the folder; a reader retrying finds a whole set.
 */
final class PublishedSet {

    private final Path folder;
    private final Path next;
    private final Path old;

    private PublishedSet(Path folder) {
        this.folder = folder;
        String name = folder.getFileName().toString();
        this.next = folder.resolveSibling("." + name + ".next");
        this.old = folder.resolveSibling("." + name + ".old");
    }

    /** Starts a new set for the folder, after clearing what an interrupted earlier publish left. */
    static PublishedSet begin(Path folder) {
        PublishedSet set = new PublishedSet(folder);
        try {
            if (Files.exists(set.old)) {
                if (Files.exists(folder)) {
                    deleteTree(set.old);
                } else {
                    Files.move(set.old, folder, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            deleteTree(set.next);
            Files.createDirectories(set.next);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a new set of files for " + folder + ": " + e.getMessage()
                    + " (check the folder's permissions and free space)", e);
        }
        return set;
    }

    /** The folder readers see, holding the set published before this one (if any). */
    Path published() {
        return folder;
    }

    PublishedFile write(String name, PublishedFile.Content content) {
        return PublishedFile.write(next, name, null, content);
    }

    /** Writes the burst copy of one slice into the new set. */
    PublishedFile write(String name, ReportSlice slice, PublishedFile.Content content) {
        return PublishedFile.write(next, name, slice, content);
    }

    /** Copies a file of the published set into the new one, under another name if need be. */
    void carryOver(String name, String newName) {
        try {
            Files.copy(folder.resolve(name), next.resolve(newName), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep " + folder.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /** Swaps the new set in for the published one. */
    void publish() {
        try {
            if (Files.exists(folder)) {
                Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(next, folder, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot swap the new files into " + folder + ": " + e.getMessage()
                    + " (a restart of the run puts the earlier set back and publishes again)", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
