package io.touchstone.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo company's burst distribution file: two regional managers and the delivery owner,
 * each to receive the company headline and their own slice. Written once; a CX lead's edits to
 * it are never overwritten.
 */
public final class DemoDistribution {

    static final String TEXT = """
            # Who receives a burst copy of the CX dashboard. Each recipient gets the company headline
            # and their own region's or touchpoint's figures, never another's. Edit freely: the next
            # run reads it again.
            recipients:
              - name: Priya Shah
                email: priya.shah@northwind.example
                region: North West
              - name: Owen Davies
                email: owen.davies@northwind.example
                region: Wales
              - name: Sam Carter
                email: sam.carter@northwind.example
                touchpoint: delivery
            """;

    private DemoDistribution() {
    }

    /** Writes {@code distribution.yml} into the home folder unless one is there; returns its path. */
    public static Path writeIfAbsent(Path home) {
        Path file = home.resolve("distribution.yml");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, TEXT, StandardCharsets.UTF_8);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo distribution file " + file + ": " + e.getMessage(), e);
        }
    }
}
