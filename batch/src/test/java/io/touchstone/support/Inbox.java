package io.touchstone.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Delivers fixture files into an inbox the way source systems do. */
public final class Inbox {

    private Inbox() {
    }

    public static Path deliver(Path inbox, String name, String content) {
        return deliver(inbox, name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path deliver(Path inbox, String name, byte[] content) {
        try {
            Files.createDirectories(inbox);
            return Files.write(inbox.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path deliverGzip(Path inbox, String name, String content) {
        try {
            Files.createDirectories(inbox);
            Path file = inbox.resolve(name);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
