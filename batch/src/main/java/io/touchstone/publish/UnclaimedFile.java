package io.touchstone.publish;

/** A file the run found in the inbox that no feed takes by its name, left where it is. */
public record UnclaimedFile(String file, long bytes) {
}
