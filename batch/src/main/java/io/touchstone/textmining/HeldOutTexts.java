package io.touchstone.textmining;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The held-out scored texts, kept in a scratch file while the model learns from the rest, so
 * the texts are read from the database once and never held in memory: the learner writes each
 * held-out text as it streams past, then reads them back to measure the finished model. The
 * file is deleted on close.
 */
final class HeldOutTexts implements AutoCloseable {

    private final Path file;
    private final DataOutputStream out;
    private long count;

    private HeldOutTexts(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    static HeldOutTexts create() {
        try {
            return new HeldOutTexts(Files.createTempFile("touchstone-held-out-", ".bin"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a scratch file for the held-out scored texts in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage() + ". Free space there, or point"
                    + " the JVM at a writable folder with -Djava.io.tmpdir=…, and restart the run.", e);
        }
    }

    void add(String text, boolean positive) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            out.writeBoolean(positive);
            out.writeInt(bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the held-out scored texts to " + file + ": "
                    + e.getMessage() + " (is the disk full?); restart the run once there is space.", e);
        }
        count++;
    }

    long count() {
        return count;
    }

    /** Every held-out text with its customer's label, in the order added. */
    void forEach(Consumer<ScoredTexts.ScoredText> texts) {
        try {
            out.flush();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                for (long i = 0; i < count; i++) {
                    boolean positive = in.readBoolean();
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    texts.accept(new ScoredTexts.ScoredText(null, new String(bytes, StandardCharsets.UTF_8), positive));
                }
            }
        } catch (EOFException e) {
            throw new IllegalStateException("The held-out scored texts in " + file + " end early", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the held-out scored texts from " + file + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the scratch file " + file + ": " + e.getMessage(), e);
        }
    }
}
