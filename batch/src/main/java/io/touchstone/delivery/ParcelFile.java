package io.touchstone.delivery;

import java.nio.file.Path;

/**
 * A file of a message: where it lies, its size and its SHA-256 (what the delivery log knows it
 * by), and whether it travels attached or as a link to the console.
 */
record ParcelFile(String name, Path path, long bytes, String sha256, boolean attached) {
}
