package io.touchstone.publish;

import io.touchstone.reports.model.ReportSlice;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file as published: its name, size, SHA-256 and, for a burst copy, the slice it is cut for.
 * Written aside under a hidden temporary name in the same folder and renamed into place, so a
 * reader sees the whole file or none of it.
 *
 * @param slice the region or touchpoint of a burst copy; {@code null} for the company's files
 *     (and in manifests written before burst copies said which slice they hold)
 */
public record PublishedFile(String name, long bytes, String sha256, ReportSlice slice) {

    /** How a file's content is produced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file into the folder: the burst copy of {@code slice}, or the company's if that is {@code null}. */
    public static PublishedFile write(Path folder, String name, ReportSlice slice, Content content) {
        Path target = folder.resolve(name);
        Path aside = folder.resolve("." + name + ".part");
        try {
            Files.createDirectories(folder);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(aside), digest)) {
                content.writeTo(out);
            }
            long bytes = Files.size(aside);
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new PublishedFile(name, bytes, HexFormat.of().formatHex(digest.digest()), slice);
        } catch (IOException e) {
            deleteQuietly(aside);
            throw new UncheckedIOException("Cannot publish " + target + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        } catch (RuntimeException e) {
            deleteQuietly(aside);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
